package app

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// Default thresholds of duplicate detection (scores are probabilities).
const (
	// DefaultDuplicateScore is where a candidate becomes worth listing.
	DefaultDuplicateScore = 0.8
	// ImportDuplicateScore is where an import holds a new record back for
	// review instead of creating it: higher, because a held-back record is
	// not stored at all.
	ImportDuplicateScore = 0.9
)

// Duplicate is one expert that may be the same person as another.
type Duplicate struct {
	ID         int64      `json:"id"`
	ExternalID string     `json:"external_id"`
	Name       model.Text `json:"name"`
	Score      float64    `json:"score"`
	Evidence   []Evidence `json:"evidence"`
}

// DuplicatePair is two experts that may be one person, A.ID < B.ID.
type DuplicatePair struct {
	A, B     DuplicateSide
	Score    float64
	Evidence []Evidence
}

// DuplicateSide names one expert of a pair.
type DuplicateSide struct {
	ID         int64      `json:"id"`
	ExternalID string     `json:"external_id"`
	Name       model.Text `json:"name"`
}

// Duplicates finds experts that are likely the same person written in
// another script or spelling. It keeps an in-memory blocking index of name
// keys, built from the database on first use and brought up to date from the
// change log before every query, like the search index; other processes'
// writes are therefore seen too. Create one per process (App.NewDuplicates)
// and share it: it is safe for concurrent use.
type Duplicates struct {
	app *App
	mu  sync.Mutex // guards ix; held for a whole query
	ix  *dupIndex  // nil until first use
}

// NewDuplicates returns a duplicate finder over the app's database. It reads
// nothing until first used.
func (a *App) NewDuplicates() *Duplicates { return &Duplicates{app: a} }

// Duplicate detection shows names and says whether contact details agree,
// so it is for those who maintain the registry.
func authorizeDuplicates(c policy.Caller) error {
	if !policy.CanWrite(c) {
		return fmt.Errorf("duplicates: role %q: %w", c.Role, model.ErrForbidden)
	}
	return nil
}

// lockedIndex returns the up-to-date index with d.mu held; the caller unlocks.
func (d *Duplicates) lockedIndex(ctx context.Context) (*dupIndex, error) {
	d.mu.Lock()
	if d.ix == nil {
		ix, err := buildDupIndex(ctx, d.app.db)
		if err != nil {
			d.mu.Unlock()
			return nil, err
		}
		d.ix = ix
	}
	if err := d.ix.catchUp(ctx, d.app.db); err != nil {
		d.mu.Unlock()
		return nil, err
	}
	return d.ix, nil
}

// Of lists the experts that may be the same person as the expert with the
// id, with a score of at least minScore, best first.
func (d *Duplicates) Of(ctx context.Context, c policy.Caller, id int64, minScore float64) ([]Duplicate, error) {
	if err := authorizeDuplicates(c); err != nil {
		return nil, err
	}
	ix, err := d.lockedIndex(ctx)
	if err != nil {
		return nil, err
	}
	defer d.mu.Unlock()
	self, ok := ix.byID[id]
	if !ok {
		return nil, fmt.Errorf("duplicates: expert %d: %w", id, model.ErrNotFound)
	}
	return ix.duplicatesOf(self, minScore, nil), nil
}

