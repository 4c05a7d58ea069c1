package cli

import (
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"talentbridge/internal/api"
	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/server"
	"talentbridge/internal/store"
	"talentbridge/internal/web"
)

// demoExperts is how many experts `serve --demo` loads into an empty database.
const demoExperts = 2000

// demoSeed seeds the demo data that serve --demo loads.
const demoSeed = 1

// followInterval is how often a server looks for other processes' writes in
// the change log, well inside the 2 seconds in which they must show.
const followInterval = 500 * time.Millisecond

func (e *env) serveCommand() *cobra.Command {
	var addr, adminToken string
	var withDemo, migrate bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web interface and the JSON API",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			log := slog.New(slog.NewTextHandler(e.stderr, nil))
			mode := refuseOld
			if migrate {
				mode = migrateOld
			}
			a, closeApp, err := e.openApp(ctx, mode, log)
			if err != nil {
				return err
			}
			defer closeApp()
			if withDemo {
				if err := e.ensureDemo(cmd, a, log); err != nil {
					return err
				}
			}
			an, err := newAnalyzer()
			if err != nil {
				return err
			}
			closeIndex, err := e.attachIndexWithProgress(ctx, a, an, nil)
			if err != nil {
				return err
			}
			defer closeIndex()
			go a.FollowChanges(ctx, followInterval)
			// The matching index is built in memory from the database at the
			// first match request (503 until it is ready): a large registry
			// takes a while and much memory, which a server that is only
			// searched never needs.
			a.EnableMatching(an, func(err error) { log.Error("building the matching index failed", "err", err) })
			if err := e.bootstrapAccounts(ctx, a); err != nil {
				return err
			}
			tr, err := newTranslator()
			if err != nil {
				return err
			}
			// The API under /api/, the pages everywhere else.
			mux := http.NewServeMux()
			mux.Handle("/api/", api.New(a, tr, api.Config{AdminToken: adminToken}, log))
			// The pages sign in with accounts only; the admin token is the
			// API's bootstrap credential. Their background work (similar
			// experts) stops with the server.
			mux.Handle("/", web.New(a, tr, web.Config{Context: ctx}, log))
			srv := server.New(server.Config{Addr: addr}, mux, log)
			if err := srv.Listen(); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "TalentBridge is serving on http://%s/\n", srv.Addr())
			if adminToken == "" {
				fmt.Fprintln(e.stdout, "no admin token set: the API is read-only (set --admin-token or TALENTBRIDGE_ADMIN_TOKEN)")
			}
			return srv.Run(ctx)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", e.envOr("TALENTBRIDGE_ADDR", "127.0.0.1:8080"), "address to listen on (env TALENTBRIDGE_ADDR)")
	cmd.Flags().StringVar(&adminToken, "admin-token", e.getenv("TALENTBRIDGE_ADMIN_TOKEN"),
		"bootstrap administrator bearer token for the API, besides accounts and their API tokens (env TALENTBRIDGE_ADMIN_TOKEN)")
	cmd.Flags().BoolVar(&withDemo, "demo", false, fmt.Sprintf("load %d demo experts when the database is empty", demoExperts))
	cmd.Flags().BoolVar(&migrate, "migrate", false, "migrate an older database schema before serving")
	return cmd
}

func (e *env) ensureDemo(cmd *cobra.Command, a *app.App, log *slog.Logger) error {
	ctx := cmd.Context()
	n, err := a.DB().CountExperts(ctx, store.ExpertFilter{})
	if err != nil {
		return err
	}
	if n > 0 {
		log.Info("demo data not loaded: the database already holds experts", "experts", n)
		return nil
	}
	rep, err := loadDemo(ctx, a, demoExperts, demoSeed)
	if err != nil {
		return fmt.Errorf("load demo data: %w", err)
	}
	log.Info("demo data loaded", "experts", rep.Created, "organizations", len(demo.New(demoSeed).Organizations()))
	return nil
}
