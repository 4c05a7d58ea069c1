// Package web serves TalentBridge's pages: server-rendered HTML in Russian,
// Chinese and English, with small scripts for progressive enhancement only.
// Every page works without JavaScript, and nothing on a page is inline
// script or style, so the site runs under a strict Content-Security-Policy.
//
// Pages go through internal/app for data and ask internal/policy what a
// caller may see; each page has one file here and one template.
package web

import (
	"log/slog"
	"net/http"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
)

// Config tunes the pages.
type Config struct {
	// AdminToken is the secret that signs in as administrator on the sign-in
	// page (the one the API accepts as bearer token). Empty: no one can
	// sign in, and the pages are read-only.
	AdminToken string
	// SessionTTL is how long a sign-in lasts without use (default 12 hours).
	SessionTTL time.Duration
	// MaxSessions bounds the sessions held in memory (default 10000); the
	// oldest is dropped to make room.
	MaxSessions int
}

// handler holds what the pages share. It is immutable after New except for
// the session store, which guards itself.
type handler struct {
	app      *app.App
	tr       *i18n.Translator
	cfg      Config
	log      *slog.Logger
	pages    *templates
	assets   *assets
	sessions *sessions
}

// New returns the handler of the pages. Mount it at "/" beside the API.
func New(a *app.App, tr *i18n.Translator, cfg Config, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = 12 * time.Hour
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = 10000
	}
	h := &handler{
		app:      a,
		tr:       tr,
		cfg:      cfg,
		log:      log,
		assets:   newAssets(),
		sessions: newSessions(cfg.SessionTTL, cfg.MaxSessions, time.Now),
	}
	h.pages = parseTemplates(h.assets)
	return h.routes()
}
