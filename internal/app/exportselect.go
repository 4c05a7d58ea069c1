package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// MaxExportHits bounds the export of a search with free text. Such an
// export pages through the ranked hits, and each page deeper costs the
// index more than the one before; a list meant for people to read is far
// shorter. An export by filters alone has no bound: it reads the database.
const MaxExportHits = 10000

// exportBatch is how many profiles an export reads from the database at once.
const exportBatch = 500

// exportSelection yields the profiles of an export, not yet viewed through
// the policy: the whole list the caller may see, or a search result.
type exportSelection struct {
	a         *App
	c         policy.Caller
	q         *SearchQuery // nil for everything the caller may see
	truncated bool
}

// selectsAll reports whether a query asks for nothing in particular.
func selectsAll(q *SearchQuery) bool {
	return strings.TrimSpace(q.Text) == "" && len(q.Spheres)+len(q.Cities)+len(q.Orgs)+len(q.Languages)+len(q.Formats) == 0
}

// queryFilters lists the filters of a query for the audit log.
func queryFilters(q *SearchQuery) map[string][]string {
	out := map[string][]string{}
	for name, values := range map[string][]string{"sphere": q.Spheres, "city": q.Cities, "org": q.Orgs,
		"lang": q.Languages, "format": q.Formats} {
		if len(values) > 0 {
			out[name] = values
		}
	}
	return out
}

func (a *App) exportSelection(ctx context.Context, c policy.Caller, q *SearchQuery) (*exportSelection, error) {
	s := &exportSelection{a: a, c: c, q: q}
	if q != nil && strings.TrimSpace(q.Text) != "" && a.ix == nil {
		return nil, fmt.Errorf("export a search: no index attached")
	}
	return s, nil
}

func (s *exportSelection) each(ctx context.Context, fn func(*model.Expert) error) error {
	if s.q != nil && strings.TrimSpace(s.q.Text) != "" {
		return s.eachHit(ctx, fn)
	}
	return s.eachListed(ctx, fn)
}

// eachListed reads, in id order, the profiles the caller may list (the
// database filters by visibility and reach, as for the list of the API),
// keeping those that pass the query's filters.
func (s *exportSelection) eachListed(ctx context.Context, fn func(*model.Expert) error) error {
	f := listFilter(s.c, ExpertFilter{})
	q := s.q
	if q == nil {
		q = &SearchQuery{}
	}
	// The database narrows by one city, sphere or organisation; matches
	// decides every filter exactly.
	if len(q.Cities) == 1 {
		f.City = q.Cities[0]
	}
	if len(q.Spheres) == 1 {
		f.Sphere = q.Spheres[0]
	}
	if len(q.Orgs) == 1 {
		f.OrgID = q.Orgs[0]
	}
	var after int64
	for {
		batch, err := s.a.db.ListExperts(ctx, f, after, exportBatch)
		if err != nil {
			return err
		}
		for _, e := range batch {
			if !matches(q, e) {
				continue
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(batch) < exportBatch {
			return nil
		}
		after = batch[len(batch)-1].ID
	}
}

// matches applies the filters of a query as the search index does: values
// of one kind are alternatives, kinds must all hold, and a top-level sphere
// includes its sub-spheres.
func matches(q *SearchQuery, e *model.Expert) bool {
	if len(q.Cities) > 0 && !slices.Contains(q.Cities, e.City) {
		return false
	}
	if len(q.Orgs) > 0 && !slices.Contains(q.Orgs, e.OrgID) {
		return false
	}
	if len(q.Spheres) > 0 && !slices.ContainsFunc(e.Spheres, func(s string) bool {
		return slices.Contains(q.Spheres, s) || slices.Contains(q.Spheres, model.TopSphere(s))
	}) {
		return false
	}
	if len(q.Languages) > 0 && !slices.ContainsFunc(e.Languages, func(l string) bool { return slices.Contains(q.Languages, l) }) {
		return false
	}
	if len(q.Formats) > 0 {
		if e.Availability == nil || !slices.ContainsFunc(e.Availability.Formats, func(f string) bool {
			return slices.Contains(q.Formats, f)
		}) {
			return false
		}
	}
	return true
}

// eachHit pages through a search in the order the search shows it, the
// first page reranked by names as SearchExperts does, up to MaxExportHits.
func (s *exportSelection) eachHit(ctx context.Context, fn func(*model.Expert) error) error {
	q := *s.q
	q.Audience, q.Scope = audience(s.c)
	q.PerPage, q.Facets = MaxPerPage, false
	n := 0
	for page := 1; ; page++ {
		q.Page = page
		res, err := s.a.ix.idx.Search(ctx, q)
		if err != nil {
			return err
		}
		hits := res.Hits
		if page == 1 && q.Sort == SortRelevance {
			if hits, err = s.a.rerankNames(ctx, q.Text, hits, len(hits)); err != nil {
				return err
			}
		}
		ids := make([]int64, len(hits))
		for i, h := range hits {
			ids[i] = h.ID
		}
		experts, err := s.a.db.GetExperts(ctx, ids)
		if err != nil {
			return err
		}
		byID := make(map[int64]*model.Expert, len(experts))
		for _, e := range experts {
			byID[e.ID] = e
		}
		for _, h := range hits {
			e := byID[h.ID]
			if e == nil {
				continue // deleted since it was indexed
			}
			if n == MaxExportHits {
				s.truncated = true
				return nil
			}
			n++
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(res.Hits) < q.PerPage {
			return nil
		}
	}
}
