package store

import (
	"context"
	"fmt"
)

// ExternalIDBy returns the external id of the expert whose orcid or
// (lower-cased) email column equals value: model.ErrNotFound when none does.
// When several do, the oldest wins.
func (db *DB) ExternalIDBy(ctx context.Context, column, value string) (string, error) {
	switch column {
	case "orcid", "email":
	default:
		return "", fmt.Errorf("store: experts are not looked up by %q", column)
	}
	var xid string
	err := db.r.QueryRowContext(ctx, rebind(db.dialect,
		"SELECT external_id FROM experts WHERE "+column+" = ? ORDER BY id LIMIT 1"), value).Scan(&xid)
	if err != nil {
		return "", classify(fmt.Sprintf("expert by %s", column), err)
	}
	return xid, nil
}
