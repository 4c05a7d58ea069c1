package store

import (
	"context"
	"fmt"
	"time"

	"talentbridge/internal/model"
)

// Session is a signed-in browser, found by the hash of its token.
type Session struct {
	UserID    int64
	CreatedAt time.Time
	LastSeen  time.Time
	ExpiresAt time.Time // absolute end, whatever the activity
	Addr      string
}

// CreateSession stores a session under the hash of its token.
func (tx *Tx) CreateSession(ctx context.Context, hash string, s Session) error {
	err := tx.exec(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, addr)
VALUES (?, ?, ?, ?, ?, ?)`, hash, s.UserID, s.CreatedAt.UTC(), s.LastSeen.UTC(), s.ExpiresAt.UTC(), s.Addr)
	return classify("create session", err)
}

// SessionByHash returns a session and its account; model.ErrNotFound if
// there is none. Expiry is the caller's to judge.
func (db *DB) SessionByHash(ctx context.Context, hash string) (Session, *model.User, error) {
	var s Session
	row := db.r.QueryRowContext(ctx, rebind(db.dialect, `SELECT s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.addr,
u.id, u.login, u.display_name, u.role, u.city, u.org_ids, u.expert_id, u.password_hash, u.must_change, u.disabled, u.created_at, u.updated_at
FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`), hash)
	u, err := scanUser(scanPrefix{row, []any{&s.UserID, &s.CreatedAt, &s.LastSeen, &s.ExpiresAt, &s.Addr}})
	if err != nil {
		return s, nil, classify("session", err)
	}
	s.CreatedAt, s.LastSeen, s.ExpiresAt = s.CreatedAt.UTC(), s.LastSeen.UTC(), s.ExpiresAt.UTC()
	return s, u, nil
}

// scanPrefix scans some leading columns into first and hands the rest on,
// so that scanUser can read a user after other columns.
type scanPrefix struct {
	sc    interface{ Scan(...any) error }
	first []any
}

func (p scanPrefix) Scan(dest ...any) error { return p.sc.Scan(append(p.first, dest...)...) }

// TouchSession records activity.
func (tx *Tx) TouchSession(ctx context.Context, hash string, at time.Time) error {
	return classify("touch session", tx.exec(ctx, "UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", at.UTC(), hash))
}

// DeleteSession ends a session; an unknown one is no error.
func (tx *Tx) DeleteSession(ctx context.Context, hash string) error {
	return classify("delete session", tx.exec(ctx, "DELETE FROM sessions WHERE token_hash = ?", hash))
}

// DeleteUserSessions ends every session of an account.
func (tx *Tx) DeleteUserSessions(ctx context.Context, userID int64) error {
	return classify("delete sessions", tx.exec(ctx, "DELETE FROM sessions WHERE user_id = ?", userID))
}

// DeleteStaleSessions removes sessions that ended before the time, or were
// idle since idleBefore, and returns how many.
func (tx *Tx) DeleteStaleSessions(ctx context.Context, before, idleBefore time.Time) (int64, error) {
	n, err := tx.execRows(ctx, "DELETE FROM sessions WHERE expires_at < ? OR last_seen_at < ?", before.UTC(), idleBefore.UTC())
	if err != nil {
		return 0, fmt.Errorf("store: delete stale sessions: %w", err)
	}
	return n, nil
}
