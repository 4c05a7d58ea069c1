package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"talentbridge/internal/model"
)

const selectUser = `SELECT u.id, u.login, u.display_name, u.role, u.city, u.org_ids, u.expert_id, u.password_hash,
u.must_change, u.disabled, u.created_at, u.updated_at FROM users u`

func scanUser(sc interface{ Scan(...any) error }) (*model.User, error) {
	var u model.User
	var orgs string
	var expert sql.NullInt64
	if err := sc.Scan(&u.ID, &u.Login, &u.DisplayName, &u.Role, &u.City, &orgs, &expert, &u.PasswordHash,
		&u.MustChange, &u.Disabled, &u.CreatedAt, &u.UpdatedAt); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(orgs), &u.OrgIDs); err != nil {
		return nil, fmt.Errorf("user %d: organisations: %w", u.ID, err)
	}
	if len(u.OrgIDs) == 0 {
		u.OrgIDs = nil
	}
	u.ExpertID = expert.Int64
	u.CreatedAt, u.UpdatedAt = u.CreatedAt.UTC(), u.UpdatedAt.UTC()
	return &u, nil
}

func orgIDsJSON(ids []string) string {
	if len(ids) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(ids) // a []string always encodes
	return string(b)
}

func nullID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }

// CreateUser inserts an account; model.ErrConflict when the login (or the
// linked expert) is taken. u.ID and the timestamps are set.
func (tx *Tx) CreateUser(ctx context.Context, u *model.User) error {
	at := now()
	err := tx.queryRow(ctx, `INSERT INTO users
(login, display_name, role, city, org_ids, expert_id, password_hash, must_change, disabled, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
		u.Login, u.DisplayName, u.Role, u.City, orgIDsJSON(u.OrgIDs), nullID(u.ExpertID), u.PasswordHash,
		u.MustChange, u.Disabled, at, at).Scan(&u.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: user %q: %w", u.Login, model.ErrConflict)
	}
	if err != nil {
		return classify("create user", err)
	}
	u.CreatedAt, u.UpdatedAt = at, at
	return nil
}

// UpdateUser writes every field of the account u.ID but its login and
// creation time.
func (tx *Tx) UpdateUser(ctx context.Context, u *model.User) error {
	at := now()
	n, err := tx.execRows(ctx, `UPDATE users SET display_name = ?, role = ?, city = ?, org_ids = ?, expert_id = ?,
password_hash = ?, must_change = ?, disabled = ?, updated_at = ? WHERE id = ?`,
		u.DisplayName, u.Role, u.City, orgIDsJSON(u.OrgIDs), nullID(u.ExpertID), u.PasswordHash,
		u.MustChange, u.Disabled, at, u.ID)
	if err != nil {
		return classify("update user", err)
	}
	if n == 0 {
		return fmt.Errorf("store: user %d: %w", u.ID, model.ErrNotFound)
	}
	u.UpdatedAt = at
	return nil
}

// DeleteUsersOfExpert removes the accounts linked to an expert (their
// sessions and tokens go with them) and returns their ids.
func (tx *Tx) DeleteUsersOfExpert(ctx context.Context, expertID int64) ([]int64, error) {
	rows, err := tx.tx.QueryContext(ctx, rebind(tx.dialect, "DELETE FROM users WHERE expert_id = ? RETURNING id"), expertID)
	if err != nil {
		return nil, classify("delete users of expert", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, classify("delete users of expert", err)
		}
		ids = append(ids, id)
	}
	return ids, classify("delete users of expert", rows.Err())
}

// UserByLogin returns the account with the (normalised) login.
func (db *DB) UserByLogin(ctx context.Context, login string) (*model.User, error) {
	u, err := scanUser(db.r.QueryRowContext(ctx, rebind(db.dialect, selectUser+" WHERE u.login = ?"), login))
	return u, classify("user by login", err)
}

// UserByID returns the account with the id.
func (db *DB) UserByID(ctx context.Context, id int64) (*model.User, error) {
	u, err := scanUser(db.r.QueryRowContext(ctx, rebind(db.dialect, selectUser+" WHERE u.id = ?"), id))
	return u, classify("user by id", err)
}

// Users lists every account in id order.
func (db *DB) Users(ctx context.Context) ([]*model.User, error) {
	rows, err := db.r.QueryContext(ctx, selectUser+" ORDER BY u.id")
	if err != nil {
		return nil, classify("users", err)
	}
	defer rows.Close()
	var out []*model.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, classify("users", err)
		}
		out = append(out, u)
	}
	return out, classify("users", rows.Err())
}

// CountUsers returns how many accounts there are.
func (db *DB) CountUsers(ctx context.Context) (int, error) {
	var n int
	err := db.r.QueryRowContext(ctx, "SELECT COUNT(*) FROM users").Scan(&n)
	return n, classify("count users", err)
}
