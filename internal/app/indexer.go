package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search"
	"talentbridge/internal/store"
)

// indexBatch is how many change-log entries or experts go into the index at once.
const indexBatch = 500

// rebuildBatch is how many experts a rebuild hands the index at once: more
// than one batch, so that the index can work on two at a time.
const rebuildBatch = 2 * indexBatch

// errIndexClosed is returned by index work after CloseIndex.
var errIndexClosed = errors.New("search index closed")

// AliasFunc returns the other spellings of a name (transliterations in every
// script and system) to index with an expert.
type AliasFunc func(name model.Text, nativeLang string) []string

// indexer keeps the search index in step with the database's change log.
// The index is a derived cache: it records the last change it applied, so a
// restart (even after kill -9) resumes where it stopped, and several
// processes over one database each keep their own.
type indexer struct {
	idx     search.Index
	aliases AliasFunc
	mu      sync.Mutex // one sync at a time; guards closed and rebuilt
	closed  bool
	// rebuilt: this process has rebuilt the index. NeedsRebuild stays true
	// for the life of a new index, and rebuilding again on every sync would
	// re-index everything and never apply a deletion (a rebuild only adds).
	rebuilt bool
}

// CloseIndex waits for a running sync to end and closes the index, and
// the programme's index when one is attached.
func (a *App) CloseIndex() error {
	perr := a.closeProgrammeIndex()
	if a.ix == nil {
		return perr
	}
	a.ix.mu.Lock()
	defer a.ix.mu.Unlock()
	if a.ix.closed {
		return perr
	}
	a.ix.closed = true
	return errors.Join(a.ix.idx.Close(), perr)
}

// UseIndex attaches a search index. Until Sync or Rebuild has run it may lag
// behind the database.
func (a *App) UseIndex(idx search.Index, aliases AliasFunc) {
	if aliases == nil {
		aliases = func(model.Text, string) []string { return nil }
	}
	a.ix = &indexer{idx: idx, aliases: aliases}
}

// Index returns the attached search index, or nil.
func (a *App) Index() search.Index {
	if a.ix == nil {
		return nil
	}
	return a.ix.idx
}

// SyncIndex applies the change-log entries the index has not seen yet, in
// order, and returns how many it applied. With no index attached it does
// nothing. An index that needs a rebuild (new, or of an older mapping) is
// rebuilt first.
func (a *App) SyncIndex(ctx context.Context) (int, error) {
	if a.ix == nil {
		return 0, nil
	}
	a.ix.mu.Lock()
	defer a.ix.mu.Unlock()
	if a.ix.closed {
		return 0, errIndexClosed
	}
	if a.ix.idx.NeedsRebuild() && !a.ix.rebuilt {
		if _, err := a.rebuildLocked(ctx, nil); err != nil {
			return 0, err
		}
	}
	return a.applyChangesLocked(ctx)
}

func (a *App) applyChangesLocked(ctx context.Context) (int, error) {
	idx := a.ix.idx
	seq, err := idx.LastSeq(ctx)
	if err != nil {
		return 0, err
	}
	applied := 0
	for {
		changes, err := a.db.ChangesSince(ctx, seq, indexBatch)
		if err != nil {
			return applied, err
		}
		if len(changes) == 0 {
			return applied, nil
		}
		if err := a.applyChanges(ctx, changes); err != nil {
			return applied, err
		}
		seq = changes[len(changes)-1].Seq
		if err := idx.SetLastSeq(ctx, seq); err != nil {
			return applied, err
		}
		applied += len(changes)
	}
}

