package store

import (
	"context"
	"fmt"
)

// Truncate deletes every expert, organisation, custom sphere and change-log
// row. It is meant for benchmarks and tests that reuse one database; a
// search index built over the database must be rebuilt afterwards.
func (db *DB) Truncate(ctx context.Context) error {
	return db.InTx(ctx, func(tx *Tx) error {
		for _, table := range []string{"expert_spheres", "experts", "organizations", "custom_spheres", "requests",
			"programme_spheres", "programme_experts", "programme_orgs", "programme_cities", "programme", "changes"} {
			if err := tx.exec(ctx, "DELETE FROM "+table); err != nil {
				return fmt.Errorf("store: truncate %s: %w", table, err)
			}
		}
		return nil
	})
}
