package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"talentbridge/internal/app"
)

// maxQueryLen bounds the search text taken from a URL, in bytes.
const maxQueryLen = 500

// maxPage is the last results page offered: deeper pages cost the index
// more than any reader gains from them.
const maxPage = 500

// filter is one kind of search filter: its URL parameter and the facet of
// the index that counts it.
type filter struct {
	param, facet, legendKey string
}

// filters lists the search filters in the order the page shows them.
func filters() []filter {
	return []filter{
		{"sphere", app.FacetSphere, "web.facet.sphere"},
		{"city", app.FacetCity, "web.facet.city"},
		{"org", app.FacetOrg, "web.facet.org"},
		{"lang", app.FacetLanguage, "web.facet.language"},
		{"format", app.FacetFormat, "web.facet.format"},
	}
}

// searchParams is a results page's address, read leniently: a value that
// makes no sense is dropped rather than refused, since people edit URLs.
type searchParams struct {
	Q       string
	Sort    string // "relevance" or "name"
	Page    int
	Filters map[string][]string // by URL parameter
}

func readSearchParams(v url.Values) searchParams {
	p := searchParams{Q: strings.TrimSpace(v.Get("q")), Sort: "relevance", Page: 1, Filters: map[string][]string{}}
	if len(p.Q) > maxQueryLen {
		p.Q = strings.ToValidUTF8(p.Q[:maxQueryLen], "")
	}
	if v.Get("sort") == "name" {
		p.Sort = "name"
	}
	if n, err := strconv.Atoi(v.Get("page")); err == nil && n > 1 {
		p.Page = min(n, maxPage)
	}
	for _, f := range filters() {
		var vals []string
		for _, s := range v[f.param] {
			if s = strings.TrimSpace(s); s != "" && len(s) <= 100 && !slices.Contains(vals, s) {
				vals = append(vals, s)
			}
		}
		if len(vals) > 0 {
			p.Filters[f.param] = vals
		}
	}
	return p
}

// values encodes the parameters back, without the page (page 1).
func (p searchParams) values() url.Values {
	v := url.Values{}
	if p.Q != "" {
		v.Set("q", p.Q)
	}
	if p.Sort != "relevance" {
		v.Set("sort", p.Sort)
	}
	for _, f := range filters() {
		if vals := p.Filters[f.param]; len(vals) > 0 {
			v[f.param] = slices.Clone(vals)
		}
	}
	return v
}

// url returns the results address of these parameters on page n.
func (p searchParams) url(n int) string {
	v := p.values()
	if n > 1 {
		v.Set("page", strconv.Itoa(n))
	}
	if len(v) == 0 {
		return "/experts"
	}
	return "/experts?" + v.Encode()
}

// without returns the address with one filter value removed.
func (p searchParams) without(param, value string) string {
	q := p
	q.Filters = map[string][]string{}
	for k, vals := range p.Filters {
		for _, s := range vals {
			if k != param || s != value {
				q.Filters[k] = append(q.Filters[k], s)
			}
		}
	}
	return q.url(1)
}

// query is the search these parameters ask for.
func (p searchParams) query(lang string, perPage int) app.SearchQuery {
	q := app.SearchQuery{
		Text: p.Q, Facets: true, Page: p.Page, PerPage: perPage, Lang: lang,
		Spheres: p.Filters["sphere"], Cities: p.Filters["city"], Orgs: p.Filters["org"],
		Languages: p.Filters["lang"], Formats: p.Filters["format"],
	}
	if p.Sort == "name" {
		q.Sort = app.SortName
	}
	return q
}