// applyChanges re-reads the experts named by a run of changes and puts their
// current state into the index: the database, not the log, says what an
// expert is now, so replaying a change twice is harmless.
func (a *App) applyChanges(ctx context.Context, changes []store.Change) error {
	var ids []int64
	seen := map[int64]bool{}
	for _, c := range changes {
		if c.Entity == "expert" && !seen[c.EntityID] {
			seen[c.EntityID] = true
			ids = append(ids, c.EntityID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	experts, err := a.db.GetExperts(ctx, ids)
	if err != nil {
		return err
	}
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return err
	}
	present := map[int64]bool{}
	docs := make([]search.Doc, 0, len(experts))
	for _, e := range experts {
		present[e.ID] = true
		docs = append(docs, search.NewDoc(policy.IndexView(e), tax, a.ix.expertAliases(e)))
	}
	var gone []int64
	for _, id := range ids {
		if !present[id] {
			gone = append(gone, id)
		}
	}
	if err := a.ix.idx.Delete(ctx, gone...); err != nil {
		return err
	}
	return a.ix.idx.Index(ctx, docs...)
}

// RebuildIndex indexes every expert from scratch (the index is replaced
// document by document; callers wanting an empty start open a new index).
// progress, when set, is called with the number of experts done so far.
func (a *App) RebuildIndex(ctx context.Context, progress func(done int)) (int, error) {
	if a.ix == nil {
		return 0, fmt.Errorf("no search index attached")
	}
	a.ix.mu.Lock()
	defer a.ix.mu.Unlock()
	if a.ix.closed {
		return 0, errIndexClosed
	}
	n, err := a.rebuildLocked(ctx, progress)
	if err != nil {
		return n, err
	}
	_, err = a.applyChangesLocked(ctx)
	return n, err
}

// rebuildLocked notes the newest change first, then indexes every expert:
// changes made meanwhile are after that mark and are applied again later,
// which is harmless because applying re-reads the current rows.
func (a *App) rebuildLocked(ctx context.Context, progress func(done int)) (int, error) {
	mark, err := a.db.LastChangeSeq(ctx)
	if err != nil {
		return 0, err
	}
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return 0, err
	}
	var batch []search.Doc
	n := 0
	// The index works on one batch while the next is read from the
	// database (reading is about a tenth of a rebuild's work).
	indexed := make(chan error, 1)
	indexed <- nil
	flush := func() error {
		if err := <-indexed; err != nil {
			indexed <- err
			return err
		}
		docs, done := batch, n
		batch = make([]search.Doc, 0, rebuildBatch)
		go func() {
			err := a.ix.idx.Index(ctx, docs...)
			if err == nil && progress != nil {
				progress(done)
			}
			indexed <- err
		}()
		return nil
	}
	err = a.db.EachExpert(ctx, func(e *model.Expert) error {
		n++
		batch = append(batch, search.NewDoc(policy.IndexView(e), tax, a.ix.expertAliases(e)))
		if len(batch) >= rebuildBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if ierr := <-indexed; err == nil {
		err = ierr
	}
	if err != nil {
		return n, fmt.Errorf("rebuild index: %w", err)
	}
	if err := a.ix.idx.SetLastSeq(ctx, mark); err != nil {
		return n, err
	}
	a.ix.rebuilt = true
	// A backend that can merge a bulk-loaded index into one piece does it
	// now, once: every later query is cheaper for it (bleve.Index.Compact).
	if c, ok := a.ix.idx.(interface{ Compact(context.Context) error }); ok {
		if err := c.Compact(ctx); err != nil {
			return n, err
		}
	}
	return n, nil
}

// afterWrite brings the index up to date after a write of this process, so
// that a client reads its own writes. A failure is logged, not returned: the
// write is committed, and the next sync (FollowChanges) catches up.
func (a *App) afterWrite(ctx context.Context) {
	if a.ix == nil {
		return
	}
	if _, err := a.SyncIndex(context.WithoutCancel(ctx)); err != nil {
		a.log.Error("search index sync failed; it will catch up", "err", err)
	}
}

// FollowChanges applies other processes' writes to the index every interval
// until ctx ends.
func (a *App) FollowChanges(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := a.SyncIndex(ctx); err != nil && ctx.Err() == nil {
				a.log.Error("search index sync failed", "err", err)
			}
			if _, err := a.SyncProgrammeIndex(ctx); err != nil && ctx.Err() == nil {
				a.log.Error("programme search index sync failed", "err", err)
			}
		}
	}
}
