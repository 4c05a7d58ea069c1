package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/policy"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// runApp runs the mix through app.SearchExperts as an anonymous visitor:
// the engine, then loading the page's experts from the database and the
// policy, without HTTP and JSON. Set between the in-process and the HTTP
// figures, it shows where a request's time goes.
func runApp(ctx context.Context, data string, qs []benchQuery, profile string) error {
	an, err := textproc.New()
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, store.Config{DataDir: data})
	if err != nil {
		return err
	}
	defer db.Close()
	idx, err := bleve.Open(filepath.Join(data, "index"), an)
	if err != nil {
		return err
	}
	a := app.New(db, slog.New(slog.DiscardHandler))
	a.UseIndex(idx, translit.Aliases)
	defer a.CloseIndex()
	for _, q := range qs[:len(qs)/10] {
		if _, err := a.SearchExperts(ctx, policy.Caller{}, q.Query); err != nil {
			return err
		}
	}
	stop, err := startProfile(profile)
	if err != nil {
		return err
	}
	defer stop()
	all := make(timings, 0, len(qs))
	cpu := make(timings, 0, len(qs))
	clock, unlock := startCPUClock()
	defer unlock()
	for _, q := range qs {
		t0, c0 := time.Now(), clock.now()
		if _, err := a.SearchExperts(ctx, policy.Caller{}, q.Query); err != nil {
			return fmt.Errorf("%q: %w", q.Query.Text, err)
		}
		all = append(all, time.Since(t0))
		cpu = append(cpu, clock.now()-c0)
	}
	fmt.Printf("app: %s (app.SearchExperts, anonymous)\n", all)
	fmt.Printf("app: CPU time per query %s; peak RSS of this process %s\n", cpu, peakRSS())
	return nil
}
