package api

import (
	"net/http"
	"strconv"

	"talentbridge/internal/policy"
)

// createOrganization serves POST /api/v1/organizations.
func (h *api) createOrganization(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	var in orgDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	o := in.Organization
	if err := h.app.CreateOrganization(r.Context(), &o); err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/organizations/"+strconv.FormatInt(o.ID, 10))
	setETag(w, o.Version)
	return writeJSON(w, http.StatusCreated, newOrgDoc(&o))
}

// updateOrganization serves PUT /api/v1/organizations/{id}, with the same
// optimistic locking as experts.
func (h *api) updateOrganization(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var in orgDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	expect, err := expectedVersion(r, in.Version)
	if err != nil {
		return err
	}
	o := in.Organization
	if err := h.app.UpdateOrganization(r.Context(), id, &o, expect); err != nil {
		return err
	}
	setETag(w, o.Version)
	return writeJSON(w, http.StatusOK, newOrgDoc(&o))
}

// deleteOrganization serves DELETE /api/v1/organizations/{id}.
func (h *api) deleteOrganization(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	if err := h.app.DeleteOrganization(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
