package bleve

import (
	"strings"

	bsearch "github.com/blevesearch/bleve/v2/search"

	"talentbridge/internal/search"
)

// facetField holds every facet value of a document as "facet:value"
// (search.Facet* names hold no colon). Counting one field visits each
// matching document's doc values once, not once per facet: on a broad query
// that visit is most of the cost of facets.
const facetField = "f.facets"

// Facet sizes: facetSize bounds the values returned per facet (the sphere
// facet holds both top-level and sub-sphere slugs, so it needs room);
// maxFacetTerms bounds the values counted in all, far above what the
// taxonomy, the cities, the organisations, languages and formats give.
const (
	facetSize     = 100
	maxFacetTerms = 20000
)

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

// splitFacets turns the counts of facetField into counts per facet, most
// frequent first, every facet present even when empty.
func splitFacets(fr *bsearch.FacetResult) map[string][]search.FacetCount {
	out := make(map[string][]search.FacetCount, len(search.Facets))
	for _, name := range search.Facets {
		out[name] = []search.FacetCount{}
	}
	if fr == nil || fr.Terms == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		name, value, ok := strings.Cut(t.Term, ":")
		if counts, known := out[name]; ok && known && len(counts) < facetSize {
			out[name] = append(counts, search.FacetCount{Value: value, Count: t.Count})
		}
	}
	return out
}
