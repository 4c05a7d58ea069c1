package app

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
)

// CreateOrganization validates and stores a new organisation. An empty
// external id is given a generated one ("org-…").
func (a *App) CreateOrganization(ctx context.Context, o *model.Organization) error {
	if o.ExternalID == "" {
		o.ExternalID = "org-" + a.idSuffix()
	}
	o.Normalize()
	if err := o.Validate(); err != nil {
		return err
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateOrganization(ctx, o) })
}

// UpdateOrganization replaces the organisation with the id (optimistic
// locking as for experts).
func (a *App) UpdateOrganization(ctx context.Context, id int64, o *model.Organization, expectVersion int64) error {
	o.ID = id
	o.Normalize()
	if err := o.Validate(); err != nil {
		return err
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error { return tx.UpdateOrganization(ctx, o, expectVersion) })
}

// DeleteOrganization removes an organisation; its experts keep their
// organisation text but lose the link.
func (a *App) DeleteOrganization(ctx context.Context, id int64) error {
	return a.db.InTx(ctx, func(tx *store.Tx) error { return tx.DeleteOrganization(ctx, id) })
}

// Organization returns one organisation by id.
func (a *App) Organization(ctx context.Context, id int64) (*model.Organization, error) {
	return a.db.GetOrganization(ctx, id)
}

// Organizations lists organisations in id order after the cursor.
func (a *App) Organizations(ctx context.Context, after int64, limit int) (Page[*model.Organization], error) {
	limit = clampLimit(limit)
	items, err := a.db.ListOrganizations(ctx, after, limit+1)
	if err != nil {
		return Page[*model.Organization]{}, err
	}
	total, err := a.db.CountOrganizations(ctx)
	if err != nil {
		return Page[*model.Organization]{}, err
	}
	p := Page[*model.Organization]{Items: items, Total: total}
	if len(items) > limit {
		p.Items = items[:limit]
		p.Next = p.Items[limit-1].ID
	}
	return p, nil
}

// LoadOrganizations upserts a list of organisations by external id in one
// transaction (demo data, reference lists).
func (a *App) LoadOrganizations(ctx context.Context, orgs []model.Organization) error {
	for i := range orgs {
		orgs[i].Normalize()
		if err := orgs[i].Validate(); err != nil {
			return fmt.Errorf("organization %q: %w", orgs[i].ExternalID, err)
		}
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error {
		for i := range orgs {
			if _, err := tx.UpsertOrganization(ctx, &orgs[i]); err != nil {
				return fmt.Errorf("organization %q: %w", orgs[i].ExternalID, err)
			}
		}
		return nil
	})
}
