package api

import (
	"net/http"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// sphereList is the taxonomy: each top-level sphere followed by its
// sub-spheres.
type sphereList struct {
	Items []model.Sphere `json:"items"`
}

// listSpheres serves GET /api/v1/spheres.
func (h *api) listSpheres(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, sphereList{Items: tax.All()})
}

// sphereInput is what an admin sends to add a sub-sphere.
type sphereInput struct {
	Slug   string     `json:"slug"`
	Parent string     `json:"parent"`
	Labels model.Text `json:"labels"`
}

// addSphere serves POST /api/v1/spheres: an admin adds a sub-sphere under a
// top-level sphere, usable on profiles at once.
func (h *api) addSphere(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	var in sphereInput
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	s, err := h.app.AddSphere(r.Context(), model.Sphere{Slug: in.Slug, Parent: in.Parent, Labels: in.Labels})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, s)
}
