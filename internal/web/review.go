package web

import (
	"encoding/json"
	"net/http"
	"strings"

	"talentbridge/internal/model"
)

// reviewData is what the review queue shows.
type reviewData struct {
	Items []reviewItem
	Done  string // "approved" or "rejected" after a decision
}

// reviewItem is one pending edit: the profile as published, and each field
// the expert changed with its published and proposed values.
type reviewItem struct {
	ID        int64
	ExpertURL string
	Name      nameView
	Submitted model.ProfileVersion
	Changes   []fieldChange
}

type fieldChange struct {
	Label, Before, After string
}

// reviewQueue serves GET /review: the edits experts made to their own
// profiles, waiting for the reader (a coordinator of the experts' city, or
// an administrator) to approve or reject them.
func (h *handler) reviewQueue(w http.ResponseWriter, r *http.Request, rq *request) error {
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	if !canReview(rq.caller) {
		return errForbidden
	}
	pending, err := h.app.ReviewQueue(r.Context(), rq.caller)
	if err != nil {
		return err
	}
	data := reviewData{Done: r.URL.Query().Get("done")}
	for _, p := range pending {
		it := reviewItem{ID: p.Version.ID, ExpertURL: expertURL(p.Current.ID), Name: expertName(p.Current, rq.lang),
			Submitted: *p.Version}
		before, after := memberTexts(p.Current), memberTexts(&p.Version.Expert)
		for _, f := range p.Changed {
			label, ok := h.tr.FieldLabel(rq.lang, "expert", f)
			if !ok {
				label = f
			}
			it.Changes = append(it.Changes, fieldChange{Label: label, Before: before[f], After: after[f]})
		}
		data.Items = append(data.Items, it)
	}
	return h.render(w, r, rq, http.StatusOK, "review", h.tr.T(rq.lang, "web.review.title", nil), data)
}

// memberTexts is each top-level member of a profile's interchange form as
// compact JSON: exact, and the same for every field, which is what a
// reviewer comparing two versions needs.
func memberTexts(e *model.Expert) map[string]string {
	b, _ := json.Marshal(e) // a model.Expert always encodes
	var m map[string]json.RawMessage
	_ = json.Unmarshal(b, &m)
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = strings.Trim(string(v), `"`)
	}
	return out
}

// reviewDecide serves POST /review/{id}: approve or reject one pending
// edit; a rejection may say why.
func (h *handler) reviewDecide(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	switch d := r.PostFormValue("decision"); d {
	case "approve":
		_, err = h.app.ApproveVersion(ctx, rq.caller, id)
	case "reject":
		err = h.app.RejectVersion(ctx, rq.caller, id, strings.TrimSpace(r.PostFormValue("note")))
	default:
		return errBadRequest
	}
	if err != nil {
		return err
	}
	done := "approved"
	if r.PostFormValue("decision") == "reject" {
		done = "rejected"
	}
	redirect(w, r, "/review?done="+done)
	return nil
}
