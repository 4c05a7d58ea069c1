package app

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search"
)

// SearchHit is one expert found, as the caller may see them.
type SearchHit struct {
	Expert   *model.Expert
	Score    float64
	Snippets map[string][]string
}

// SearchResult is one page of search hits.
type SearchResult struct {
	Total  int
	Hits   []SearchHit
	Facets map[string][]search.FacetCount
}

// audience maps a caller to what the search layer may show them.
func audience(c policy.Caller) search.Audience {
	if c.Role == policy.RoleAdmin {
		return search.AudienceAdmin
	}
	return search.AudiencePublic
}

// SearchExperts runs a free-text search with filters and facets. The index
// enforces profile visibility for the caller's audience; each hit is then
// loaded from the database and passed through the policy, field by field.
func (a *App) SearchExperts(ctx context.Context, c policy.Caller, q search.Query) (*SearchResult, error) {
	if a.ix == nil {
		return nil, fmt.Errorf("search: no index attached")
	}
	q.Audience = audience(c)
	res, err := a.ix.idx.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	experts, err := a.db.GetExperts(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*model.Expert, len(experts))
	for _, e := range experts {
		byID[e.ID] = e
	}
	out := &SearchResult{Total: res.Total, Facets: res.Facets}
	for _, h := range res.Hits {
		e, ok := policy.ExpertView(c, byID[h.ID])
		if !ok {
			continue // deleted since, or hidden: never shown
		}
		out.Hits = append(out.Hits, SearchHit{Expert: e, Score: h.Score, Snippets: h.Snippets})
	}
	return out, nil
}

// The search vocabulary, re-exported so that transports (api, web) speak to
// the app alone and never import the search package.
type (
	SearchQuery = search.Query
	FacetCount  = search.FacetCount
	SearchSort  = search.Sort
)

// Sort orders and facet names of SearchQuery.
const (
	SortRelevance = search.SortRelevance
	SortName      = search.SortName

	FacetSphere   = search.FacetSphere
	FacetCity     = search.FacetCity
	FacetOrg      = search.FacetOrg
	FacetLanguage = search.FacetLanguage
	FacetFormat   = search.FacetFormat

	DefaultPerPage = search.DefaultPerPage
	MaxPerPage     = search.MaxPerPage
)

// HasIndex reports whether free-text search is available.
func (a *App) HasIndex() bool { return a.ix != nil }
