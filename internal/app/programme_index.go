package app

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"talentbridge/internal/model"
	"talentbridge/internal/search"
	"talentbridge/internal/store"
)

// programmeIndexer keeps the programme's search index in step with the
// change log, as indexer does for experts: the index records the last
// change it applied, so a restart resumes where it stopped, and a new or
// outdated index is rebuilt from the database.
type programmeIndexer struct {
	idx     search.ProgrammeIndex
	labels  search.LabelFunc
	mu      sync.Mutex // one sync at a time; guards closed and rebuilt
	closed  bool
	rebuilt bool // see indexer.rebuilt
}

// UseProgrammeIndex attaches the programme's search index; labels gives
// the words of coded values (kinds, statuses, cities) in every language,
// and may be nil. Until it is synced the index may lag behind the
// database; ListProgramme syncs it before each text search.
func (a *App) UseProgrammeIndex(idx search.ProgrammeIndex, labels search.LabelFunc) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.px = &programmeIndexer{idx: idx, labels: labels}
}

func (a *App) programmeIndexer() *programmeIndexer {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.px
}

// closeProgrammeIndex waits for a running sync to end and closes the
// programme index; CloseIndex calls it.
func (a *App) closeProgrammeIndex() error {
	px := a.programmeIndexer()
	if px == nil {
		return nil
	}
	px.mu.Lock()
	defer px.mu.Unlock()
	if px.closed {
		return nil
	}
	px.closed = true
	return px.idx.Close()
}

// SyncProgrammeIndex applies the change-log entries the programme index has
// not seen, rebuilding it first when it is new or outdated, and returns how
// many entries it read. With no programme index attached it does nothing.
func (a *App) SyncProgrammeIndex(ctx context.Context) (int, error) {
	px := a.programmeIndexer()
	if px == nil {
		return 0, nil
	}
	px.mu.Lock()
	defer px.mu.Unlock()
	if px.closed {
		return 0, errIndexClosed
	}
	if px.idx.NeedsRebuild() && !px.rebuilt {
		if _, err := a.rebuildProgrammeLocked(ctx, px); err != nil {
			return 0, err
		}
	}
	return a.applyProgrammeChangesLocked(ctx, px)
}

// RebuildProgrammeIndex indexes every programme record from scratch and
// then applies the changes made meanwhile; it returns the number of
// records.
func (a *App) RebuildProgrammeIndex(ctx context.Context) (int, error) {
	px := a.programmeIndexer()
	if px == nil {
		return 0, errors.New("no programme index attached")
	}
	px.mu.Lock()
	defer px.mu.Unlock()
	if px.closed {
		return 0, errIndexClosed
	}
	n, err := a.rebuildProgrammeLocked(ctx, px)
	if err != nil {
		return n, err
	}
	_, err = a.applyProgrammeChangesLocked(ctx, px)
	return n, err
}

// rebuildProgrammeLocked notes the newest change, then indexes every
// record: changes made meanwhile come after the mark and are applied again,
// which is harmless (applying re-reads the rows).
func (a *App) rebuildProgrammeLocked(ctx context.Context, px *programmeIndexer) (int, error) {
	mark, err := a.db.LastChangeSeq(ctx)
	if err != nil {
		return 0, err
	}
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return 0, err
	}
	var batch []search.ProgrammeDoc
	n := 0
	err = a.db.EachProgramme(ctx, store.ProgrammeFilter{}, func(r model.ProgrammeRecord) error {
		n++
		batch = append(batch, search.NewProgrammeDoc(r, tax, px.labels))
		if len(batch) < indexBatch {
			return nil
		}
		err := px.idx.Index(ctx, batch...)
		batch = batch[:0]
		return err
	})
	if err == nil {
		err = px.idx.Index(ctx, batch...)
	}
	if err != nil {
		return n, fmt.Errorf("rebuild programme index: %w", err)
	}
	if err := px.idx.SetLastSeq(ctx, mark); err != nil {
		return n, err
	}
	px.rebuilt = true
	if c, ok := px.idx.(interface{ Compact(context.Context) error }); ok {
		if err := c.Compact(ctx); err != nil {
			return n, err
		}
	}
	return n, nil
}

