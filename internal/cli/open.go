package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"talentbridge/internal/app"
	"talentbridge/internal/store"
)

// migrateMode says what to do with a database whose schema is older than the code.
type migrateMode int

const (
	refuseOld  migrateMode = iota // report and stop
	migrateOld                    // bring it up to date
)

// openApp opens the database, checks its schema and returns the app over it.
// An empty database is always initialised; an older schema is migrated only
// when asked; a newer one is always refused.
func (e *env) openApp(ctx context.Context, mode migrateMode, log *slog.Logger) (*app.App, func(), error) {
	db, err := store.Open(ctx, store.Config{DataDir: e.cfg.DataDir, DatabaseURL: e.cfg.DatabaseURL})
	if err != nil {
		return nil, nil, fmt.Errorf("open database: %w", err)
	}
	closeDB := func() { _ = db.Close() }
	if err := ensureSchema(ctx, db, mode); err != nil {
		closeDB()
		return nil, nil, err
	}
	return app.New(db, log), closeDB, nil
}

func ensureSchema(ctx context.Context, db *store.DB, mode migrateMode) error {
	err := db.CheckSchema(ctx)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, store.ErrSchemaNewer):
		return fmt.Errorf("%w: this talentbridge is older than the database; use a newer release", err)
	case errors.Is(err, store.ErrSchemaOlder):
		v, verr := db.SchemaVersion(ctx)
		if verr != nil {
			return verr
		}
		if v > 0 && mode == refuseOld {
			return fmt.Errorf("%w (version %d, this release needs %d): run 'talentbridge migrate' or start with --migrate",
				err, v, store.LatestVersion())
		}
		if _, err := db.Migrate(ctx); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		return nil
	default:
		return err
	}
}
