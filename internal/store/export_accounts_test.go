package store

import "context"

// ExecForTest runs a statement outside the store's API, as a careless or
// malicious program with database access would.
func ExecForTest(ctx context.Context, db *DB, q string) error {
	_, err := db.w.ExecContext(ctx, q)
	return err
}
