package api

import (
	"net/http"

	"talentbridge/internal/policy"
)

// reviewDoc is one pending version in the review queue.
type reviewDoc struct {
	ID          int64     `json:"id"`
	ExpertID    int64     `json:"expert_id"`
	SubmittedAt string    `json:"submitted_at"`
	Changed     []string  `json:"changed"`
	Current     expertDoc `json:"current"`
	Proposed    expertDoc `json:"proposed"`
}

// reviewQueue serves GET /api/v1/reviews: the versions waiting for the
// caller's review.
func (h *api) reviewQueue(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	items, err := h.app.ReviewQueue(r.Context(), c)
	if err != nil {
		return err
	}
	out := make([]reviewDoc, 0, len(items))
	for _, it := range items {
		proposed := it.Version.Expert
		out = append(out, reviewDoc{ID: it.Version.ID, ExpertID: it.Version.ExpertID,
			SubmittedAt: timestamp(it.Version.SubmittedAt), Changed: it.Changed,
			Current: newExpertDoc(it.Current), Proposed: newExpertDoc(&proposed)})
	}
	return writeJSON(w, http.StatusOK, listBody[reviewDoc]{Items: out, Total: len(out)})
}

// approveReview serves POST /api/v1/reviews/{id}/approve: the version is
// published and the profile returned as the caller sees it.
func (h *api) approveReview(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	e, err := h.app.ApproveVersion(r.Context(), c, id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newExpertDoc(e))
}

// rejectBody is the body of POST /api/v1/reviews/{id}/reject.
type rejectBody struct {
	Note string `json:"note"`
}

// rejectReview serves POST /api/v1/reviews/{id}/reject.
func (h *api) rejectReview(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var in rejectBody
	if r.ContentLength != 0 {
		if err := decodeJSON(r, &in); err != nil {
			return err
		}
	}
	if err := h.app.RejectVersion(r.Context(), c, id, in.Note); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
