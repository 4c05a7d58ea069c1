package api

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// requestDoc is a talent request as the API shows it: the fields of the
// interchange format (whose "id" is the request's own id, used in its URL
// too) with the version and timestamps.
type requestDoc struct {
	Version int64 `json:"version"`
	model.Request
	CreatedAt string `json:"created_at,omitempty"`
	UpdatedAt string `json:"updated_at,omitempty"`
}

func newRequestDoc(r *model.Request) requestDoc {
	return requestDoc{Version: r.Version, Request: *r,
		CreatedAt: timestamp(r.CreatedAt), UpdatedAt: timestamp(r.UpdatedAt)}
}

// Requests are an organisation's needs and the coordinators' decisions on
// people: they are for signed-in callers only.
func needsSignIn(c policy.Caller) error {
	if !c.Authenticated() {
		return fmt.Errorf("api: requests need credentials: %w", model.ErrUnauthorized)
	}
	return nil
}

// mayManage refuses callers who may not record requests or shortlist
// (policy.CanManageRequests): 401 without credentials, 403 otherwise.
func mayManage(c policy.Caller) error {
	if err := needsSignIn(c); err != nil {
		return err
	}
	if !policy.CanManageRequests(c) {
		return fmt.Errorf("api: role %q may not manage requests: %w", c.Role, model.ErrForbidden)
	}
	return nil
}

// listRequests serves GET /api/v1/requests: newest first, ?status= filters,
// ?after= is the cursor of the next page.
func (h *api) listRequests(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := needsSignIn(c); err != nil {
		return err
	}
	before, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	status := r.URL.Query().Get("status")
	if status != "" && !slices.Contains(model.RequestStatuses, status) {
		return &model.ValidationError{Errors: []model.FieldError{{Field: "status", Code: model.CodeUnknownValue,
			Params: map[string]any{"value": status}}}}
	}
	page, err := h.app.Requests(r.Context(), status, before, limit)
	if err != nil {
		return err
	}
	items := make([]requestDoc, 0, len(page.Items))
	for _, it := range page.Items {
		items = append(items, newRequestDoc(it))
	}
	return writeJSON(w, http.StatusOK, struct {
		Items []requestDoc `json:"items"`
		Next  string       `json:"next"`
	}{items, cursor(page.Next)})
}

// requestByPath loads the request named by the {id} of the path (its own
// id, such as req-17).
func (h *api) requestByPath(r *http.Request) (*model.Request, error) {
	xid := r.PathValue("id")
	if !model.ValidExternalID(xid) {
		return nil, fmt.Errorf("api: request %q: %w", xid, model.ErrNotFound)
	}
	return h.app.RequestByExternalID(r.Context(), xid)
}

// getRequest serves GET /api/v1/requests/{id}.
func (h *api) getRequest(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := needsSignIn(c); err != nil {
		return err
	}
	req, err := h.requestByPath(r)
	if err != nil {
		return err
	}
	setETag(w, req.Version)
	return writeJSON(w, http.StatusOK, newRequestDoc(req))
}

// createRequest serves POST /api/v1/requests.
func (h *api) createRequest(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := mayManage(c); err != nil {
		return err
	}
	var in requestDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	req := in.Request
	if err := h.app.CreateRequest(r.Context(), &req); err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/requests/"+url.PathEscape(req.ExternalID))
	setETag(w, req.Version)
	return writeJSON(w, http.StatusCreated, newRequestDoc(&req))
}

// updateRequest serves PUT /api/v1/requests/{id}.
func (h *api) updateRequest(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := mayManage(c); err != nil {
		return err
	}
	old, err := h.requestByPath(r)
	if err != nil {
		return err
	}
	var in requestDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	expect, err := expectedVersion(r, in.Version)
	if err != nil {
		return err
	}
	req := in.Request
	if req.ExternalID == "" {
		req.ExternalID = old.ExternalID
	}
	if err := h.app.UpdateRequest(r.Context(), old.ID, &req, expect); err != nil {
		return err
	}
	setETag(w, req.Version)
	return writeJSON(w, http.StatusOK, newRequestDoc(&req))
}

// deleteRequest serves DELETE /api/v1/requests/{id}.
func (h *api) deleteRequest(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	old, err := h.requestByPath(r)
	if err != nil {
		return err
	}
	if err := h.app.DeleteRequest(r.Context(), old.ID); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// decisionDoc is the body of POST /api/v1/requests/{id}/shortlist.
type decisionDoc struct {
	ExpertID string `json:"expert_id"`
	Decision string `json:"decision"`
	Note     string `json:"note,omitempty"`
}

// decide serves POST /api/v1/requests/{id}/shortlist: a coordinator's
// decision on one expert.
func (h *api) decide(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := mayManage(c); err != nil {
		return err
	}
	old, err := h.requestByPath(r)
	if err != nil {
		return err
	}
	var in decisionDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	req, err := h.app.Decide(r.Context(), old.ID, in.ExpertID, in.Decision, in.Note)
	if err != nil {
		return err
	}
	setETag(w, req.Version)
	return writeJSON(w, http.StatusOK, newRequestDoc(req))
}
