package api

import (
	"net/http"

	"talentbridge/internal/policy"
)

// listOrganizations serves GET /api/v1/organizations in id order.
// Organisations are public records: every caller sees all of them.
func (h *api) listOrganizations(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	after, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	page, err := h.app.Organizations(r.Context(), after, limit)
	if err != nil {
		return err
	}
	items := make([]orgDoc, 0, len(page.Items))
	for _, o := range page.Items {
		items = append(items, newOrgDoc(o))
	}
	return writeJSON(w, http.StatusOK, listBody[orgDoc]{Items: items, Next: cursor(page.Next), Total: page.Total})
}

// getOrganization serves GET /api/v1/organizations/{id}.
func (h *api) getOrganization(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	o, err := h.app.Organization(r.Context(), id)
	if err != nil {
		return err
	}
	setETag(w, o.Version)
	return writeJSON(w, http.StatusOK, newOrgDoc(o))
}
