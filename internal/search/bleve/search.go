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

// facetSize bounds the values returned per facet; the sphere facet holds
// both top-level and sub-sphere slugs, so it needs room.
const facetSize = 100

// Search implements search.Index.
func (x *Index) Search(ctx context.Context, q search.Query) (search.Result, error) {
	must := filters(q)
	textMust, should, mustNot := x.textQuery(q.Text)
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
		req.SortBy([]string{"-_score", "_id"})
	}
	if q.Facets {
		for name, field := range facetFields {
			req.AddFacet(name, blevesearch.NewFacetRequest(field, facetSize))
		}
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
		res.Facets = map[string][]search.FacetCount{}
		for name, fr := range sr.Facets {
			counts := []search.FacetCount{}
			if fr.Terms != nil {
				for _, t := range fr.Terms.Terms() {
					counts = append(counts, search.FacetCount{Value: t.Term, Count: t.Count})
				}
			}
			res.Facets[name] = counts
		}
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
	req.Fields = storedFields()
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

func storedFields() []string {
	out := make([]string, len(textFields))
	for i, f := range textFields {
		out[i] = f.name
	}
	return out
}
