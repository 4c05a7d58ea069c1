package app

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/translit"
)

// dupEntry is what duplicate detection keeps of one expert: the name, the
// facts that confirm or refute identity, and the blocking keys. It is
// immutable once built, so scoring may read it without locks.
type dupEntry struct {
	id         int64
	externalID string
	name       model.Text
	nativeLang string
	keys       blockKeys

	// patronymic is the folded patronymic of the Russian form, han the
	// characters of a Chinese name: where both records have one and they
	// differ, the records name two people, however alike the rest reads.
	patronymic string
	han        string

	org      string   // organisation external id, or one resolved from the name
	orgText  []string // folded organisation names, for records without an id
	orcid    string
	email    string
	city     string
	country  string
	spheres  []string
	outputs  []string // folded kind+title of each output
	keywords []string // folded keywords, every language
}

// newDupEntry prepares an expert; orgs resolves organisation names to ids.
func newDupEntry(e *model.Expert, orgs map[string]string) *dupEntry {
	d := &dupEntry{
		id: e.ID, externalID: e.ExternalID, name: e.Name, nativeLang: e.NativeLang,
		keys:  nameBlockKeys(e.Name, e.NativeLang),
		org:   e.OrgID,
		orcid: e.ORCID, email: strings.ToLower(e.Email),
		city: e.City, country: e.Country,
		spheres: e.Spheres,
	}
	if ru := e.Name[model.LangRU]; ru != "" {
		d.patronymic = translit.Key(translit.ParseRu(ru).Patronymic)
	}
	// A name with the middle dot is a foreign name written in characters
	// (伊万·伊万诺夫), whose spelling varies; only Chinese names are fixed.
	if zh := strings.TrimSpace(e.Name[model.LangZH]); zh != "" && translit.DetectScript(zh) == translit.ScriptHan &&
		!strings.ContainsAny(zh, "·・•‧.") {
		d.han = strings.Join(strings.Fields(zh), "")
	}
	for _, l := range model.Langs {
		if s := foldText(e.Organization[l]); s != "" {
			d.orgText = appendNew(d.orgText, s)
			if d.org == "" {
				d.org = orgs[s]
			}
		}
	}
	for _, l := range model.Langs {
		for _, k := range e.Keywords[l] {
			d.keywords = appendNew(d.keywords, foldText(k))
		}
	}
	for _, o := range e.Outputs {
		d.outputs = append(d.outputs, outputKey(o))
	}
	return d
}

// foldText is the comparison form of a free text: lower case, single spaces.
func foldText(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// outputKey identifies an output by kind and title, as merging does.
func outputKey(o model.Output) string { return o.Kind + "\x00" + foldText(o.Title) }

// dupIndex is the in-memory blocking index: experts by id and, for every
// block key, the experts posting it.
type dupIndex struct {
	byID  map[int64]*dupEntry
	block map[uint64][]int64
	orgs  map[string]string // folded organisation name (any language) → external id
	seq   int64             // last change-log entry applied
}

func (ix *dupIndex) put(d *dupEntry) {
	ix.remove(d.id)
	ix.byID[d.id] = d
	for _, h := range d.keys.post {
		ix.block[h] = append(ix.block[h], d.id)
	}
}

func (ix *dupIndex) remove(id int64) {
	old, ok := ix.byID[id]
	if !ok {
		return
	}
	delete(ix.byID, id)
	for _, h := range old.keys.post {
		ids := slices.DeleteFunc(ix.block[h], func(x int64) bool { return x == id })
		if len(ids) == 0 {
			delete(ix.block, h)
		} else {
			ix.block[h] = ids
		}
	}
}

// candidates returns the experts sharing a probed block with d, without d.
func (ix *dupIndex) candidates(d *dupEntry) []int64 {
	seen := map[int64]struct{}{d.id: {}}
	var out []int64
	for _, h := range d.keys.probe {
		for _, id := range ix.block[h] {
			if _, ok := seen[id]; !ok {
				seen[id] = struct{}{}
				out = append(out, id)
			}
		}
	}
	return out
}

// loadOrgNames maps every name of every organisation, folded, to its
// external id, so that a record naming its organisation without an id can
// still be compared by organisation.
func loadOrgNames(ctx context.Context, db *store.DB) (map[string]string, error) {
	orgs := map[string]string{}
	err := db.EachOrganization(ctx, func(o *model.Organization) error {
		for _, n := range o.Name {
			if s := foldText(n); s != "" {
				orgs[s] = o.ExternalID
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("duplicates: load organisations: %w", err)
	}
	return orgs, nil
}

// buildDupIndex reads every expert. The change-log mark is taken first, so
// that writes made during the scan are applied again by the next catch-up
// (harmless: applying re-reads the current rows).
func buildDupIndex(ctx context.Context, db *store.DB) (*dupIndex, error) {
	mark, err := db.LastChangeSeq(ctx)
	if err != nil {
		return nil, err
	}
	orgs, err := loadOrgNames(ctx, db)
	if err != nil {
		return nil, err
	}
	ix := &dupIndex{byID: map[int64]*dupEntry{}, block: map[uint64][]int64{}, orgs: orgs, seq: mark}
	// Reading a name in every script is the costly part: spread it over the
	// cores while one goroutine reads the database.
	in := make(chan *model.Expert, 256)
	out := make(chan *dupEntry, 256)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for e := range in {
				out <- newDupEntry(e, orgs)
			}
		})
	}
	done := make(chan struct{})
	go func() {
		for d := range out {
			ix.put(d)
		}
		close(done)
	}()
	err = db.EachExpert(ctx, func(e *model.Expert) error {
		select {
		case in <- e:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(in)
	wg.Wait()
	close(out)
	<-done
	if err != nil {
		return nil, fmt.Errorf("duplicates: read experts: %w", err)
	}
	return ix, nil
}

// catchUp applies the change-log entries after ix.seq: changed experts are
// re-read, deleted ones removed; a change to any organisation reloads the
// organisation names.
func (ix *dupIndex) catchUp(ctx context.Context, db *store.DB) error {
	for {
		changes, err := db.ChangesSince(ctx, ix.seq, indexBatch)
		if err != nil {
			return fmt.Errorf("duplicates: read change log: %w", err)
		}
		if len(changes) == 0 {
			return nil
		}
		var ids []int64
		seen := map[int64]bool{}
		orgsChanged := false
		for _, c := range changes {
			switch c.Entity {
			case store.EntityExpert:
				if !seen[c.EntityID] {
					seen[c.EntityID] = true
					ids = append(ids, c.EntityID)
				}
			case store.EntityOrganization:
				orgsChanged = true
			}
		}
		if orgsChanged {
			if ix.orgs, err = loadOrgNames(ctx, db); err != nil {
				return err
			}
		}
		experts, err := db.GetExperts(ctx, ids)
		if err != nil {
			return fmt.Errorf("duplicates: read changed experts: %w", err)
		}
		for _, id := range ids {
			ix.remove(id)
		}
		for _, e := range experts {
			ix.put(newDupEntry(e, ix.orgs))
		}
		ix.seq = changes[len(changes)-1].Seq
	}
}
