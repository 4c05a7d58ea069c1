package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// CreateAPIToken stores a token by the hash of its secret; t.ID and
// t.CreatedAt are set.
func (tx *Tx) CreateAPIToken(ctx context.Context, t *model.APIToken, hash string) error {
	at := now()
	err := tx.queryRow(ctx, `INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at)
VALUES (?, ?, ?, ?, ?) RETURNING id`, t.UserID, t.Name, hash, strings.Join(t.Scopes, " "), at).Scan(&t.ID)
	if err != nil {
		return classify("create api token", err)
	}
	t.CreatedAt = at
	return nil
}

const selectToken = `SELECT t.id, t.user_id, t.name, t.scopes, t.created_at, t.last_used_at, t.revoked_at FROM api_tokens t`

func scanToken(sc interface{ Scan(...any) error }) (*model.APIToken, error) {
	var t model.APIToken
	var scopes string
	var used, revoked sql.NullTime
	if err := sc.Scan(&t.ID, &t.UserID, &t.Name, &scopes, &t.CreatedAt, &used, &revoked); err != nil {
		return nil, err
	}
	t.Scopes = strings.Fields(scopes)
	t.CreatedAt = t.CreatedAt.UTC()
	t.LastUsedAt, t.RevokedAt = utcPtr(used), utcPtr(revoked)
	return &t, nil
}

func utcPtr(t sql.NullTime) *time.Time {
	if !t.Valid {
		return nil
	}
	u := t.Time.UTC()
	return &u
}

// APITokenByHash returns the token with the hash and its account.
func (db *DB) APITokenByHash(ctx context.Context, hash string) (*model.APIToken, *model.User, error) {
	var t model.APIToken
	var scopes string
	var used, revoked sql.NullTime
	row := db.r.QueryRowContext(ctx, rebind(db.dialect, `SELECT t.id, t.user_id, t.name, t.scopes, t.created_at, t.last_used_at, t.revoked_at,
u.id, u.login, u.display_name, u.role, u.city, u.org_ids, u.expert_id, u.password_hash, u.must_change, u.disabled, u.created_at, u.updated_at
FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`), hash)
	u, err := scanUser(scanPrefix{row, []any{&t.ID, &t.UserID, &t.Name, &scopes, &t.CreatedAt, &used, &revoked}})
	if err != nil {
		return nil, nil, classify("api token", err)
	}
	t.Scopes = strings.Fields(scopes)
	t.CreatedAt = t.CreatedAt.UTC()
	t.LastUsedAt, t.RevokedAt = utcPtr(used), utcPtr(revoked)
	return &t, u, nil
}

// APITokens lists an account's tokens (all accounts' with userID 0), newest first.
func (db *DB) APITokens(ctx context.Context, userID int64) ([]*model.APIToken, error) {
	q, args := selectToken+" ORDER BY t.id DESC", []any{}
	if userID != 0 {
		q, args = selectToken+" WHERE t.user_id = ? ORDER BY t.id DESC", []any{userID}
	}
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return nil, classify("api tokens", err)
	}
	defer rows.Close()
	var out []*model.APIToken
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, classify("api tokens", err)
		}
		out = append(out, t)
	}
	return out, classify("api tokens", rows.Err())
}

// TouchAPIToken records the token's use.
func (tx *Tx) TouchAPIToken(ctx context.Context, id int64, at time.Time) error {
	return classify("touch api token", tx.exec(ctx, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", at.UTC(), id))
}

// RevokeAPIToken revokes a token; model.ErrNotFound when there is no such
// live token.
func (tx *Tx) RevokeAPIToken(ctx context.Context, id int64) error {
	n, err := tx.execRows(ctx, "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now(), id)
	if err != nil {
		return classify("revoke api token", err)
	}
	if n == 0 {
		return fmt.Errorf("store: api token %d: %w", id, model.ErrNotFound)
	}
	return nil
}
