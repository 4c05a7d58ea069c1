package api

import (
	"net/http"

	"talentbridge/internal/policy"
)

// myData serves GET /api/v1/me/data: everything held about the calling
// expert, as a download.
func (h *api) myData(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	data, err := h.app.MyData(r.Context(), c)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Disposition", `attachment; filename="talentbridge-my-data.json"`)
	return writeJSON(w, http.StatusOK, data)
}

// versionDoc is a submitted version of a profile.
type versionDoc struct {
	ID          int64  `json:"id"`
	ExpertID    int64  `json:"expert_id"`
	Status      string `json:"status"`
	BaseVersion int64  `json:"base_version"`
	SubmittedAt string `json:"submitted_at"`
}

// submitOwnProfile serves PUT /api/v1/me/profile: the calling expert's
// correction of their profile, which waits for a coordinator's review
// (202) while the published profile stays as it is.
func (h *api) submitOwnProfile(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	var in expertDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	e := in.Expert
	v, err := h.app.SubmitOwnProfile(r.Context(), c, &e)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusAccepted, versionDoc{ID: v.ID, ExpertID: v.ExpertID, Status: v.Status,
		BaseVersion: v.BaseVersion, SubmittedAt: timestamp(v.SubmittedAt)})
}

// eraseMe serves POST /api/v1/me/erasure: the calling expert's profile and
// account are erased at once.
func (h *api) eraseMe(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := h.app.EraseOwnProfile(r.Context(), c); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