func (a *App) applyProgrammeChangesLocked(ctx context.Context, px *programmeIndexer) (int, error) {
	seq, err := px.idx.LastSeq(ctx)
	if err != nil {
		return 0, err
	}
	read := 0
	for {
		changes, err := a.db.ChangesSince(ctx, seq, indexBatch)
		if err != nil || len(changes) == 0 {
			return read, err
		}
		if err := a.applyProgrammeChanges(ctx, px, changes); err != nil {
			return read, err
		}
		seq = changes[len(changes)-1].Seq
		if err := px.idx.SetLastSeq(ctx, seq); err != nil {
			return read, err
		}
		read += len(changes)
	}
}

// applyProgrammeChanges puts the current state of the records named by a
// run of changes into the index; a record no longer stored leaves it.
func (a *App) applyProgrammeChanges(ctx context.Context, px *programmeIndexer, changes []store.Change) error {
	ids := programmeChangeIDs(changes)
	if len(ids) == 0 {
		return nil
	}
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return err
	}
	var docs []search.ProgrammeDoc
	var gone []int64
	for _, id := range ids {
		rec, err := a.db.GetProgrammeByID(ctx, id)
		switch {
		case errors.Is(err, model.ErrNotFound):
			gone = append(gone, id)
			continue
		case err != nil:
			return err
		}
		docs = append(docs, search.NewProgrammeDoc(rec, tax, px.labels))
	}
	if err := px.idx.Delete(ctx, gone...); err != nil {
		return err
	}
	return px.idx.Index(ctx, docs...)
}

// programmeChangeIDs lists, once each, the programme records a run of
// changes names.
func programmeChangeIDs(changes []store.Change) []int64 {
	var ids []int64
	seen := map[int64]bool{}
	for _, c := range changes {
		if c.Entity == store.EntityProgramme && !seen[c.EntityID] {
			seen[c.EntityID] = true
			ids = append(ids, c.EntityID)
		}
	}
	return ids
}

// searchProgramme answers a list with text from the programme index,
// ranked, after bringing the index up to date; the cursor is then an
// offset into the ranking. The page's records are as stored, not yet cut
// to the caller's view. It reports false when there is no usable index
// (none attached, closed or failing), and the caller falls back to the
// store's substring match.
func (a *App) searchProgramme(ctx context.Context, f ProgrammeFilter, offset int64, limit int) (Page[model.ProgrammeRecord], bool, error) {
	var p Page[model.ProgrammeRecord]
	px := a.programmeIndexer()
	if px == nil {
		return p, false, nil
	}
	q := search.ProgrammeQuery{Text: f.Query, Kind: f.Kind, Status: f.Status, Sphere: f.Sphere, City: f.City,
		Org: f.OrgID, Expert: f.ExpertID, From: f.From, Until: f.Until, Offset: int(offset), Limit: limit}
	res, err := a.queryProgrammeIndex(ctx, px, q)
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return p, false, ctx.Err()
	case errors.Is(err, errIndexClosed):
		return p, false, nil // shutting down
	default:
		a.log.Error("programme search index unavailable; using a substring match", "err", err)
		return p, false, nil
	}
	p.Total, p.Items = res.Total, make([]model.ProgrammeRecord, 0, len(res.Hits))
	for _, h := range res.Hits {
		rec, err := a.db.GetProgrammeByID(ctx, h.ID)
		if errors.Is(err, model.ErrNotFound) {
			continue // deleted since the sync
		}
		if err != nil {
			return p, false, err
		}
		p.Items = append(p.Items, rec)
	}
	if end := offset + int64(len(res.Hits)); len(res.Hits) > 0 && end < int64(res.Total) {
		p.Next = end
	}
	return p, true, nil
}

// queryProgrammeIndex syncs the index, so that a search reads every write
// committed before it, and runs the query.
func (a *App) queryProgrammeIndex(ctx context.Context, px *programmeIndexer, q search.ProgrammeQuery) (search.ProgrammeResult, error) {
	if _, err := a.SyncProgrammeIndex(ctx); err != nil {
		return search.ProgrammeResult{}, err
	}
	px.mu.Lock()
	closed := px.closed
	px.mu.Unlock()
	if closed {
		return search.ProgrammeResult{}, errIndexClosed
	}
	return px.idx.Search(ctx, q)
}
