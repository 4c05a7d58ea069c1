package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// requestForm is what the new-request page shows: the values, the problems
// found in them and the choices offered.
type requestForm struct {
	Problems []problem
	Orgs     []orgOption
	formValues
}

// Ctl is a single control with its problems.
func (f *requestForm) Ctl(name string) control { return f.ctl(name) }

// The choices the form offers, in the model's order.
func (f *requestForm) Cities() []string      { return model.Cities }
func (f *requestForm) Formats() []string     { return model.Formats }
func (f *requestForm) Constraints() []string { return model.RequestConstraints }

// Langs are the spoken languages offered as checkboxes; others are typed.
func (f *requestForm) Langs() []string { return model.Langs }

// newRequest serves GET /requests/new.
func (h *handler) newRequest(w http.ResponseWriter, r *http.Request, rq *request) error {
	if done, err := h.requireRequestManager(w, r, rq); done || err != nil {
		return err
	}
	v := url.Values{}
	if canReview(rq.caller) && rq.caller.City != "" {
		v.Set("city", rq.caller.City) // a coordinator asks for their own city
	}
	return h.showRequestForm(w, r, rq, http.StatusOK, v, nil)
}

// createRequest serves POST /requests/new: it stores the request and shows
// it with its matches, or the form again with each problem at its control.
func (h *handler) createRequest(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	if done, err := h.requireRequestManager(w, r, rq); done || err != nil {
		return err
	}
	req := requestFromForm(r.PostForm)
	err := h.app.CreateRequest(r.Context(), req)
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		return h.showRequestForm(w, r, rq, http.StatusUnprocessableEntity, r.PostForm, ve)
	}
	if err != nil {
		return err
	}
	redirect(w, r, requestURL(req.ExternalID))
	return nil
}

// requestFromForm reads the posted form into a request.
func requestFromForm(v url.Values) *model.Request {
	r := &model.Request{
		Title: v.Get("title"), Description: v.Get("description"),
		Spheres: v["spheres"], Formats: v["formats"], Hard: v["hard"],
		From: v.Get("from"), Until: v.Get("until"), City: v.Get("city"), OrgID: v.Get("organization_id"),
	}
	r.Languages = append(r.Languages, v["languages"]...)
	for _, l := range strings.FieldsFunc(v.Get("languages_other"), func(c rune) bool { return c == ',' || c == ' ' || c == ';' }) {
		r.Languages = append(r.Languages, strings.ToLower(l))
	}
	return r
}

// requestControl maps a field of a validation problem to the control that
// shows it: "spheres[2]" to "spheres", a typed language to its input.
func requestControl(field string, v url.Values) string {
	name, _, _ := strings.Cut(field, "[")
	if name == "languages" && v.Get("languages_other") != "" {
		return "languages_other"
	}
	return name
}

func (h *handler) showRequestForm(w http.ResponseWriter, r *http.Request, rq *request, status int, v url.Values, ve *model.ValidationError) error {
	ctx := r.Context()
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return err
	}
	f := &requestForm{formValues: newFormValues(tax, v)}
	if f.Orgs, err = h.orgOptions(ctx, rq.lang, v.Get("organization_id")); err != nil {
		return err
	}
	if ve != nil {
		for _, fe := range ve.Errors {
			name := requestControl(fe.Field, v)
			msg := h.tr.T(rq.lang, i18n.ErrorKey(fe.Code), fe.Params)
			f.errs[name] = append(f.errs[name], msg)
			label := h.tr.T(rq.lang, "web.request.field."+name, nil)
			f.Problems = append(f.Problems, problem{Target: "#" + controlID(name),
				Message: h.tr.T(rq.lang, "format.field_error", map[string]any{"field": label, "message": msg})})
		}
	}
	return h.render(w, r, rq, status, "request_form", h.tr.T(rq.lang, "web.request.new_title", nil), f)
}

// requireRequestManager sends a reader who has not signed in to the
// sign-in page and refuses one who may not record requests.
func (h *handler) requireRequestManager(w http.ResponseWriter, r *http.Request, rq *request) (done bool, err error) {
	if h.requireSignIn(w, r, rq) {
		return true, nil
	}
	if !canManageRequests(rq.caller) {
		return false, errForbidden
	}
	return false, nil
}

// requestURL is the page of a talent request, by its own id.
func requestURL(xid string) string { return "/requests/" + url.PathEscape(xid) }

// Input is a single control with its label, of an HTML input type.
func (f *requestForm) Input(name, typ, label string) control {
	c := f.Ctl(name)
	c.Label, c.Type = label, typ
	return c
}
