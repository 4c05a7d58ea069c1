package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"talentbridge/internal/model"
)

// storedOrg is what the writers need to know about an organisation's row.
type storedOrg struct {
	id, version          int64
	externalID, doc      string
	createdAt, updatedAt time.Time
}

func (s *storedOrg) fill(o *model.Organization) {
	o.ID, o.Version, o.CreatedAt, o.UpdatedAt = s.id, s.version, s.createdAt, s.updatedAt
}

// storedOrgBy loads the row matching where; nil, nil when there is none.
func (tx *Tx) storedOrgBy(ctx context.Context, where string, arg any) (*storedOrg, error) {
	var s storedOrg
	err := tx.queryRow(ctx, "SELECT id, version, external_id, doc, created_at, updated_at FROM organizations WHERE "+where, arg).
		Scan(&s.id, &s.version, &s.externalID, &s.doc, &s.createdAt, &s.updatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, classify("load organization", err)
	}
	s.createdAt, s.updatedAt = s.createdAt.UTC(), s.updatedAt.UTC()
	return &s, nil
}

// UpsertOrganization writes o keyed by its external id, like UpsertExpert.
func (tx *Tx) UpsertOrganization(ctx context.Context, o *model.Organization) (UpsertResult, error) {
	doc, err := CanonicalJSON(o)
	if err != nil {
		return 0, err
	}
	old, err := tx.storedOrgBy(ctx, "external_id = ?", o.ExternalID)
	if err != nil {
		return 0, err
	}
	switch {
	case old == nil:
		return Created, tx.insertOrg(ctx, o, doc)
	case old.doc == string(doc):
		old.fill(o)
		return Unchanged, nil
	}
	return Updated, tx.updateOrg(ctx, old, o, doc)
}

// CreateOrganization inserts a new organisation; model.ErrConflict if its
// external id is taken.
func (tx *Tx) CreateOrganization(ctx context.Context, o *model.Organization) error {
	doc, err := CanonicalJSON(o)
	if err != nil {
		return err
	}
	return tx.insertOrg(ctx, o, doc)
}

// UpdateOrganization replaces the organisation with id o.ID, with the same
// version rules as UpdateExpert.
func (tx *Tx) UpdateOrganization(ctx context.Context, o *model.Organization, expectVersion int64) error {
	doc, err := CanonicalJSON(o)
	if err != nil {
		return err
	}
	old, err := tx.storedOrgBy(ctx, "id = ?", o.ID)
	if err != nil {
		return err
	}
	if old == nil {
		return fmt.Errorf("store: organization %d: %w", o.ID, model.ErrNotFound)
	}
	if expectVersion > 0 && expectVersion != old.version {
		return fmt.Errorf("store: organization %d is at version %d, not %d: %w", o.ID, old.version, expectVersion, model.ErrConflict)
	}
	if old.doc == string(doc) {
		old.fill(o)
		return nil
	}
	if o.ExternalID != old.externalID {
		taken, err := tx.storedOrgBy(ctx, "external_id = ?", o.ExternalID)
		if err != nil {
			return err
		}
		if taken != nil {
			return fmt.Errorf("store: organization external id %q: %w", o.ExternalID, model.ErrConflict)
		}
	}
	return tx.updateOrg(ctx, old, o, doc)
}

// DeleteOrganization removes an organisation. Its experts stay, without the
// link, and are logged as changed so that followers refresh them.
func (tx *Tx) DeleteOrganization(ctx context.Context, id int64) error {
	members, err := tx.orgMembers(ctx, id)
	if err != nil {
		return err
	}
	tx.orgIDs = nil
	n, err := tx.execRows(ctx, "DELETE FROM organizations WHERE id = ?", id)
	if err != nil {
		return classify("delete organization", err)
	}
	if n == 0 {
		return fmt.Errorf("store: organization %d: %w", id, model.ErrNotFound)
	}
	at := now()
	if err := tx.logChange(ctx, EntityOrganization, id, OpDelete, at); err != nil {
		return err
	}
	return tx.logExperts(ctx, members, at)
}

func (tx *Tx) insertOrg(ctx context.Context, o *model.Organization, doc []byte) error {
	at := now()
	var id int64
	err := tx.queryRow(ctx, `INSERT INTO organizations (external_id, doc, city, kind, version, created_at, updated_at)
VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (external_id) DO NOTHING RETURNING id`,
		o.ExternalID, string(doc), o.City, o.Kind, at, at).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: organization external id %q: %w", o.ExternalID, model.ErrConflict)
	}
	if err != nil {
		return classify("insert organization", err)
	}
	if err := tx.logChange(ctx, EntityOrganization, id, OpUpsert, at); err != nil {
		return err
	}
	o.ID, o.Version, o.CreatedAt, o.UpdatedAt = id, 1, at, at
	return nil
}

func (tx *Tx) updateOrg(ctx context.Context, old *storedOrg, o *model.Organization, doc []byte) error {
	at := now()
	tx.orgIDs = nil // the external id may change
	n, err := tx.execRows(ctx, `UPDATE organizations SET external_id = ?, doc = ?, city = ?, kind = ?,
version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
		o.ExternalID, string(doc), o.City, o.Kind, at, old.id, old.version)
	if err != nil {
		return classify("update organization", err)
	}
	if n == 0 {
		return fmt.Errorf("store: organization %d changed concurrently: %w", old.id, model.ErrConflict)
	}
	if err := tx.logChange(ctx, EntityOrganization, old.id, OpUpsert, at); err != nil {
		return err
	}
	if o.ExternalID != old.externalID {
		// The experts' organization_id, read through the link, has changed.
		members, err := tx.orgMembers(ctx, old.id)
		if err != nil {
			return err
		}
		if err := tx.logExperts(ctx, members, at); err != nil {
			return err
		}
	}
	o.ID, o.Version, o.CreatedAt, o.UpdatedAt = old.id, old.version+1, old.createdAt, at
	return nil
}

// orgMembers returns the ids of the experts linked to an organisation.
func (tx *Tx) orgMembers(ctx context.Context, orgID int64) ([]int64, error) {
	s, err := tx.stmt(ctx, "SELECT id FROM experts WHERE org_id = ? ORDER BY id")
	if err != nil {
		return nil, classify("organization members", err)
	}
	rows, err := s.QueryContext(ctx, orgID)
	if err != nil {
		return nil, classify("organization members", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, classify("organization members", err)
		}
		ids = append(ids, id)
	}
	return ids, classify("organization members", rows.Err())
}

func (tx *Tx) logExperts(ctx context.Context, ids []int64, at time.Time) error {
	for _, id := range ids {
		if err := tx.logChange(ctx, EntityExpert, id, OpUpsert, at); err != nil {
			return err
		}
	}
	return nil
}
