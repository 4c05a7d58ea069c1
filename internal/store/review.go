package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"talentbridge/internal/model"
)

// SubmitVersion stores a version of a profile for review, replacing the
// expert's pending one if any (the newer submission supersedes it). v.ID,
// v.Status and v.SubmittedAt are set.
func (tx *Tx) SubmitVersion(ctx context.Context, v *model.ProfileVersion) error {
	doc, err := CanonicalJSON(&v.Expert)
	if err != nil {
		return err
	}
	if err := tx.exec(ctx, "DELETE FROM profile_versions WHERE expert_id = ? AND status = ?", v.ExpertID, model.VersionPending); err != nil {
		return classify("replace pending version", err)
	}
	v.Status, v.SubmittedAt = model.VersionPending, now()
	err = tx.queryRow(ctx, `INSERT INTO profile_versions (expert_id, doc, base_version, city, status, submitted_by, submitted_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`, v.ExpertID, string(doc), v.BaseVersion, v.City, v.Status, v.SubmittedBy, v.SubmittedAt).Scan(&v.ID)
	return classify("submit version", err)
}

// DecideVersion marks a pending version approved or rejected;
// model.ErrConflict when it is no longer pending.
func (tx *Tx) DecideVersion(ctx context.Context, id int64, status string, reviewer int64, note string) error {
	n, err := tx.execRows(ctx, `UPDATE profile_versions SET status = ?, reviewed_by = ?, reviewed_at = ?, note = ?
WHERE id = ? AND status = ?`, status, reviewer, now(), note, id, model.VersionPending)
	if err != nil {
		return classify("decide version", err)
	}
	if n == 0 {
		return fmt.Errorf("store: version %d is not pending: %w", id, model.ErrConflict)
	}
	return nil
}

const selectVersion = `SELECT id, expert_id, doc, base_version, city, status, submitted_by, submitted_at, reviewed_by, reviewed_at, note
FROM profile_versions`

func scanVersion(sc interface{ Scan(...any) error }) (*model.ProfileVersion, error) {
	var v model.ProfileVersion
	var doc string
	var reviewer sql.NullInt64
	var reviewed sql.NullTime
	if err := sc.Scan(&v.ID, &v.ExpertID, &doc, &v.BaseVersion, &v.City, &v.Status, &v.SubmittedBy, &v.SubmittedAt,
		&reviewer, &reviewed, &v.Note); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(doc), &v.Expert); err != nil {
		return nil, fmt.Errorf("version %d: stored doc: %w", v.ID, err)
	}
	v.Expert.ID = v.ExpertID
	v.SubmittedAt = v.SubmittedAt.UTC()
	v.ReviewedBy, v.ReviewedAt = reviewer.Int64, utcPtr(reviewed)
	return &v, nil
}

func (db *DB) queryVersions(ctx context.Context, q string, args ...any) ([]*model.ProfileVersion, error) {
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return nil, classify("versions", err)
	}
	defer rows.Close()
	var out []*model.ProfileVersion
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, classify("versions", err)
		}
		out = append(out, v)
	}
	return out, classify("versions", rows.Err())
}

// PendingVersions lists the versions waiting for review, oldest first:
// those of the cities given, or all when none are.
func (db *DB) PendingVersions(ctx context.Context, cities ...string) ([]*model.ProfileVersion, error) {
	q := selectVersion + " WHERE status = ?"
	args := []any{model.VersionPending}
	if len(cities) > 0 {
		q += " AND city IN (" + placeholders(len(cities)) + ")"
		for _, c := range cities {
			args = append(args, c)
		}
	}
	return db.queryVersions(ctx, q+" ORDER BY id", args...)
}

// VersionsOf lists every version an expert submitted, oldest first.
func (db *DB) VersionsOf(ctx context.Context, expertID int64) ([]*model.ProfileVersion, error) {
	return db.queryVersions(ctx, selectVersion+" WHERE expert_id = ? ORDER BY id", expertID)
}

// Version returns one version.
func (db *DB) Version(ctx context.Context, id int64) (*model.ProfileVersion, error) {
	v, err := scanVersion(db.r.QueryRowContext(ctx, rebind(db.dialect, selectVersion+" WHERE id = ?"), id))
	return v, classify(fmt.Sprintf("version %d", id), err)
}
