package cli

import (
	"context"
	"fmt"
	"time"

	"talentbridge/internal/app"
)

// sessionPruneInterval is how often a server deletes ended sessions.
const sessionPruneInterval = time.Hour

// bootstrapAccounts creates the first administrator when the database has
// no accounts, printing its one-time password once to standard output, and
// starts pruning ended sessions.
func (e *env) bootstrapAccounts(ctx context.Context, a *app.App) error {
	login, password, err := a.EnsureAdmin(ctx)
	if err != nil {
		return fmt.Errorf("create the first administrator: %w", err)
	}
	if password != "" {
		fmt.Fprintf(e.stdout, "created the administrator account %q with the one-time password:\n  %s\n"+
			"It is shown only now: sign in and change it.\n", login, password)
	}
	go func() {
		t := time.NewTicker(sessionPruneInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				_, _ = a.PruneSessions(ctx) // best effort: SessionCaller refuses ended sessions anyway
			}
		}
	}()
	return nil
}
