package textproc

import (
	"strings"
	"sync"
)

// Short Han runs (names, keywords, organisations, sphere labels) recur
// across documents far more than sentences do, and segmenting them is most
// of the cost of analysing Chinese text. Their analysis depends on the run's
// text and the mode alone, so it is remembered, up to a bound that keeps
// the memory small whatever the corpus.
const (
	hanCacheBytes   = 48      // longest run remembered (16 characters)
	hanCacheEntries = 1 << 16 // runs remembered at most; later ones are not
)

type hanKey struct {
	text string
	mode Mode
}

// hanEntry is the analysis of one run: tokens with offsets and positions
// relative to the run, and how many positions the run takes.
type hanEntry struct {
	toks  []Token
	width int
}

type hanCache struct {
	mu sync.RWMutex
	m  map[hanKey]hanEntry
}

func newHanCache() *hanCache { return &hanCache{m: map[hanKey]hanEntry{}} }

// hanCached is han through the cache.
func (a *Analyzer) hanCached(out []Token, text string, r run, mode Mode, pos *int) []Token {
	if r.end-r.start > hanCacheBytes {
		return a.han(out, text, r, mode, pos)
	}
	key := hanKey{text[r.start:r.end], mode}
	a.hans.mu.RLock()
	e, ok := a.hans.m[key]
	a.hans.mu.RUnlock()
	if ok {
		for _, t := range e.toks {
			t.Start += r.start
			t.End += r.start
			t.Pos += *pos
			out = append(out, t)
		}
		*pos += e.width
		return out
	}
	first, p0 := len(out), *pos
	out = a.han(out, text, r, mode, pos)
	e = hanEntry{toks: make([]Token, len(out)-first), width: *pos - p0}
	for i, t := range out[first:] {
		t.Start -= r.start
		t.End -= r.start
		t.Pos -= p0
		e.toks[i] = t
	}
	a.hans.mu.Lock()
	if len(a.hans.m) < hanCacheEntries {
		a.hans.m[hanKey{strings.Clone(key.text), mode}] = e
	}
	a.hans.mu.Unlock()
	return out
}
