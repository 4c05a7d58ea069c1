package app

import (
	"context"
	"fmt"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
)

// prepareRequest normalizes and validates a request against the taxonomy.
func (a *App) prepareRequest(ctx context.Context, r *model.Request) error {
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return err
	}
	r.Normalize()
	return r.Validate(tax)
}

// CreateRequest stores a new talent request. An empty id is given a
// generated one ("req-…").
func (a *App) CreateRequest(ctx context.Context, r *model.Request) error {
	if r.ExternalID == "" {
		r.ExternalID = "req-" + a.idSuffix()
	}
	if err := a.prepareRequest(ctx, r); err != nil {
		return err
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateRequest(ctx, r) })
}

// UpdateRequest replaces a request (optimistic locking as for experts).
func (a *App) UpdateRequest(ctx context.Context, id int64, r *model.Request, expectVersion int64) error {
	r.ID = id
	if err := a.prepareRequest(ctx, r); err != nil {
		return err
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error { return tx.UpdateRequest(ctx, r, expectVersion) })
}

// DeleteRequest removes a request.
func (a *App) DeleteRequest(ctx context.Context, id int64) error {
	return a.db.InTx(ctx, func(tx *store.Tx) error { return tx.DeleteRequest(ctx, id) })
}

// Request returns one request.
func (a *App) Request(ctx context.Context, id int64) (*model.Request, error) {
	return a.db.GetRequest(ctx, id)
}

// Requests lists requests newest first, optionally of one status; the
// cursor of the next page is the last id returned.
func (a *App) Requests(ctx context.Context, status string, before int64, limit int) (Page[*model.Request], error) {
	limit = clampLimit(limit)
	items, err := a.db.ListRequests(ctx, status, before, limit+1)
	if err != nil {
		return Page[*model.Request]{}, err
	}
	p := Page[*model.Request]{Items: items, Total: -1}
	if len(items) > limit {
		p.Items = items[:limit]
		p.Next = p.Items[limit-1].ID
	}
	return p, nil
}

// RequestCounts counts requests by status.
func (a *App) RequestCounts(ctx context.Context) (map[string]int, error) {
	return a.db.CountRequestsByStatus(ctx)
}

// Decide records a coordinator's decision on an expert for a request:
// proposed, accepted or declined. The first decision moves an open request
// to shortlisted.
func (a *App) Decide(ctx context.Context, requestID int64, expertXID, decision, note string) (*model.Request, error) {
	if _, err := a.db.GetExpertByExternalID(ctx, expertXID); err != nil {
		return nil, fmt.Errorf("expert %q: %w", expertXID, err)
	}
	var out *model.Request
	err := a.db.InTx(ctx, func(tx *store.Tx) error {
		r, err := a.db.GetRequest(ctx, requestID)
		if err != nil {
			return err
		}
		if r.Status == model.RequestClosed {
			return fmt.Errorf("request %s is closed: %w", r.ExternalID, model.ErrConflict)
		}
		entry := model.ShortlistEntry{ExpertID: expertXID, Decision: decision, Note: note,
			At: a.nowFunc().UTC().Format(time.RFC3339)}
		replaced := false
		for i := range r.Shortlist {
			if r.Shortlist[i].ExpertID == expertXID {
				r.Shortlist[i], replaced = entry, true
			}
		}
		if !replaced {
			r.Shortlist = append(r.Shortlist, entry)
		}
		if r.Status == model.RequestOpen {
			r.Status = model.RequestShortlisted
		}
		if err := a.prepareRequest(ctx, r); err != nil {
			return err
		}
		out = r
		return tx.UpdateRequest(ctx, r, r.Version)
	})
	return out, err
}

// RequestByExternalID returns one request by its own id (req-17).
func (a *App) RequestByExternalID(ctx context.Context, xid string) (*model.Request, error) {
	return a.db.GetRequestByExternalID(ctx, xid)
}
