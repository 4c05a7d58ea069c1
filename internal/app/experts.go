package app

import (
	"context"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// Page is one page of a keyset-paginated list. Next is the cursor of the
// following page, 0 when this is the last one.
type Page[T any] struct {
	Items []T
	Next  int64
	Total int
}

// MaxPageSize bounds the size of a list page.
const MaxPageSize = 500

// ExpertFilter narrows an expert list.
type ExpertFilter = store.ExpertFilter

// prepareExpert normalizes and validates an expert against the current taxonomy.
func (a *App) prepareExpert(ctx context.Context, e *model.Expert) error {
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return err
	}
	e.Normalize()
	return e.Validate(tax)
}

// CreateExpert validates and stores a new expert. An empty external id is
// given a generated one ("tb-…").
func (a *App) CreateExpert(ctx context.Context, e *model.Expert) error {
	if e.ExternalID == "" {
		e.ExternalID = "tb-" + a.idSuffix()
	}
	if err := a.prepareExpert(ctx, e); err != nil {
		return err
	}
	err := a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.CreateExpert(ctx, e); err != nil {
			return err
		}
		if err := logConsent(ctx, tx, e.ID, nil, e.Consent); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActExpertCreate, ObjExpert, e.ID, nil)
	})
	if err != nil {
		return err
	}
	a.afterWrite(ctx)
	return nil
}

// UpdateExpert replaces the expert with the id. expectVersion, when not zero,
// must equal the stored version (optimistic locking: ErrConflict otherwise).
// A record without consent or field visibility keeps the stored ones (see
// keepPrivacy); a consent change is recorded in the consent history.
func (a *App) UpdateExpert(ctx context.Context, id int64, e *model.Expert, expectVersion int64) error {
	e.ID = id
	if err := a.keepPrivacy(ctx, e); err != nil {
		return err
	}
	if err := a.prepareExpert(ctx, e); err != nil {
		return err
	}
	err := a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := recordConsentChange(ctx, tx, e.ID, e.Consent); err != nil {
			return err
		}
		if err := tx.UpdateExpert(ctx, e, expectVersion); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActExpertUpdate, ObjExpert, e.ID, map[string]any{"version": e.Version})
	})
	if err != nil {
		return err
	}
	a.afterWrite(ctx)
	return nil
}

// DeleteExpert removes an expert.
func (a *App) DeleteExpert(ctx context.Context, id int64) error {
	err := a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.DeleteExpert(ctx, id); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActExpertDelete, ObjExpert, id, nil)
	})
	if err != nil {
		return err
	}
	a.afterWrite(ctx)
	return nil
}

// Expert returns one expert by id.
func (a *App) Expert(ctx context.Context, id int64) (*model.Expert, error) {
	return a.db.GetExpert(ctx, id)
}

// ExpertByExternalID returns one expert by external id.
func (a *App) ExpertByExternalID(ctx context.Context, xid string) (*model.Expert, error) {
	return a.db.GetExpertByExternalID(ctx, xid)
}

// Experts lists experts in id order, after the cursor, with the total count.
func (a *App) Experts(ctx context.Context, f ExpertFilter, after int64, limit int) (Page[*model.Expert], error) {
	limit = clampLimit(limit)
	items, err := a.db.ListExperts(ctx, f, after, limit+1)
	if err != nil {
		return Page[*model.Expert]{}, err
	}
	total, err := a.db.CountExperts(ctx, f)
	if err != nil {
		return Page[*model.Expert]{}, err
	}
	p := Page[*model.Expert]{Items: items, Total: total}
	if len(items) > limit {
		p.Items = items[:limit]
		p.Next = p.Items[limit-1].ID
	}
	return p, nil
}

func clampLimit(n int) int {
	switch {
	case n <= 0:
		return 50
	case n > MaxPageSize:
		return MaxPageSize
	}
	return n
}

// EachVisibleExpert calls fn with the external id of every expert the caller
// may see, in id order.
func (a *App) EachVisibleExpert(ctx context.Context, c policy.Caller, fn func(externalID string) error) error {
	return a.db.EachExpert(ctx, func(e *model.Expert) error {
		if _, ok := policy.ExpertView(c, e); !ok {
			return nil
		}
		return fn(e.ExternalID)
	})
}
