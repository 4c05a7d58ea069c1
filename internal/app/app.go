// Package app holds TalentBridge's use cases. It is the only package that
// coordinates the store, the search index and the access policy: validate,
// commit, log the change, update the index.
package app

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/textproc"
)

// App is the core shared by the API, the web pages and the CLI.
type App struct {
	db  *store.DB
	log *slog.Logger
	ix  *indexer // nil until UseIndex
	mt  *matcher // nil until BuildMatcher; guarded by mu
	// px is the programme's search index, nil until UseProgrammeIndex;
	// guarded by mu.
	px *programmeIndexer
	// matchAn and matchLog, set by EnableMatching, let the first Match
	// build the matching index; guarded by mu.
	matchAn  *textproc.Analyzer
	matchLog func(error)
	acc      *accounts    // sign-in, sessions and tokens; see ConfigureAccounts
	reports  *reportCache // computed programme reports; see ProgrammeReport
	persons  *personCache // parsed names for the search's name rerank

	mu       sync.Mutex // guards the taxonomy cache and mt
	tax      *model.Taxonomy
	taxAt    time.Time
	taxTTL   time.Duration
	nowFunc  func() time.Time
	idSuffix func() string
}

// New returns an App over an opened, migrated database.
func New(db *store.DB, log *slog.Logger) *App {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &App{db: db, log: log, taxTTL: 2 * time.Second, nowFunc: time.Now, idSuffix: randomSuffix,
		reports: newReportCache(), persons: newPersonCache(personCacheSize)}
	a.acc = newAccounts(AccountsConfig{}, a.now)
	return a
}

// DB exposes the store to the CLI for administrative work (migrations).
func (a *App) DB() *store.DB { return a.db }

// Taxonomy returns the sphere taxonomy: the built-in spheres plus those added
// at run time. It is cached briefly, so that other processes' additions show
// up within seconds without a query per validation.
func (a *App) Taxonomy(ctx context.Context) (*model.Taxonomy, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.tax != nil && a.nowFunc().Sub(a.taxAt) < a.taxTTL {
		return a.tax, nil
	}
	custom, err := a.db.CustomSpheres(ctx)
	if err != nil {
		return nil, fmt.Errorf("load spheres: %w", err)
	}
	a.tax = model.NewTaxonomy(custom...)
	a.taxAt = a.nowFunc()
	return a.tax, nil
}

// AddSphere adds a sub-sphere under a top-level sphere (an admin action).
func (a *App) AddSphere(ctx context.Context, s model.Sphere) (model.Sphere, error) {
	s.Slug = strings.TrimSpace(s.Slug)
	s.Labels = trimText(s.Labels)
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return s, err
	}
	if err := tax.ValidateNewSphere(s); err != nil {
		return s, err
	}
	s.Parent = model.TopSphere(s.Slug)
	s.Custom = true
	if err := a.db.InTx(ctx, func(tx *store.Tx) error { return tx.AddSphere(ctx, s) }); err != nil {
		return s, err
	}
	a.mu.Lock()
	a.tax = nil // reload on next use
	a.mu.Unlock()
	return s, nil
}

func trimText(t model.Text) model.Text {
	out := model.Text{}
	for k, v := range t {
		if v = strings.TrimSpace(v); v != "" {
			out[k] = v
		}
	}
	return out
}

func randomSuffix() string {
	var b [5]byte
	_, _ = rand.Read(b[:])
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}
