package bleve

import (
	"cmp"
	"context"
	"slices"
	"strings"

	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"talentbridge/internal/search"
)

// facetField holds every facet value of a document as "facet:value"
// (search.Facet* names hold no colon). Counting one field visits each
// matching document's doc values once, not once per facet: on a broad query
// that visit is most of the cost of facets.
const facetField = "f.facets"

// facetSize bounds the values returned per facet (the sphere facet holds
// both top-level and sub-sphere slugs, so it needs room).
const facetSize = 100

// facetTerms lists a document's facet values.
func facetTerms(d *search.Doc) []string {
	var out []string
	add := func(name string, values ...string) {
		for _, v := range values {
			if v != "" {
				out = append(out, name+":"+v)
			}
		}
	}
	add(search.FacetSphere, d.Spheres...)
	add(search.FacetCity, d.City)
	add(search.FacetOrg, d.Org)
	add(search.FacetLanguage, d.Languages...)
	add(search.FacetFormat, d.Formats...)
	return out
}

// countFacets counts the facet values of the documents q matches. It walks
// the matches once more, unscored (so Bleve can merge the postings of the
// query's terms as bitmaps), and reads facetField's doc values itself:
// Bleve's own term facet copies every value of every matching document
// into a new string to count it, which on a broad query cost more than
// the search.
func (x *Index) countFacets(ctx context.Context, q query.Query) (map[string][]search.FacetCount, error) {
	ii, err := x.idx.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := ii.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	s, err := q.Searcher(ctx, r, x.idx.Mapping(), bsearch.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	dvr, err := r.DocValueReader([]string{facetField})
	if err != nil {
		return nil, err
	}
	sctx := &bsearch.SearchContext{DocumentMatchPool: bsearch.NewDocumentMatchPool(s.DocumentMatchPoolSize()+1, 0), IndexReader: r}
	counts := map[string]*int{}
	visit := func(_ string, term []byte) {
		if n := counts[string(term)]; n != nil {
			*n++
			return
		}
		n := 1
		counts[string(term)] = &n
	}
	for i := 0; ; i++ {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		dm, err := s.Next(sctx)
		if err != nil {
			return nil, err
		}
		if dm == nil {
			break
		}
		if err := dvr.VisitDocValues(dm.IndexInternalID, visit); err != nil {
			return nil, err
		}
		sctx.DocumentMatchPool.Put(dm)
	}
	return splitFacets(counts), nil
}

// splitFacets turns the counts of facetField's values into counts per
// facet, most frequent first (then by value), every facet present even when
// empty.
func splitFacets(counts map[string]*int) map[string][]search.FacetCount {
	out := make(map[string][]search.FacetCount, len(search.Facets))
	for _, name := range search.Facets {
		out[name] = []search.FacetCount{}
	}
	for term, n := range counts {
		name, value, ok := strings.Cut(term, ":")
		if _, known := out[name]; ok && known {
			out[name] = append(out[name], search.FacetCount{Value: value, Count: *n})
		}
	}
	for name, fc := range out {
		slices.SortFunc(fc, func(a, b search.FacetCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Value, b.Value))
		})
		out[name] = fc[:min(len(fc), facetSize)]
	}
	return out
}
