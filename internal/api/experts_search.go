package api

import (
	"net/http"
	"strconv"
	"strings"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// searchParams are the query parameters that turn the expert list into a
// search: ranked by relevance, paged by number, with facets on request.
var searchParams = []string{"q", "lang", "format", "facets", "page", "per_page", "sort"}

func isSearch(r *http.Request) bool {
	q := r.URL.Query()
	for _, p := range searchParams {
		if q.Has(p) {
			return true
		}
	}
	return false
}

// searchHitDoc is one hit: the expert as the caller may see them, the score
// and highlighted fragments (HTML-escaped, matches inside <mark>).
type searchHitDoc struct {
	expertDoc
	Score    float64             `json:"score"`
	Snippets map[string][]string `json:"snippets,omitempty"`
}

type searchBody struct {
	Items   []searchHitDoc        `json:"items"`
	Total   int                   `json:"total"`
	Page    int                   `json:"page"`
	PerPage int                   `json:"per_page"`
	Facets  map[string][]facetDoc `json:"facets,omitempty"`
}

// facetDoc is one facet value and how many hits have it.
type facetDoc struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

func facetDocs(in map[string][]app.FacetCount) map[string][]facetDoc {
	if in == nil {
		return nil
	}
	out := make(map[string][]facetDoc, len(in))
	for name, counts := range in {
		docs := make([]facetDoc, len(counts))
		for i, c := range counts {
			docs[i] = facetDoc{Value: c.Value, Count: c.Count}
		}
		out[name] = docs
	}
	return out
}

// searchExperts serves GET /api/v1/experts when a search parameter is given.
func (h *api) searchExperts(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if !h.app.HasIndex() {
		return errUnavailable
	}
	q, err := h.searchQuery(r)
	if err != nil {
		return err
	}
	res, err := h.app.SearchExperts(r.Context(), c, q)
	if err != nil {
		return err
	}
	_, perPage := q.Window()
	body := searchBody{Items: make([]searchHitDoc, 0, len(res.Hits)), Total: res.Total,
		Page: max(q.Page, 1), PerPage: perPage, Facets: facetDocs(res.Facets)}
	for _, hit := range res.Hits {
		body.Items = append(body.Items, searchHitDoc{expertDoc: newExpertDoc(hit.Expert), Score: hit.Score, Snippets: hit.Snippets})
	}
	return writeJSON(w, http.StatusOK, body)
}

// searchQuery reads and checks the search parameters. Filters of one kind
// may repeat (?city=moscow&city=beijing) or be comma-separated.
func (h *api) searchQuery(r *http.Request) (app.SearchQuery, error) {
	v := r.URL.Query()
	q := app.SearchQuery{
		Text:      v.Get("q"),
		Spheres:   multi(v["sphere"]),
		Cities:    multi(v["city"]),
		Orgs:      multi(v["org"]),
		Languages: multi(v["lang"]),
		Formats:   multi(v["format"]),
		Lang:      requestLang(r),
	}
	if len(q.Text) > maxQueryBytes {
		return q, model.Invalid("q", model.CodeTooLong)
	}
	switch v.Get("facets") {
	case "", "0", "false":
	case "1", "true":
		q.Facets = true
	default:
		return q, model.Invalid("facets", model.CodeBadFormat)
	}
	switch v.Get("sort") {
	case "", "relevance":
	case "name":
		q.Sort = app.SortName
	default:
		return q, model.Invalid("sort", model.CodeUnknownValue)
	}
	var err error
	if q.Page, err = intParam(v.Get("page"), 1, 10000, "page"); err != nil {
		return q, err
	}
	if q.PerPage, err = intParam(v.Get("per_page"), 1, app.MaxPerPage, "per_page"); err != nil {
		return q, err
	}
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return q, err
	}
	for _, s := range q.Spheres {
		if !tax.Has(s) {
			return q, &model.ValidationError{Errors: []model.FieldError{{Field: "sphere", Code: model.CodeUnknownSphere, Params: map[string]any{"value": s}}}}
		}
	}
	for _, c := range q.Cities {
		if !contains(model.Cities, c) {
			return q, &model.ValidationError{Errors: []model.FieldError{{Field: "city", Code: model.CodeUnknownCity, Params: map[string]any{"value": c}}}}
		}
	}
	for _, l := range q.Languages {
		if !model.ValidLanguage(l) {
			return q, &model.ValidationError{Errors: []model.FieldError{{Field: "lang", Code: model.CodeUnknownLanguage, Params: map[string]any{"value": l}}}}
		}
	}
	for _, f := range q.Formats {
		if !contains(model.Formats, f) {
			return q, &model.ValidationError{Errors: []model.FieldError{{Field: "format", Code: model.CodeUnknownValue, Params: map[string]any{"value": f}}}}
		}
	}
	return q, nil
}

// maxQueryBytes bounds the free text of a search.
const maxQueryBytes = 1000

func multi(values []string) []string {
	var out []string
	for _, v := range values {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// intParam parses an optional whole number within [min, max]; empty gives 0.
func intParam(s string, min, max int, field string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < min || n > max {
		return 0, &model.ValidationError{Errors: []model.FieldError{{Field: field, Code: model.CodeOutOfRange,
			Params: map[string]any{"min": min, "max": max}}}}
	}
	return n, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