// duplicatesOf scores d against its candidates; skip, when set, leaves
// some experts out.
func (ix *dupIndex) duplicatesOf(d *dupEntry, minScore float64, skip func(id int64) bool) []Duplicate {
	var out []Duplicate
	for _, id := range ix.candidates(d) {
		if skip != nil && skip(id) {
			continue
		}
		other := ix.byID[id]
		score, ev, ok := scorePair(d, other)
		if ok && score >= minScore {
			out = append(out, Duplicate{ID: other.id, ExternalID: other.externalID, Name: other.name, Score: score, Evidence: ev})
		}
	}
	slices.SortFunc(out, func(a, b Duplicate) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// All lists every pair of experts in the database that may be one person,
// with a score of at least minScore, best first. Only experts sharing a
// block of name keys are compared; the scoring is spread over the cores.
func (d *Duplicates) All(ctx context.Context, c policy.Caller, minScore float64) ([]DuplicatePair, error) {
	if err := authorizeDuplicates(c); err != nil {
		return nil, err
	}
	ix, err := d.lockedIndex(ctx)
	if err != nil {
		return nil, err
	}
	defer d.mu.Unlock()
	ids := make([]int64, 0, len(ix.byID))
	for id := range ix.byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	workers := runtime.GOMAXPROCS(0)
	found := make([][]DuplicatePair, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(ids); i += workers {
				if i%1024 == 0 && ctx.Err() != nil {
					return
				}
				found[w] = append(found[w], ix.pairsOf(ix.byID[ids[i]], minScore)...)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []DuplicatePair
	for _, f := range found {
		out = append(out, f...)
	}
	slices.SortFunc(out, func(a, b DuplicatePair) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.A.ID, b.A.ID), cmp.Compare(a.B.ID, b.B.ID))
	})
	return out, nil
}

// pairsOf returns the pairs that d finds by probing. A pair both sides find
// is kept by the side with the smaller id; a pair only one side finds (the
// abbreviated name probes blocks the full one only posts) is kept by that side.
func (ix *dupIndex) pairsOf(d *dupEntry, minScore float64) []DuplicatePair {
	var out []DuplicatePair
	for _, id := range ix.candidates(d) {
		other := ix.byID[id]
		if other.id < d.id && ix.finds(other, d) {
			continue
		}
		if sameName(d.name, other.name) && !sharesIdentifier(d, other) {
			continue // a namesake or a re-entry, not a cross-script duplicate
		}
		score, ev, ok := scorePair(d, other)
		if !ok || score < minScore {
			continue
		}
		a, b := d, other
		if a.id > b.id {
			a, b = b, a
		}
		out = append(out, DuplicatePair{A: a.side(), B: b.side(), Score: score, Evidence: ev})
	}
	return out
}

// finds reports whether a probes a block that b posts.
func (ix *dupIndex) finds(a, b *dupEntry) bool {
	for _, h := range a.keys.probe {
		if slices.Contains(b.keys.post, h) {
			return true
		}
	}
	return false
}

func (d *dupEntry) side() DuplicateSide {
	return DuplicateSide{ID: d.id, ExternalID: d.externalID, Name: d.name}
}

// CheckNew lists the experts already stored that may be the same person as
// e, which need not be stored itself (e.ID is ignored).
func (d *Duplicates) CheckNew(ctx context.Context, c policy.Caller, e *model.Expert, minScore float64) ([]Duplicate, error) {
	if err := authorizeDuplicates(c); err != nil {
		return nil, err
	}
	ix, err := d.lockedIndex(ctx)
	if err != nil {
		return nil, err
	}
	defer d.mu.Unlock()
	probe := newDupEntry(e, ix.orgs)
	probe.id = 0
	return ix.duplicatesOf(probe, minScore, func(id int64) bool { return id == e.ID }), nil
}

// CreateExpert creates an expert (App.CreateExpert) and lists the experts
// already stored that may be the same person, so that the caller can merge
// them. The record is created either way: the list is advice. A failure of
// the lookup after the commit is logged, not returned, because the expert
// is stored.
func (d *Duplicates) CreateExpert(ctx context.Context, c policy.Caller, e *model.Expert) ([]Duplicate, error) {
	if err := authorizeDuplicates(c); err != nil {
		return nil, err
	}
	if err := d.app.CreateExpert(ctx, e); err != nil {
		return nil, err
	}
	dups, err := d.Of(ctx, c, e.ID, DefaultDuplicateScore)
	if err != nil {
		d.app.log.ErrorContext(ctx, "duplicate check after create failed", "expert", e.ID, "err", err)
		return nil, nil
	}
	return dups, nil
}

// sharesIdentifier reports whether two profiles share an ORCID iD or an
// e-mail address.
func sharesIdentifier(a, b *dupEntry) bool {
	return (a.orcid != "" && a.orcid == b.orcid) || (a.email != "" && a.email == b.email)
}
