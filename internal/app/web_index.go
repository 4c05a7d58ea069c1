package app

import (
	"context"
	"fmt"

	"talentbridge/internal/search/bleve"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// UseScratchIndex attaches a search index kept in dir (a new, empty
// directory), wired as the CLI wires the server's index (the shared
// language analysis, transliterated name aliases), and fills it from the
// database. It is for tests, benchmarks and throw-away servers: the
// transports' tests may not import the search packages themselves.
func (a *App) UseScratchIndex(ctx context.Context, dir string) error {
	an, err := textproc.New()
	if err != nil {
		return fmt.Errorf("language analysis: %w", err)
	}
	idx, err := bleve.Open(dir, an)
	if err != nil {
		return err
	}
	a.UseIndex(idx, translit.Aliases)
	if _, err := a.SyncIndex(ctx); err != nil {
		_ = a.CloseIndex()
		return fmt.Errorf("fill the search index: %w", err)
	}
	return nil
}
