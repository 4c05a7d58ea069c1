package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
	"talentbridge/internal/search"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// eachDoc calls fn with the index document of every expert: read from the
// database in data, or, in -direct mode, straight from the generator with
// ids 1…n. The demo data use the built-in taxonomy only.
func eachDoc(ctx context.Context, cfg config, data string, fn func(search.Doc) error) error {
	tax := model.NewTaxonomy()
	if cfg.direct {
		g := demo.New(cfg.seed)
		for i := range cfg.experts {
			e := g.Expert(i)
			e.ID = int64(i + 1)
			if err := fn(search.NewDoc(&e, tax, translit.Aliases(e.Name, e.NativeLang))); err != nil {
				return err
			}
		}
		return nil
	}
	db, err := store.Open(ctx, store.Config{DataDir: data})
	if err != nil {
		return err
	}
	defer db.Close()
	return db.EachExpert(ctx, func(e *model.Expert) error {
		return fn(search.NewDoc(e, tax, translit.Aliases(e.Name, e.NativeLang)))
	})
}

// buildDirect builds the index in this process from the generator, without
// a database, to time the engine alone.
func buildDirect(ctx context.Context, cfg config, data string) error {
	dir := filepath.Join(data, "index")
	if _, err := os.Stat(dir); err == nil && cfg.keep {
		fmt.Printf("index: reusing, %s on disk\n", mib(dirSize(dir)))
		return nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(data, 0o700); err != nil {
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
	idx, err := bleve.Open(dir, an)
	if err != nil {
		return err
	}
	batch := make([]search.Doc, 0, cfg.batch)
	flush := func() error {
		err := idx.Index(ctx, batch...)
		batch = batch[:0]
		return err
	}
	err = eachDoc(ctx, cfg, data, func(d search.Doc) error {
		batch = append(batch, d)
		if len(batch) == cfg.batch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		// As the app's rebuild does: without it the index counts as
		// unfinished and is rebuilt when opened.
		err = idx.SetLastSeq(ctx, 0)
	}
	if cerr := idx.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Printf("index: built in-process in %s (%.0f experts/s, dictionary load included), CPU %s, peak RSS %s, %s on disk\n",
		fmtDur(took), float64(cfg.experts)/took.Seconds(), fmtDur(processCPU()-cpu0), peakRSS(), mib(dirSize(dir)))
	return nil
}

// peakRSS reads this process's peak resident set size.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
