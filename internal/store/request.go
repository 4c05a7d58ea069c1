package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"talentbridge/internal/model"
)

// EntityRequest names talent requests in the change log.
const EntityRequest = "request"

// CreateRequest inserts a new talent request; model.ErrConflict if its
// external id is taken.
func (tx *Tx) CreateRequest(ctx context.Context, r *model.Request) error {
	doc, err := CanonicalJSON(r)
	if err != nil {
		return err
	}
	at := now()
	var id int64
	err = tx.queryRow(ctx, `INSERT INTO requests (external_id, doc, status, city, version, created_at, updated_at)
VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (external_id) DO NOTHING RETURNING id`,
		r.ExternalID, string(doc), r.Status, r.City, at, at).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: request id %q: %w", r.ExternalID, model.ErrConflict)
	}
	if err != nil {
		return classify("insert request", err)
	}
	r.ID, r.Version, r.CreatedAt, r.UpdatedAt = id, 1, at, at
	return tx.logChange(ctx, EntityRequest, id, OpUpsert, at)
}

// UpdateRequest replaces the request with id r.ID. expectVersion, when not
// zero, must equal the stored version (model.ErrConflict otherwise).
func (tx *Tx) UpdateRequest(ctx context.Context, r *model.Request, expectVersion int64) error {
	doc, err := CanonicalJSON(r)
	if err != nil {
		return err
	}
	var version int64
	var created sql.NullTime
	err = tx.queryRow(ctx, "SELECT version, created_at FROM requests WHERE id = ?", r.ID).Scan(&version, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: request %d: %w", r.ID, model.ErrNotFound)
	}
	if err != nil {
		return classify("load request", err)
	}
	if expectVersion > 0 && expectVersion != version {
		return fmt.Errorf("store: request %d is at version %d, not %d: %w", r.ID, version, expectVersion, model.ErrConflict)
	}
	at := now()
	n, err := tx.execRows(ctx, `UPDATE requests SET external_id = ?, doc = ?, status = ?, city = ?,
version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
		r.ExternalID, string(doc), r.Status, r.City, at, r.ID, version)
	if isUniqueViolation(err) {
		return fmt.Errorf("store: request id %q: %w", r.ExternalID, model.ErrConflict)
	}
	if err != nil {
		return classify("update request", err)
	}
	if n == 0 {
		return fmt.Errorf("store: request %d changed meanwhile: %w", r.ID, model.ErrConflict)
	}
	r.Version, r.CreatedAt, r.UpdatedAt = version+1, created.Time.UTC(), at
	return tx.logChange(ctx, EntityRequest, r.ID, OpUpsert, at)
}

// DeleteRequest removes a request.
func (tx *Tx) DeleteRequest(ctx context.Context, id int64) error {
	n, err := tx.execRows(ctx, "DELETE FROM requests WHERE id = ?", id)
	if err != nil {
		return classify("delete request", err)
	}
	if n == 0 {
		return fmt.Errorf("store: request %d: %w", id, model.ErrNotFound)
	}
	return tx.logChange(ctx, EntityRequest, id, OpDelete, now())
}

const selectRequest = "SELECT id, version, doc, created_at, updated_at FROM requests"

func scanRequest(sc interface{ Scan(...any) error }) (*model.Request, error) {
	var r model.Request
	var doc []byte
	var id, version int64
	if err := sc.Scan(&id, &version, &doc, &r.CreatedAt, &r.UpdatedAt); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(doc, &r); err != nil {
		return nil, fmt.Errorf("request %d: stored doc: %w", id, err)
	}
	r.ID, r.Version = id, version
	r.CreatedAt, r.UpdatedAt = r.CreatedAt.UTC(), r.UpdatedAt.UTC()
	return &r, nil
}

// GetRequest returns the request with the row id.
func (db *DB) GetRequest(ctx context.Context, id int64) (*model.Request, error) {
	r, err := scanRequest(db.r.QueryRowContext(ctx, rebind(db.dialect, selectRequest+" WHERE id = ?"), id))
	if err != nil {
		return nil, classify(fmt.Sprintf("request %d", id), err)
	}
	return r, nil
}

// GetRequestByExternalID returns the request with the external id.
func (db *DB) GetRequestByExternalID(ctx context.Context, xid string) (*model.Request, error) {
	r, err := scanRequest(db.r.QueryRowContext(ctx, rebind(db.dialect, selectRequest+" WHERE external_id = ?"), xid))
	if err != nil {
		return nil, classify(fmt.Sprintf("request %q", xid), err)
	}
	return r, nil
}

// ListRequests returns up to limit requests with id < beforeID (0: from the
// newest), newest first, optionally of one status.
func (db *DB) ListRequests(ctx context.Context, status string, beforeID int64, limit int) ([]*model.Request, error) {
	if limit <= 0 {
		return nil, model.Invalid("limit", model.CodeOutOfRange)
	}
	q := selectRequest + " WHERE 1 = 1"
	var args []any
	if status != "" {
		q += " AND status = ?"
		args = append(args, status)
	}
	if beforeID > 0 {
		q += " AND id < ?"
		args = append(args, beforeID)
	}
	q += " ORDER BY id DESC LIMIT ?"
	args = append(args, limit)
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return nil, classify("list requests", err)
	}
	defer rows.Close()
	var out []*model.Request
	for rows.Next() {
		r, err := scanRequest(rows)
		if err != nil {
			return nil, classify("list requests", err)
		}
		out = append(out, r)
	}
	return out, classify("list requests", rows.Err())
}

// CountRequestsByStatus counts requests per status.
func (db *DB) CountRequestsByStatus(ctx context.Context) (map[string]int, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT status, COUNT(*) FROM requests GROUP BY status")
	if err != nil {
		return nil, classify("count requests", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, classify("count requests", err)
		}
		out[s] = n
	}
	return out, classify("count requests", rows.Err())
}
