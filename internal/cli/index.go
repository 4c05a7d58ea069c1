package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"talentbridge/internal/app"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// indexDir is where this process keeps its search index: in the data
// directory, also when the database is PostgreSQL (each server process
// keeps its own index, fed by the database's change log).
func (e *env) indexDir() string { return filepath.Join(e.cfg.DataDir, "index") }

// attachIndex opens (or creates) the search index and brings it up to date
// with the database: a new or outdated index is rebuilt, an existing one
// applies the changes it missed, e.g. after a crash.
func (e *env) attachIndex(ctx context.Context, a *app.App) (closeIndex func(), err error) {
	an, err := newAnalyzer()
	if err != nil {
		return nil, err
	}
	return e.attachIndexWithProgress(ctx, a, an, nil)
}

// newAnalyzer loads the language analysis (the Chinese dictionary takes a
// moment): once per process, shared by the search index and the matcher.
func newAnalyzer() (*textproc.Analyzer, error) {
	an, err := textproc.New()
	if err != nil {
		return nil, fmt.Errorf("language analysis: %w", err)
	}
	return an, nil
}

// attachIndexWithProgress is attachIndex with a given analyser, reporting a
// rebuild's progress.
func (e *env) attachIndexWithProgress(ctx context.Context, a *app.App, an *textproc.Analyzer, progress func(done int)) (closeIndex func(), err error) {
	if err := os.MkdirAll(e.cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	idx, err := bleve.Open(e.indexDir(), an)
	if err != nil {
		return nil, err
	}
	a.UseIndex(idx, translit.Aliases)
	if idx.NeedsRebuild() {
		if _, err := a.RebuildIndex(ctx, progress); err != nil {
			_ = idx.Close()
			return nil, err
		}
	}
	if _, err := a.SyncIndex(ctx); err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("bring the search index up to date: %w", err)
	}
	if err := e.attachProgrammeIndex(ctx, a, an); err != nil {
		_ = a.CloseIndex()
		return nil, err
	}
	return func() { _ = a.CloseIndex() }, nil
}
