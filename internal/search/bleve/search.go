package bleve

import (
	"context"
	"fmt"
	"strconv"

	blevesearch "github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"talentbridge/internal/search"
)

// Search implements search.Index.
func (x *Index) Search(ctx context.Context, q search.Query) (search.Result, error) {
	ex, done, err := x.expander(ctx)
	if err != nil {
		return search.Result{}, err
	}
	defer done()
	must := filters(q)
	textMust, should, mustNot := x.textQuery(q.Text, ex)
	must = append(must, textMust...)
	if p := search.Parse(q.Text); len(p.Words)+len(p.Phrases) > 0 && len(textMust) == 0 && should == nil {
		// The text had only stop words or punctuation: nothing can match.
		return search.Result{Hits: []search.Hit{}}, nil
	}
	if len(textMust) == 0 && should != nil {
		// Words alone: at least one must match.
		must = append(must, should)
		should = nil
	}
	bq := query.NewBooleanQuery(must, nil, mustNot)
	if should != nil {
		bq.AddShould(should)
		bq.SetMinShould(0)
	}

	from, size := q.Window()
	req := blevesearch.NewSearchRequestOptions(bq, size, from, false)
	if q.Sort == search.SortName {
		req.SortBy([]string{sortField(q.Lang), "_id"})
	} else {
		// Ties keep the index's own order: sorting them by id would load
		// the id of every matching document, not just the page's.
		req.SortBy([]string{"-_score"})
	}
	if q.Facets {
		req.AddFacet(facetField, blevesearch.NewFacetRequest(facetField, maxFacetTerms))
	}
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return search.Result{}, fmt.Errorf("search: %w", err)
	}

	located, err := x.locate(ctx, bq, sr.Hits)
	if err != nil {
		return search.Result{}, err
	}
	res := search.Result{Total: int(sr.Total), Hits: make([]search.Hit, 0, len(sr.Hits))}
	for _, dm := range sr.Hits {
		id, err := strconv.ParseInt(dm.ID, 10, 64)
		if err != nil {
			return search.Result{}, fmt.Errorf("search: bad document id %q: %w", dm.ID, err)
		}
		res.Hits = append(res.Hits, search.Hit{ID: id, Score: dm.Score, Snippets: snippets(located[dm.ID])})
	}
	if q.Facets {
		res.Facets = splitFacets(sr.Facets[facetField])
	}
	return res, nil
}

// locate runs the query again on the page's hits only, asking for match
// locations and stored text for the snippets. Locations are costly: asked in
// the first pass, Bleve would decode them for every matching document, not
// just the page (three times slower on a broad query).
func (x *Index) locate(ctx context.Context, q query.Query, hits []*bsearch.DocumentMatch) (map[string]*bsearch.DocumentMatch, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := blevesearch.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(ids), q}), len(ids), 0, false)
	req.IncludeLocations = true
	req.Fields = []string{srcField}
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: snippets: %w", err)
	}
	out := make(map[string]*bsearch.DocumentMatch, len(sr.Hits))
	for _, dm := range sr.Hits {
		out[dm.ID] = dm
	}
	return out, nil
}

// expander opens a snapshot of the index for widening rare words; done
// releases it.
func (x *Index) expander(ctx context.Context) (*expander, func(), error) {
	ii, err := x.idx.Advanced()
	if err != nil {
		return nil, nil, fmt.Errorf("search: %w", err)
	}
	r, err := ii.Reader()
	if err != nil {
		return nil, nil, fmt.Errorf("search: %w", err)
	}
	return &expander{ctx: ctx, r: r}, func() { _ = r.Close() }, nil
}
