// Package api is TalentBridge's JSON API, version 1, under /api/v1/. Every
// route is listed once in routes(), which both registers the handlers and is
// checked against the OpenAPI document (openapi.json) by the tests.
//
// Handlers return errors; writeError is the one place that turns an error
// kind into an HTTP status and a translated message.
package api

import (
	"log/slog"
	"net/http"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
)

// DefaultMaxBodyBytes bounds a request body when Config leaves it unset.
const DefaultMaxBodyBytes = 1 << 20

// Config tunes the API.
type Config struct {
	// AdminToken is the bearer token that grants the admin role. Empty means
	// no one is admin, so every write is refused.
	AdminToken string
	// MaxBodyBytes bounds a request body (default DefaultMaxBodyBytes).
	MaxBodyBytes int64
}

// api holds what the handlers share.
type api struct {
	app *app.App
	tr  *i18n.Translator
	cfg Config
	log *slog.Logger
}

// New returns the API handler over a and tr (neither may be nil). It serves
// paths under /api/v1/ and answers
// anything else with a JSON 404 (or 405 when the path exists with other
// methods).
func New(a *app.App, tr *i18n.Translator, cfg Config, log *slog.Logger) http.Handler {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &api{app: a, tr: tr, cfg: cfg, log: log}
	return h.router()
}
