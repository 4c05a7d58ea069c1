package bleve

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"talentbridge/internal/search"
)

// xidBoost puts a record whose id is the query above any text match.
const xidBoost = 20

// Search implements search.ProgrammeIndex: the text is turned into clauses
// exactly as for experts (Index.textQuery), the filters into keyword terms.
// With words the hits are ranked by BM25, ties by id; without, by id.
func (p *ProgrammeIndex) Search(ctx context.Context, q search.ProgrammeQuery) (search.ProgrammeResult, error) {
	x := p.x
	ex, done, err := x.expander(ctx)
	if err != nil {
		return search.ProgrammeResult{}, err
	}
	defer done()
	must := programmeFilters(q)
	textMust, should, mustNot := x.textQuery(q.Text, ex)
	must = append(must, textMust...)
	if xid := strings.TrimSpace(q.Text); xid != "" && !strings.ContainsFunc(xid, unicode.IsSpace) {
		// A record's id, pasted whole, finds the record first.
		should = disjunction(slices.DeleteFunc([]query.Query{should, term(kwXID, xid, xidBoost)},
			func(q query.Query) bool { return q == nil })...)
	}
	if pq := search.Parse(q.Text); len(pq.Words)+len(pq.Phrases) > 0 && len(textMust) == 0 && should == nil {
		// Only stop words or punctuation: nothing can match.
		return search.ProgrammeResult{Hits: []search.ProgrammeHit{}}, nil
	}
	ranked := should != nil || len(textMust) > 0
	if len(textMust) == 0 && should != nil {
		must = append(must, should)
		should = nil
	}
	if len(must) == 0 {
		must = append(must, query.NewMatchAllQuery())
	}
	bq := query.NewBooleanQuery(must, nil, mustNot)
	if should != nil {
		bq.AddShould(should)
		bq.SetMinShould(0)
	}
	from, size := q.Window()
	req := blevesearch.NewSearchRequestOptions(bq, size, from, false)
	if ranked {
		req.SortBy([]string{"-_score", sortID})
	} else {
		req.SortBy([]string{sortID})
	}
	sr, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return search.ProgrammeResult{}, fmt.Errorf("search programme: %w", err)
	}
	res := search.ProgrammeResult{Total: int(sr.Total), Hits: make([]search.ProgrammeHit, 0, len(sr.Hits))}
	for _, dm := range sr.Hits {
		id, err := strconv.ParseInt(dm.ID, 10, 64)
		if err != nil {
			return search.ProgrammeResult{}, fmt.Errorf("search programme: bad document id %q: %w", dm.ID, err)
		}
		res.Hits = append(res.Hits, search.ProgrammeHit{ID: id, Score: dm.Score})
	}
	return res, nil
}

// programmeFilters returns the filters of q, all of which must hold. They
// read as the store's ProgrammeFilter does.
func programmeFilters(q search.ProgrammeQuery) []query.Query {
	var out []query.Query
	for _, f := range []struct{ field, value string }{
		{kwKind, q.Kind}, {kwStatus, q.Status}, {kwCity, q.City}, {kwOrg, q.Org}, {kwExpert, q.Expert},
		// The index holds every sphere with its top-level sphere, so one
		// term serves a top-level slug (any sub-sphere) and a full one.
		{kwSphere, q.Sphere},
	} {
		if f.value != "" {
			out = append(out, term(f.field, f.value, 1))
		}
	}
	if q.From != "" || q.Until != "" {
		out = append(out, term(kwDated, "1", 1))
	}
	// Open ends are indexed as openStart and openEnd, before and after
	// every date, so they pass these tests as the store's '' does.
	if q.From != "" {
		out = append(out, dateRange(kwEnd, q.From, ""))
	}
	if q.Until != "" {
		out = append(out, dateRange(kwStart, "", q.Until))
	}
	return out
}

// dateRange matches the dates of a keyword field from lo to hi,
// inclusive; an empty bound is open.
func dateRange(field, lo, hi string) query.Query {
	yes := true
	q := query.NewTermRangeInclusiveQuery(lo, hi, &yes, &yes)
	q.SetField(field)
	return q
}
