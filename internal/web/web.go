// Package web serves TalentBridge's pages: server-rendered HTML in Russian,
// Chinese and English, with small scripts for progressive enhancement only.
// Every page works without JavaScript, and nothing on a page is inline
// script or style, so the site runs under a strict Content-Security-Policy.
//
// Pages go through internal/app for data and ask internal/policy what a
// caller may see; each page has one file here and one template. Readers
// sign in with their accounts; the session is app's, kept in the database.
package web

import (
	"context"
	"log/slog"
	"net/http"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// Config tunes the pages. The zero Config takes the defaults.
type Config struct {
	// MatchLimit is how many ranked experts a talent request's page shows
	// (default 20).
	MatchLimit int
	// Context bounds the pages' background work: the worker that computes
	// profiles' similar experts stops when it ends (with the server). nil
	// is context.Background(); the worker also ends when it has nothing to
	// do for a while, and starts again when a profile needs it.
	Context context.Context
}

// handler holds what the pages share. It is immutable after New.
type handler struct {
	app     *app.App
	tr      *i18n.Translator
	cfg     Config
	log     *slog.Logger
	pages   *templates
	assets  *assets
	origins *http.CrossOriginProtection
	// concepts labels the thesaurus's concepts in each language, for the
	// reasons given with matches.
	concepts map[string]model.Text
	// similar caches the profiles' similar experts (similar_cache.go).
	similar *similarCache
}

// New returns the handler of the pages. Mount it at "/" beside the API.
func New(a *app.App, tr *i18n.Translator, cfg Config, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.MatchLimit <= 0 {
		cfg.MatchLimit = 20
	}
	h := &handler{
		app:      a,
		tr:       tr,
		cfg:      cfg,
		log:      log,
		assets:   newAssets(),
		origins:  http.NewCrossOriginProtection(),
		concepts: app.ConceptLabels(),
	}
	h.similar = newSimilarCache(cfg.Context, a, log)
	h.pages = parseTemplates(h.assets)
	return h.routes()
}
