package store

import (
	"context"
	"fmt"
	"time"

	"talentbridge/internal/model"
)

// Entities and operations recorded in the change log.
const (
	EntityExpert       = "expert"
	EntityOrganization = "organization"

	OpUpsert = "upsert"
	OpDelete = "delete"
)

// Change is one entry of the change log: entity EntityID was written (OpUpsert)
// or deleted (OpDelete). Followers such as the search index read the log from
// the last Seq they processed.
type Change struct {
	Seq      int64
	Entity   string
	EntityID int64
	Op       string
	At       time.Time
}

// changeLogLockKey names the advisory lock that orders change-log inserts on
// PostgreSQL.
const changeLogLockKey int64 = 0x7462_6368_616e // "tbchan"

// logChange appends a change in the current transaction.
//
// PostgreSQL hands out identity values when a row is inserted, not when its
// transaction commits, so with concurrent writers seq 11 can become visible
// before seq 10; a follower that has read 11 and moves its cursor past it
// would never see 10. Taking a transaction-scoped advisory lock before the
// insert means a second writer cannot draw a seq until the first has
// committed or rolled back, so rows become visible in seq order. The cost is
// that writing transactions serialise from their first change onwards, which
// is what SQLite does anyway. (If a savepoint that took the lock is rolled
// back the lock goes with it, but so does the seq it drew, so the order
// still holds.)
func (tx *Tx) logChange(ctx context.Context, entity string, id int64, op string, at time.Time) error {
	if tx.dialect == DialectPostgres {
		if err := tx.exec(ctx, "SELECT pg_advisory_xact_lock(?)", changeLogLockKey); err != nil {
			return classify("lock change log", err)
		}
	}
	err := tx.exec(ctx, "INSERT INTO changes (entity, entity_id, op, at) VALUES (?, ?, ?, ?)", entity, id, op, at)
	return classify("log change", err)
}

// ChangesSince returns up to limit changes with Seq > afterSeq, oldest first.
func (db *DB) ChangesSince(ctx context.Context, afterSeq int64, limit int) ([]Change, error) {
	if limit <= 0 {
		return nil, model.Invalid("limit", model.CodeOutOfRange)
	}
	rows, err := db.r.QueryContext(ctx,
		rebind(db.dialect, "SELECT seq, entity, entity_id, op, at FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"),
		afterSeq, limit)
	if err != nil {
		return nil, classify("changes", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.Seq, &c.Entity, &c.EntityID, &c.Op, &c.At); err != nil {
			return nil, classify("changes", err)
		}
		c.At = c.At.UTC()
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: changes: %w", err)
	}
	return out, nil
}

// LastChangeSeq returns the newest Seq, or 0 when the log is empty.
func (db *DB) LastChangeSeq(ctx context.Context) (int64, error) {
	var seq int64
	err := db.r.QueryRowContext(ctx, "SELECT COALESCE(MAX(seq), 0) FROM changes").Scan(&seq)
	return seq, classify("last change", err)
}
