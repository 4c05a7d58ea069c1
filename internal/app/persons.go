package app

import (
	"sync"

	"talentbridge/internal/model"
	"talentbridge/internal/translit"
)

// personCacheSize bounds the parsed names kept for the search's name
// rerank: a first page checks its fifty best hits against the query, and
// the same people come up again and again.
const personCacheSize = 8192

// personCache keeps the parsed name (every script and spelling) of recently
// ranked experts by id, valid for the version it was parsed from. Parsing a
// name is most of what the rerank costs. A full cache forgets an arbitrary
// entry: simple, and as good as any rule for a cache this size.
type personCache struct {
	mu  sync.Mutex
	max int
	m   map[int64]cachedPerson
}

type cachedPerson struct {
	version int64
	p       *translit.Person
}

func newPersonCache(max int) *personCache {
	return &personCache{max: max, m: make(map[int64]cachedPerson, max)}
}

// get returns the parsed name of the expert with this id if it was parsed
// from this version.
func (c *personCache) get(id, version int64) (*translit.Person, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cp, ok := c.m[id]
	if !ok || cp.version != version {
		return nil, false
	}
	return cp.p, true
}

// person returns the expert's parsed name, from the cache when the expert
// has not changed since. A Person is read-only once built, so callers may
// share it.
func (c *personCache) person(e *model.Expert) *translit.Person {
	c.mu.Lock()
	cp, ok := c.m[e.ID]
	c.mu.Unlock()
	if ok && cp.version == e.Version {
		return cp.p
	}
	p := translit.NewPerson(e.Name, e.NativeLang)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, present := c.m[e.ID]; !present && len(c.m) >= c.max {
		for id := range c.m {
			delete(c.m, id)
			break
		}
	}
	c.m[e.ID] = cachedPerson{version: e.Version, p: p}
	return p
}
