package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// buildInApp builds the index from the database in this process, through
// app.RebuildIndex exactly as `talentbridge reindex` does (reading the
// experts, aliases, batches, the final merge), so that -buildprofile can
// profile the real rebuild. It replaces any index in data.
func buildInApp(ctx context.Context, cfg config, data string) error {
	dir := filepath.Join(data, "index")
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	stop, err := startProfile(cfg.buildProfile)
	if err != nil {
		return err
	}
	defer stop()
	start, cpu0 := time.Now(), processCPU()
	an, err := textproc.New()
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, store.Config{DataDir: data})
	if err != nil {
		return err
	}
	defer db.Close()
	idx, err := bleve.Open(dir, an)
	if err != nil {
		return err
	}
	a := app.New(db, slog.New(slog.DiscardHandler))
	a.UseIndex(idx, translit.Aliases)
	n, err := a.RebuildIndex(ctx, nil)
	if cerr := a.CloseIndex(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Printf("index: built in the app in %s (%d experts, %.0f experts/s, dictionary load included), CPU %s, peak RSS %s, %s on disk\n",
		fmtDur(took), n, float64(n)/took.Seconds(), fmtDur(processCPU()-cpu0), peakRSS(), mib(dirSize(dir)))
	return nil
}
