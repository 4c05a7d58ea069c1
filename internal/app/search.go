package app

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search"
	"talentbridge/internal/translit"
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

// audience maps a caller to what the search layer may show them: the
// visibilities they see everywhere, and the profiles they look after.
func audience(c policy.Caller) (search.Audience, search.Scope) {
	switch {
	case c.Role == policy.RoleAdmin:
		return search.AudienceAdmin, search.Scope{}
	case c.Authenticated():
		r := policy.ListReach(c)
		return search.AudienceRegistered, search.Scope{City: r.City, Orgs: r.OrgIDs, Partner: r.Partner, Expert: r.ExpertID}
	}
	return search.AudiencePublic, search.Scope{}
}

// SearchExperts runs a free-text search with filters and facets. The index
// enforces profile visibility for the caller's audience; each hit is then
// loaded from the database and passed through the policy, field by field.
func (a *App) SearchExperts(ctx context.Context, c policy.Caller, q search.Query) (*SearchResult, error) {
	return a.searchExperts(ctx, c, q, true)
}

// SearchTopics is SearchExperts for text that names topics and never a
// person, such as a profile's keywords when looking for similar experts: it
// skips the re-ranking by names, which would read and compare a first page
// of nameRerankDepth profiles for nothing.
func (a *App) SearchTopics(ctx context.Context, c policy.Caller, q search.Query) (*SearchResult, error) {
	return a.searchExperts(ctx, c, q, false)
}

func (a *App) searchExperts(ctx context.Context, c policy.Caller, q search.Query, names bool) (*SearchResult, error) {
	if a.ix == nil {
		return nil, fmt.Errorf("search: no index attached")
	}
	q.Audience, q.Scope = audience(c)
	_, want := q.Window()
	rerank := names && q.Sort == search.SortRelevance && q.Page <= 1 && strings.TrimSpace(q.Text) != ""
	// A re-ranked first page is picked from more hits than it shows: the
	// index leaves out their snippets, asked afterwards for the page only.
	deep := rerank && want < nameRerankDepth
	snippets := deep && !q.NoSnippets
	if deep {
		q.PerPage = nameRerankDepth
		q.NoSnippets = true
	}
	res, err := a.ix.idx.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*model.Expert, len(res.Hits))
	if rerank {
		res.Hits, err = a.rerankNamesInto(ctx, q.Text, res.Hits, want, byID)
		if err != nil {
			return nil, err
		}
	}
	var ids, missing []int64
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
		if byID[h.ID] == nil {
			missing = append(missing, h.ID)
		}
	}
	if snippets && len(ids) > 0 {
		snips, err := a.ix.idx.Snippets(ctx, q, ids)
		if err != nil {
			return nil, err
		}
		for i := range res.Hits {
			res.Hits[i].Snippets = snips[res.Hits[i].ID]
		}
	}
	if len(missing) > 0 {
		experts, err := a.db.GetExperts(ctx, missing)
		if err != nil {
			return nil, err
		}
		for _, e := range experts {
			byID[e.ID] = e
		}
	}
	out := &SearchResult{Total: res.Total, Facets: res.Facets}
	var shown []*model.Expert
	for _, h := range res.Hits {
		e, ok := policy.ExpertView(c, byID[h.ID])
		if !ok {
			continue // deleted since, or hidden: never shown
		}
		shown = append(shown, byID[h.ID])
		out.Hits = append(out.Hits, SearchHit{Expert: e, Score: h.Score, Snippets: visibleSnippets(e, h.Snippets)})
	}
	if err := a.recordDisclosures(ctx, c, shown, "search"); err != nil {
		return nil, err
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

// nameRerankDepth is how many hits of a first page are checked against the
// query as a person's name.
const nameRerankDepth = 50

// rerankNames puts first, best first, the hits whose name the query names
// (in any script, order or spelling, or by initials: translit.Person.Match),
// keeping the index's order among the rest, and returns the first want.
// BM25 over name aliases finds the person; it cannot tell that "I. P.
// Nikolaev" names Николаев Игорь Петрович rather than someone whose alias
// merely contains "i".
func (a *App) rerankNames(ctx context.Context, query string, hits []search.Hit, want int) ([]search.Hit, error) {
	return a.rerankNamesInto(ctx, query, hits, want, nil)
}

// rerankNamesInto is rerankNames that also puts the experts it reads in
// loaded (when not nil), for the caller to show without reading them again.
func (a *App) rerankNamesInto(ctx context.Context, query string, hits []search.Hit, want int, loaded map[int64]*model.Expert) ([]search.Hit, error) {
	pq := translit.ParseQuery(query)
	if len(hits) > 1 && pq.MayName() {
		score, err := a.nameScores(ctx, pq, hits, loaded)
		if err != nil {
			return nil, err
		}
		sort.SliceStable(hits, func(i, j int) bool { return score[hits[i].ID] > score[hits[j].ID] })
	}
	return hits[:min(want, len(hits))], nil
}

// nameScores scores each hit's name against the query. Names parsed before
// come from the cache when the expert's version shows it unchanged; only
// the others are read (into loaded, when not nil) and parsed.
func (a *App) nameScores(ctx context.Context, pq translit.Query, hits []search.Hit, loaded map[int64]*model.Expert) (map[int64]float64, error) {
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	versions, err := a.db.ExpertVersions(ctx, ids)
	if err != nil {
		return nil, err
	}
	persons := make(map[int64]*translit.Person, len(ids))
	var read []int64
	for _, id := range ids {
		v, ok := versions[id]
		if !ok {
			continue // deleted since the index saw it
		}
		if p, ok := a.persons.get(id, v); ok {
			persons[id] = p
		} else {
			read = append(read, id)
		}
	}
	if len(read) > 0 {
		experts, err := a.db.GetExperts(ctx, read)
		if err != nil {
			return nil, err
		}
		for _, e := range experts {
			if loaded != nil {
				loaded[e.ID] = e
			}
			persons[e.ID] = a.persons.person(e)
		}
	}
	score := make(map[int64]float64, len(persons))
	for id, p := range persons {
		if s, ok := p.Match(pq); ok {
			score[id] = s
		}
	}
	return score, nil
}
