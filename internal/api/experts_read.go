package api

import (
	"net/http"
	"slices"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// listExperts serves GET /api/v1/experts: the profiles the caller may see,
// in id order, filtered by ?city=, ?sphere= and ?org=; with ?q= or another
// search parameter it searches instead (searchExperts).
func (h *api) listExperts(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if isSearch(r) {
		return h.searchExperts(w, r, c)
	}
	after, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	f, err := h.expertFilter(r, c)
	if err != nil {
		return err
	}
	page, err := h.app.VisibleExperts(r.Context(), c, f, after, limit)
	if err != nil {
		return err
	}
	items := make([]expertDoc, 0, len(page.Items))
	for _, v := range page.Items {
		items = append(items, newExpertDoc(v))
	}
	return writeJSON(w, http.StatusOK, listBody[expertDoc]{Items: items, Next: cursor(page.Next), Total: page.Total})
}

// expertFilter reads the list filters. The app adds the caller's: the
// profiles they may not see are filtered out in the database, so that
// totals and pages count only what they get.
func (h *api) expertFilter(r *http.Request, c policy.Caller) (app.ExpertFilter, error) {
	q := r.URL.Query()
	f := app.ExpertFilter{
		City:   q.Get("city"),
		Sphere: q.Get("sphere"),
		OrgID:  q.Get("org"),
	}
	if f.City != "" && !slices.Contains(model.Cities, f.City) {
		return f, &model.ValidationError{Errors: []model.FieldError{{
			Field: "city", Code: model.CodeUnknownCity, Params: map[string]any{"value": f.City}}}}
	}
	if f.OrgID != "" && !model.ValidExternalID(f.OrgID) {
		return f, model.Invalid("org", model.CodeBadFormat)
	}
	if f.Sphere != "" {
		tax, err := h.app.Taxonomy(r.Context())
		if err != nil {
			return f, err
		}
		if !tax.Has(f.Sphere) {
			return f, &model.ValidationError{Errors: []model.FieldError{{
				Field: "sphere", Code: model.CodeUnknownSphere, Params: map[string]any{"value": f.Sphere}}}}
		}
	}
	return f, nil
}

// getExpert serves GET /api/v1/experts/{id}. A profile hidden from the
// caller does not exist for them.
func (h *api) getExpert(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	v, err := h.app.ViewExpert(r.Context(), c, id)
	if err != nil {
		return err
	}
	setETag(w, v.Version)
	return writeJSON(w, http.StatusOK, newExpertDoc(v))
}
