package store

import (
	"context"
	"encoding/json"
	"fmt"

	"talentbridge/internal/model"
)

const selectOrg = "SELECT id, version, doc, created_at, updated_at FROM organizations"

func scanOrg(sc interface{ Scan(...any) error }) (*model.Organization, error) {
	var o model.Organization
	var doc []byte
	var id, version int64
	if err := sc.Scan(&id, &version, &doc, &o.CreatedAt, &o.UpdatedAt); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(doc, &o); err != nil {
		return nil, fmt.Errorf("organization %d: stored doc: %w", id, err)
	}
	o.ID, o.Version = id, version
	o.CreatedAt, o.UpdatedAt = o.CreatedAt.UTC(), o.UpdatedAt.UTC()
	return &o, nil
}

func (db *DB) getOrg(ctx context.Context, where string, arg any) (*model.Organization, error) {
	o, err := scanOrg(db.r.QueryRowContext(ctx, rebind(db.dialect, selectOrg+" WHERE "+where), arg))
	if err != nil {
		return nil, classify(fmt.Sprintf("organization %v", arg), err)
	}
	return o, nil
}

// GetOrganization returns the organisation with the row id.
func (db *DB) GetOrganization(ctx context.Context, id int64) (*model.Organization, error) {
	return db.getOrg(ctx, "id = ?", id)
}

// GetOrganizationByExternalID returns the organisation with the external id.
func (db *DB) GetOrganizationByExternalID(ctx context.Context, xid string) (*model.Organization, error) {
	return db.getOrg(ctx, "external_id = ?", xid)
}

// ListOrganizations returns up to limit organisations with id > afterID, by
// id (keyset pagination, as ListExperts).
func (db *DB) ListOrganizations(ctx context.Context, afterID int64, limit int) ([]*model.Organization, error) {
	if limit <= 0 {
		return nil, model.Invalid("limit", model.CodeOutOfRange)
	}
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, selectOrg+" WHERE id > ? ORDER BY id LIMIT ?"), afterID, limit)
	if err != nil {
		return nil, classify("list organizations", err)
	}
	defer rows.Close()
	var out []*model.Organization
	for rows.Next() {
		o, err := scanOrg(rows)
		if err != nil {
			return nil, classify("list organizations", err)
		}
		out = append(out, o)
	}
	return out, classify("list organizations", rows.Err())
}

// CountOrganizations counts all organisations.
func (db *DB) CountOrganizations(ctx context.Context) (int, error) {
	var n int
	err := db.r.QueryRowContext(ctx, "SELECT COUNT(*) FROM organizations").Scan(&n)
	return n, classify("count organizations", err)
}

// EachOrganization calls fn for every organisation in id order, in batches,
// as EachExpert does.
func (db *DB) EachOrganization(ctx context.Context, fn func(*model.Organization) error) error {
	var after int64
	for {
		batch, err := db.ListOrganizations(ctx, after, eachBatch)
		if err != nil {
			return err
		}
		for _, o := range batch {
			if err := fn(o); err != nil {
				return err
			}
		}
		if len(batch) < eachBatch {
			return nil
		}
		after = batch[len(batch)-1].ID
	}
}
