package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"talentbridge/internal/store"
)

func (e *env) migrateCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Bring the database schema up to date",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			db, err := store.Open(ctx, store.Config{DataDir: e.cfg.DataDir, DatabaseURL: e.cfg.DatabaseURL})
			if err != nil {
				return err
			}
			defer db.Close()
			if err := db.CheckSchema(ctx); err != nil && !isOlder(err) {
				return err
			}
			applied, err := db.Migrate(ctx)
			if err != nil {
				return err
			}
			if len(applied) == 0 {
				fmt.Fprintf(e.stdout, "schema is up to date (version %d)\n", store.LatestVersion())
				return nil
			}
			fmt.Fprintf(e.stdout, "applied migrations %v; schema version %d\n", applied, store.LatestVersion())
			return nil
		},
	}
}

func isOlder(err error) bool { return errors.Is(err, store.ErrSchemaOlder) }
