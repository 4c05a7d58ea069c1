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
	bq := x.query(q, ex)
	if bq == nil {
		// The text had only stop words or punctuation: nothing can match.
		return search.Result{Hits: []search.Hit{}}, nil
	}

	from, size := q.Window()
	req := blevesearch.NewSearchRequestOptions(bq, size, from, false)
	if q.Sort == search.SortName {
		req.SortBy([]string{sortField(q.Lang), "_id"})
		// The order is by name: scores would be computed for nothing.
		req.Score = blevesearch.ScoreNone
	} else {
		// Ties keep the index's own order: sorting them by id would load
		// the id of every matching document, not just the page's.
		req.SortBy([]string{"-_score"})
	}
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return search.Result{}, fmt.Errorf("search: %w", err)
	}

	var located map[string]*bsearch.DocumentMatch
	if !q.NoSnippets {
		ids := make([]string, len(sr.Hits))
		for i, h := range sr.Hits {
			ids[i] = h.ID
		}
		if located, err = x.locate(ctx, bq, ids); err != nil {
			return search.Result{}, err
		}
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
		if res.Facets, err = x.countFacets(ctx, bq); err != nil {
			return search.Result{}, fmt.Errorf("search: facets: %w", err)
		}
	}
	return res, nil
}

// Snippets implements search.Index.
func (x *Index) Snippets(ctx context.Context, q search.Query, ids []int64) (map[int64]map[string][]string, error) {
	if len(ids) == 0 {
		return map[int64]map[string][]string{}, nil
	}
	ex, done, err := x.expander(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	out := make(map[int64]map[string][]string, len(ids))
	bq := x.query(q, ex)
	if bq == nil {
		return out, nil
	}
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = docID(id)
	}
	located, err := x.locate(ctx, bq, keys)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if s := snippets(located[keys[i]]); s != nil {
			out[id] = s
		}
	}
	return out, nil
}

// query builds the Bleve query of q: its filters and its text. It returns
// nil when the text had words but nothing searchable in them.
func (x *Index) query(q search.Query, ex *expander) query.Query {
	must, should, mustNot := x.textQuery(q.Text, ex)
	if p := search.Parse(q.Text); len(p.Words)+len(p.Phrases) > 0 && len(must) == 0 && should == nil {
		return nil
	}
	if len(must) == 0 && should != nil {
		// Words alone: at least one must match.
		must = append(must, should)
		should = nil
	}
	bq := query.NewBooleanQuery(nil, nil, mustNot)
	if len(must) == 0 && should == nil {
		// No words: the filters alone select. As the query's clauses their
		// postings are intersected; as the filter of an empty query, Bleve
		// would step a match-all searcher through every document (a
		// sphere-and-city listing of 100,000 experts: 15 ms).
		bq.Must = conjunction(filters(q)...)
		return bq
	}
	if len(must) > 0 {
		// One clause (the usual words alone) is not wrapped in a
		// conjunction of one, which would cost a step per match.
		bq.Must = conjunction(must...)
	}
	if should != nil {
		bq.AddShould(should)
		bq.SetMinShould(0)
	}
	// Visibility and facet filters only select: as a filter they are not
	// scored, and Bleve checks them with bitmaps of their terms' postings
	// rather than stepping a scored searcher through every match.
	bq.AddFilter(conjunction(filters(q)...))
	return bq
}

// locate runs the query again on the given hits only, asking for match
// locations and stored text for the snippets. Locations are costly: asked in
// the first pass, Bleve would decode them for every matching document, not
// just the page (three times slower on a broad query).
func (x *Index) locate(ctx context.Context, q query.Query, ids []string) (map[string]*bsearch.DocumentMatch, error) {
	if len(ids) == 0 {
		return nil, nil
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
