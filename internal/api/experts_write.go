package api

import (
	"net/http"
	"strconv"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// createExpert serves POST /api/v1/experts.
func (h *api) createExpert(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	var in expertDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	e := in.Expert
	if err := h.app.CreateExpert(r.Context(), &e); err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/experts/"+strconv.FormatInt(e.ID, 10))
	return h.writeExpert(w, http.StatusCreated, c, &e)
}

// updateExpert serves PUT /api/v1/experts/{id}: it replaces the profile,
// provided it is still at the version the client read (If-Match or
// "version"), else 409.
func (h *api) updateExpert(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var in expertDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	expect, err := expectedVersion(r, in.Version)
	if err != nil {
		return err
	}
	e := in.Expert
	if err := h.app.UpdateExpert(r.Context(), id, &e, expect); err != nil {
		return err
	}
	return h.writeExpert(w, http.StatusOK, c, &e)
}

// writeExpert answers a write with the stored profile as the caller sees it.
func (h *api) writeExpert(w http.ResponseWriter, status int, c policy.Caller, e *model.Expert) error {
	v, ok := policy.ExpertView(c, e)
	if !ok { // a writer who may not read what they wrote: say only that it worked
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	setETag(w, v.Version)
	return writeJSON(w, status, newExpertDoc(v))
}

// deleteExpert serves DELETE /api/v1/experts/{id}.
func (h *api) deleteExpert(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	if err := h.app.DeleteExpert(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
