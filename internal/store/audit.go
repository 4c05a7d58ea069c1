package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// The audit log is append-only: this file has the only statements that
// touch it, an INSERT and SELECTs, and the schema's triggers refuse any
// UPDATE or DELETE (and on PostgreSQL TRUNCATE).

// AppendAudit adds an entry in the transaction; e.ID and e.At are set.
func (tx *Tx) AppendAudit(ctx context.Context, e *model.AuditEntry) error {
	detail := []byte("{}")
	if len(e.Detail) > 0 {
		var err error
		if detail, err = json.Marshal(e.Detail); err != nil {
			return fmt.Errorf("store: audit detail: %w", err)
		}
	}
	at := now()
	err := tx.queryRow(ctx, `INSERT INTO audit_log (at, actor_user_id, actor_role, action, object_type, object_id, addr, detail)
VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		at, e.Actor.UserID, e.Actor.Role, e.Action, e.ObjectType, e.ObjectID, e.Actor.Addr, string(detail)).Scan(&e.ID)
	if err != nil {
		return classify("append audit", err)
	}
	e.At = at
	return nil
}

// AppendAudit adds an entry in a transaction of its own.
func (db *DB) AppendAudit(ctx context.Context, e *model.AuditEntry) error {
	return db.InTx(ctx, func(tx *Tx) error { return tx.AppendAudit(ctx, e) })
}

// AuditFilter narrows a read of the audit log. Zero fields do not filter.
type AuditFilter struct {
	Since, Until time.Time // Since inclusive, Until exclusive
	ActorUserID  int64
	Action       string // an action, or a prefix ending in "." ("signin.")
	ObjectType   string
	ObjectID     int64
	AfterID      int64 // keyset cursor
	Limit        int   // required
}

// Audit returns entries in id order (oldest first).
func (db *DB) Audit(ctx context.Context, f AuditFilter) ([]model.AuditEntry, error) {
	if f.Limit <= 0 {
		return nil, model.Invalid("limit", model.CodeOutOfRange)
	}
	var where []string
	var args []any
	add := func(cond string, arg any) { where = append(where, cond); args = append(args, arg) }
	add("id > ?", f.AfterID)
	if !f.Since.IsZero() {
		add("at >= ?", f.Since.UTC())
	}
	if !f.Until.IsZero() {
		add("at < ?", f.Until.UTC())
	}
	if f.ActorUserID != 0 {
		add("actor_user_id = ?", f.ActorUserID)
	}
	if prefix, ok := strings.CutSuffix(f.Action, "."); ok {
		// A prefix match without LIKE, whose escaping differs by dialect.
		// Actions are ASCII, so bytes and characters agree.
		where = append(where, "substr(action, 1, ?) = ?")
		args = append(args, len(prefix)+1, prefix+".")
	} else if f.Action != "" {
		add("action = ?", f.Action)
	}
	if f.ObjectType != "" {
		add("object_type = ?", f.ObjectType)
	}
	if f.ObjectID != 0 {
		add("object_id = ?", f.ObjectID)
	}
	args = append(args, f.Limit)
	q := `SELECT id, at, actor_user_id, actor_role, action, object_type, object_id, addr, detail FROM audit_log WHERE ` +
		strings.Join(where, " AND ") + " ORDER BY id LIMIT ?"
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return nil, classify("audit", err)
	}
	defer rows.Close()
	var out []model.AuditEntry
	for rows.Next() {
		var e model.AuditEntry
		var detail string
		if err := rows.Scan(&e.ID, &e.At, &e.Actor.UserID, &e.Actor.Role, &e.Action, &e.ObjectType, &e.ObjectID,
			&e.Actor.Addr, &detail); err != nil {
			return nil, classify("audit", err)
		}
		e.At = e.At.UTC()
		if detail != "{}" && detail != "" {
			if err := json.Unmarshal([]byte(detail), &e.Detail); err != nil {
				return nil, fmt.Errorf("store: audit entry %d: %w", e.ID, err)
			}
		}
		out = append(out, e)
	}
	return out, classify("audit", rows.Err())
}
