package store

import "context"

// ExecForTest runs raw SQL in a transaction, for tests that need to put a
// database into a state the API cannot (a schema from the future).
func (tx *Tx) ExecForTest(ctx context.Context, q string, args ...any) error {
	return tx.exec(ctx, q, args...)
}
