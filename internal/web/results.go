package web

import (
	"context"
	"net/http"
	"slices"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// perPage is how many experts a results page lists.
const perPage = 20

// maxFacetValues is how many values of one facet the page offers, the most
// frequent first (sub-spheres of a chosen sphere and chosen values come on
// top): a hundred organisations would bury the results on a phone.
const maxFacetValues = 12

// resultsData is what the results page shows.
type resultsData struct {
	Params  searchParams
	Total   int
	Hits    []card
	Facets  []facetGroup
	Active  []activeFilter
	Hidden  []hiddenField // the filters, carried by the search form
	Pager   pager
	NoIndex bool // free-text search is unavailable; a plain list is shown
}

// facetGroup is one kind of filter with the values found and their counts.
type facetGroup struct {
	Param, Legend string
	Values        []facetValue
}

// facetValue is one checkbox of a facet.
type facetValue struct {
	ID, Value, Label, LabelLang string
	Count                       int
	Checked, Sub                bool
}

// activeFilter is a chosen filter value with the address that drops it.
type activeFilter struct {
	Label, RemoveURL string
}

type hiddenField struct{ Name, Value string }

// results serves GET /experts: a free-text search with facets, or without
// text the profiles matching the filters.
func (h *handler) results(w http.ResponseWriter, r *http.Request, rq *request) error {
	p := readSearchParams(r.URL.Query())
	var data resultsData
	var err error
	if h.app.HasIndex() {
		data, err = h.search(r.Context(), rq, p)
	} else {
		data, err = h.list(r, rq, p)
	}
	if err != nil {
		return err
	}
	title := h.tr.T(rq.lang, "web.results.title", nil)
	if p.Q != "" {
		title = h.tr.T(rq.lang, "web.results.title_q", map[string]any{"q": p.Q})
	}
	return h.render(w, r, rq, http.StatusOK, "results", title, data)
}

func (h *handler) search(ctx context.Context, rq *request, p searchParams) (resultsData, error) {
	res, err := h.app.SearchExperts(ctx, rq.caller, p.query(rq.lang, perPage))
	if err != nil {
		return resultsData{}, err
	}
	data := resultsData{Params: p, Total: res.Total, Hits: make([]card, 0, len(res.Hits))}
	for _, hit := range res.Hits {
		data.Hits = append(data.Hits, hitCard(hit, rq.lang))
	}
	labels, err := h.facetLabeler(ctx, rq.lang)
	if err != nil {
		return data, err
	}
	for _, f := range filters() {
		g := facetGroup{Param: f.param, Legend: f.legendKey}
		g.Values = facetValues(f, res.Facets[f.facet], p.Filters[f.param], labels)
		if len(g.Values) > 0 {
			data.Facets = append(data.Facets, g)
		}
		for _, v := range p.Filters[f.param] {
			text, _ := labels(f.param, v)
			data.Active = append(data.Active, activeFilter{Label: text, RemoveURL: p.without(f.param, v)})
			data.Hidden = append(data.Hidden, hiddenField{f.param, v})
		}
	}
	data.Pager = newPager(p, res.Total)
	return data, nil
}

// facetValues orders a facet's checkboxes: the counted values, with the
// sub-spheres of a chosen sphere right under it, and any chosen value the
// index no longer counts (so that it can still be unticked).
func facetValues(f filter, counts []app.FacetCount, chosen []string, label labeler) []facetValue {
	count := map[string]int{}
	var order []string
	for _, c := range counts {
		count[c.Value] = c.Count
		order = append(order, c.Value)
	}
	for _, v := range chosen {
		if _, ok := count[v]; !ok {
			order = append(order, v)
		}
	}
	mk := func(v string, sub bool) facetValue {
		text, lang := label(f.param, v)
		return facetValue{ID: "f-" + f.param + "-" + v, Value: v, Label: text, LabelLang: lang,
			Count: count[v], Checked: slices.Contains(chosen, v), Sub: sub}
	}
	var out []facetValue
	shown := 0
	for _, v := range order {
		if f.param == "sphere" && model.TopSphere(v) != v {
			continue // placed under its top-level sphere below
		}
		if shown == maxFacetValues && !slices.Contains(chosen, v) {
			continue // the long tail: reachable by narrowing the search
		}
		shown++
		out = append(out, mk(v, false))
		if f.param != "sphere" || !slices.Contains(chosen, v) && !hasChosenChild(chosen, v) {
			continue
		}
		for _, s := range order {
			if s != v && model.TopSphere(s) == v {
				out = append(out, mk(s, true))
			}
		}
	}
	return out
}

func hasChosenChild(chosen []string, top string) bool {
	for _, c := range chosen {
		if c != top && model.TopSphere(c) == top {
			return true
		}
	}
	return false
}

// labeler names a filter value for the reader, with the language of the
// name when it differs from the reader's (an organisation known only in
// Chinese).
type labeler func(param, value string) (text, lang string)

func (h *handler) facetLabeler(ctx context.Context, lang string) (labeler, error) {
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	return func(param, value string) (string, string) {
		switch param {
		case "sphere":
			return tax.Label(value, lang), lang
		case "city":
			return h.tr.T(lang, "web.city."+value, nil), lang
		case "lang":
			return languageName(lang, value), lang
		case "format":
			return h.tr.T(lang, "web.format."+value, nil), lang
		case "org":
			if o, err := h.app.OrganizationByExternalID(ctx, value); err == nil {
				t := pickText(o.Name, lang)
				return t.Text, t.Lang
			}
		}
		return value, ""
	}, nil
}

// list is the results page without a search index: the profiles matching
// the first value of each filter, in registry order, page by page.
func (h *handler) list(r *http.Request, rq *request, p searchParams) (resultsData, error) {
	first := func(k string) string {
		if v := p.Filters[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	f := app.ExpertFilter{City: first("city"), Sphere: first("sphere"), OrgID: first("org"),
		Visibilities: policy.ListableVisibilities(rq.caller)}
	if f.Sphere != "" {
		tax, err := h.app.Taxonomy(r.Context())
		if err != nil {
			return resultsData{}, err
		}
		if !tax.Has(f.Sphere) {
			f.Sphere = ""
		}
	}
	pg, err := h.app.Experts(r.Context(), f, after, perPage)
	if err != nil {
		return resultsData{}, err
	}
	data := resultsData{Params: p, Total: pg.Total, NoIndex: true}
	for _, e := range pg.Items {
		if v, ok := policy.ExpertView(rq.caller, e); ok {
			data.Hits = append(data.Hits, newCard(v, rq.lang))
		}
	}
	if pg.Next != 0 {
		v := p.values()
		v.Set("after", strconv.FormatInt(pg.Next, 10))
		data.Pager.Next = "/experts?" + v.Encode()
	}
	return data, nil
}
