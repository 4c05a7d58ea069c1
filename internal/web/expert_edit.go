package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// newExpert serves GET /experts/new.
func (h *handler) newExpert(w http.ResponseWriter, r *http.Request, rq *request) error {
	if done, err := h.requireWriter(w, r, rq); done || err != nil {
		return err
	}
	v := url.Values{"visibility": {model.VisibilityPublic}, "native_lang": {rq.lang}, "outputs.rows": {"1"}}
	return h.showForm(w, r, rq, http.StatusOK, v, nil, nil)
}

// editExpert serves GET /experts/{id}/edit.
func (h *handler) editExpert(w http.ResponseWriter, r *http.Request, rq *request) error {
	if done, err := h.requireWriter(w, r, rq); done || err != nil {
		return err
	}
	e, err := h.storedExpert(r)
	if err != nil {
		return err
	}
	return h.showForm(w, r, rq, http.StatusOK, formFromExpert(e), e, nil)
}

// createExpert serves POST /experts/new.
func (h *handler) createExpert(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	return h.saveExpert(w, r, rq, nil)
}

// updateExpert serves POST /experts/{id}/edit. The token is checked
// before anything is loaded for a forged request.
func (h *handler) updateExpert(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	e, err := h.storedExpert(r)
	if err != nil {
		return err
	}
	return h.saveExpert(w, r, rq, e)
}

// saveExpert validates and stores the posted form, then redirects to the
// profile (Post/Redirect/Get); with problems it shows the form again, each
// problem next to its control. stored is nil for a new expert.
func (h *handler) saveExpert(w http.ResponseWriter, r *http.Request, rq *request, stored *model.Expert) error {
	if done, err := h.requireWriter(w, r, rq); done || err != nil {
		return err
	}
	ctx := r.Context()
	var base model.Expert
	if stored != nil {
		base = *stored
	}
	p := expertFromForm(r.PostForm, base)
	err := h.validateForm(ctx, p)
	if err == nil {
		if stored == nil {
			err = h.app.CreateExpert(ctx, p.Expert)
		} else {
			version, _ := strconv.ParseInt(r.PostFormValue("version"), 10, 64)
			err = h.app.UpdateExpert(ctx, stored.ID, p.Expert, max(version, 1))
		}
	}
	var ve *model.ValidationError
	switch {
	case err == nil:
		redirect(w, r, expertURL(p.Expert.ID)+"?saved=1")
		return nil
	case errors.As(err, &ve):
		return h.showForm(w, r, rq, http.StatusUnprocessableEntity, r.PostForm, stored, func(f *expertForm) {
			for _, fe := range p.Problems {
				f.addProblem(fe.Field, fe)
			}
			for _, fe := range ve.Errors {
				f.addProblem(p.formField(fe.Field), fe)
			}
		})
	case errors.Is(err, model.ErrConflict):
		return h.showForm(w, r, rq, http.StatusConflict, r.PostForm, stored, func(f *expertForm) { f.Conflict = true })
	}
	return err
}

// validateForm reports problems of reading the form together with the
// model's validation, so that the reader sees all of them at once.
func (h *handler) validateForm(ctx context.Context, p parsedForm) error {
	if len(p.Problems) == 0 {
		return nil // the app validates when it stores
	}
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return err
	}
	e := *p.Expert
	e.Normalize()
	ve := &model.ValidationError{}
	if err := e.Validate(tax); err != nil && !errors.As(err, &ve) {
		return err
	}
	return ve // p.Problems are added by the caller, in form terms
}

// showForm renders the create or edit page; adjust adds problems.
func (h *handler) showForm(w http.ResponseWriter, r *http.Request, rq *request, status int,
	v url.Values, stored *model.Expert, adjust func(*expertForm)) error {
	ctx := r.Context()
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return err
	}
	f := newExpertForm(h.tr, rq.lang, tax, v)
	f.Expert, f.New = stored, stored == nil
	f.Action = "/experts/new"
	title := h.tr.T(rq.lang, "web.form.title_new", nil)
	if stored != nil {
		f.Action = expertURL(stored.ID) + "/edit"
		title = h.tr.T(rq.lang, "web.form.title_edit", map[string]any{"name": expertName(stored, rq.lang).Text})
	}
	if f.Orgs, err = h.orgOptions(ctx, rq.lang, v.Get("organization_id")); err != nil {
		return err
	}
	if adjust != nil {
		adjust(f)
	}
	return h.render(w, r, rq, status, "expert_form", title, f)
}

// orgOptions lists the organisations to choose from, keeping the current
// choice even when it is beyond the first page.
func (h *handler) orgOptions(ctx context.Context, lang, current string) ([]orgOption, error) {
	pg, err := h.app.Organizations(ctx, 0, app.MaxPageSize)
	if err != nil {
		return nil, err
	}
	var out []orgOption
	found := current == ""
	for _, o := range pg.Items {
		out = append(out, orgOption{Value: o.ExternalID, Name: pickText(o.Name, lang)})
		found = found || o.ExternalID == current
	}
	if !found {
		out = append(out, orgOption{Value: current, Name: localText{Text: current}})
	}
	return out, nil
}

// storedExpert loads the expert named by the path.
func (h *handler) storedExpert(r *http.Request) (*model.Expert, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return h.app.Expert(r.Context(), id)
}

// requireWriter sends a reader who has not signed in to the sign-in page
// (done is then true) and refuses one who may not write.
func (h *handler) requireWriter(w http.ResponseWriter, r *http.Request, rq *request) (done bool, err error) {
	if h.requireSignIn(w, r, rq) {
		return true, nil
	}
	if !policy.CanWrite(rq.caller) {
		return false, fmt.Errorf("web: role %q may not write: %w", rq.caller.Role, model.ErrForbidden)
	}
	return false, nil
}
