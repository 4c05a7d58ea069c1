// Package search declares the expert search index: a derived cache of the
// database that answers free-text queries with ranked expert ids, snippets and
// facets. Backends live in sub-packages (bleve/); searchtest/ holds the suite
// every backend must pass.
//
// The index never holds private contact data (e-mail, phone) and enforces
// profile visibility itself: a profile the caller may not see is never
// matched, counted in a facet or quoted in a snippet.
package search

import "context"

// MappingVersion changes whenever the indexed fields or their analysis
// change. An index built with another version is rebuilt from the database.
const MappingVersion = 5

// Index is a search backend.
type Index interface {
	// Index adds or replaces documents, by ID.
	Index(ctx context.Context, docs ...Doc) error
	// Delete removes documents; unknown ids are ignored.
	Delete(ctx context.Context, ids ...int64) error
	// Search runs a query.
	Search(ctx context.Context, q Query) (Result, error)
	// Snippets returns the snippets Search would give the hits ids of q
	// (by id; a hit without any is absent), for a caller that searched
	// with Query.NoSnippets and then picked the hits it shows.
	Snippets(ctx context.Context, q Query, ids []int64) (map[int64]map[string][]string, error)
	// LastSeq returns the sequence number of the last change-log entry
	// applied to the index (0 for a new index), persisted with the index.
	LastSeq(ctx context.Context) (int64, error)
	// SetLastSeq records the last applied change-log entry.
	SetLastSeq(ctx context.Context, seq int64) error
	// NeedsRebuild reports that the index was created empty by this process,
	// new or because its stored mapping version differed from
	// MappingVersion: the caller must index every expert from the database.
	NeedsRebuild() bool
	// Close releases the index.
	Close() error
}

// Audience is the access level of whoever searches.
type Audience uint8

// Audiences, least privileged first.
const (
	AudiencePublic      Audience = iota // anonymous visitors
	AudienceRegistered                  // signed-in users
	AudienceCoordinator                 // programme coordinators
	AudienceAdmin                       // administrators
)

// Visibilities returns the profile visibilities (model.Visibility*) the
// audience may see.
func (a Audience) Visibilities() []string {
	switch {
	case a >= AudienceCoordinator:
		return []string{"public", "registered", "coordinators"}
	case a == AudienceRegistered:
		return []string{"public", "registered"}
	}
	return []string{"public"}
}

// Scope names the profiles beyond its Audience's visibilities that a
// searcher sees: the "coordinators" profiles of City or of one of Orgs, of
// any city whose expert shared them with the partner city when Partner, and
// the searcher's own profile Expert whatever its visibility. The zero Scope
// adds nothing.
type Scope struct {
	City    string
	Orgs    []string
	Partner bool
	Expert  int64
}

// Sort orders the hits.
type Sort uint8

// Sort orders.
const (
	SortRelevance Sort = iota // best score first
	SortName                  // by display name in Query.Lang, then by id
)

// Facet names, also the keys of Result.Facets.
const (
	FacetSphere   = "sphere"   // both top-level slugs and full slugs
	FacetCity     = "city"     // model.City*
	FacetOrg      = "org"      // organisation external id
	FacetLanguage = "language" // spoken languages
	FacetFormat   = "format"   // availability formats
)

// Facets lists every facet name.
var Facets = []string{FacetSphere, FacetCity, FacetOrg, FacetLanguage, FacetFormat}

// Query is one search. Filters of one kind are alternatives (any of); filters
// of different kinds must all hold.
type Query struct {
	// Text is free text: words (any of them, ranked by BM25), "quoted
	// phrases" (required) and -exclusions. Empty text matches every
	// visible profile.
	Text     string
	Audience Audience
	// Scope adds the profiles the searcher looks after to what their
	// Audience sees.
	Scope Scope

	Spheres   []string // a top-level slug includes its sub-spheres
	Cities    []string
	Orgs      []string
	Languages []string
	Formats   []string

	Facets bool // compute facet counts
	// NoSnippets leaves Hit.Snippets empty: for a caller that fetches
	// more hits than it shows (to re-rank them) and asks Index.Snippets
	// for the ones it shows.
	NoSnippets bool

	Page    int // 1-based; 0 means 1
	PerPage int // 0 means DefaultPerPage; capped at MaxPerPage
	Sort    Sort
	Lang    string // language of the names for SortName (ru, zh, en)
}

// Paging limits.
const (
	DefaultPerPage = 20
	MaxPerPage     = 100
)

// Window returns the zero-based offset and the size of the requested page.
func (q Query) Window() (from, size int) {
	size = q.PerPage
	if size <= 0 {
		size = DefaultPerPage
	}
	size = min(size, MaxPerPage)
	page := max(q.Page, 1)
	return (page - 1) * size, size
}

// Result is one page of hits.
type Result struct {
	Total  int // matching visible profiles, all pages
	Hits   []Hit
	Facets map[string][]FacetCount // only when Query.Facets; by Facet* name
}

// Hit is one matching expert. The caller loads the record by ID.
type Hit struct {
	ID    int64
	Score float64
	// Snippets maps a field (FieldName, FieldBio, …) to fragments of its
	// text, HTML-escaped, with the matched words inside <mark></mark>.
	Snippets map[string][]string
}

// FacetCount is the number of matching profiles with one facet value.
type FacetCount struct {
	Value string
	Count int
}
