package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// newProgramme serves GET /programme/{kind}/new.
func (h *handler) newProgramme(w http.ResponseWriter, r *http.Request, rq *request) error {
	kind, ok := progSlugs[r.PathValue("kind")]
	if !ok {
		return errNoRoute
	}
	if done, err := h.requireProgWriter(w, r, rq, nil); done || err != nil {
		return err
	}
	v := url.Values{"status": {model.ProgrammeStatuses[kind][0]}, "participants.rows": {strconv.Itoa(progBlankRows)},
		"documents.rows": {strconv.Itoa(progBlankRows)}}
	if kind == model.KindEvent {
		v.Set("time_zone", cityZones[0].Zone)
		for _, cz := range cityZones {
			if cz.City == rq.caller.City {
				v.Set("time_zone", cz.Zone)
			}
		}
	}
	return h.showProgForm(w, r, rq, http.StatusOK, kind, v, nil, nil)
}

// editProgramme serves GET /programme/{kind}/{id}/edit.
func (h *handler) editProgramme(w http.ResponseWriter, r *http.Request, rq *request) error {
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	rec, err := h.storedProgramme(r, rq)
	if err != nil {
		return err
	}
	if _, err := h.requireProgWriter(w, r, rq, rec); err != nil {
		return err
	}
	return h.showProgForm(w, r, rq, http.StatusOK, rec.Kind(), formFromProgramme(rec), rec, nil)
}

// createProgramme serves POST /programme/{kind}/new.
func (h *handler) createProgramme(w http.ResponseWriter, r *http.Request, rq *request) error {
	kind, ok := progSlugs[r.PathValue("kind")]
	if !ok {
		return errNoRoute
	}
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	if done, err := h.requireProgWriter(w, r, rq, nil); done || err != nil {
		return err
	}
	return h.saveProgrammeForm(w, r, rq, model.NewProgrammeRecord(kind), nil)
}

// updateProgramme serves POST /programme/{kind}/{id}/edit. The token is
// checked before anything is loaded for a forged request.
func (h *handler) updateProgramme(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	stored, err := h.storedProgramme(r, rq)
	if err != nil {
		return err
	}
	if _, err := h.requireProgWriter(w, r, rq, stored); err != nil {
		return err
	}
	// Read into a fresh copy, so that the stored record still shows what
	// the form started from.
	rec, err := h.storedProgramme(r, rq)
	if err != nil {
		return err
	}
	return h.saveProgrammeForm(w, r, rq, rec, stored)
}

// saveProgrammeForm stores the posted record and redirects to its page
// (Post/Redirect/Get); with problems it shows the form again, each problem
// at its control. stored is nil for a new record.
func (h *handler) saveProgrammeForm(w http.ResponseWriter, r *http.Request, rq *request, rec, stored model.ProgrammeRecord) error {
	ctx := r.Context()
	p := programmeFromForm(r.PostForm, rec, time.Now())
	b := rec.Base()
	if stored != nil {
		version, _ := strconv.ParseInt(r.PostFormValue("version"), 10, 64)
		b.Version = max(version, 1)
	} else if b.ExternalID != "" {
		// The app creates or updates by id: a new record must not take
		// the place of one that exists.
		_, err := h.app.Programme(ctx, rq.caller, rec.Kind(), b.ExternalID)
		switch {
		case err == nil:
			p.Problems = append(p.Problems, model.FieldError{Field: "id", Code: model.CodeDuplicate})
		case !errors.Is(err, model.ErrNotFound):
			return err
		}
	}
	var err error
	var saved model.ProgrammeRecord
	if len(p.Problems) > 0 {
		err = h.progProblems(r, rec)
	} else {
		saved, err = h.app.SaveProgramme(ctx, rq.caller, rec)
	}
	var ve *model.ValidationError
	switch {
	case err == nil:
		redirect(w, r, progURL(saved.Kind(), saved.Base().ExternalID))
		return nil
	case errors.As(err, &ve):
		return h.showProgForm(w, r, rq, http.StatusUnprocessableEntity, rec.Kind(), r.PostForm, stored, func(f *progForm) {
			for _, fe := range p.Problems {
				f.addProblem(fe.Field, fe)
			}
			for _, fe := range ve.Errors {
				f.addProblem(p.formField(fe.Field), fe)
			}
		})
	case errors.Is(err, model.ErrConflict):
		return h.showProgForm(w, r, rq, http.StatusConflict, rec.Kind(), r.PostForm, stored, func(f *progForm) { f.Conflict = true })
	}
	return err
}

// progProblems validates a record whose form already had problems, so
// that the reader sees all of them at once; it always returns a
// *model.ValidationError (or another error).
func (h *handler) progProblems(r *http.Request, rec model.ProgrammeRecord) error {
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return err
	}
	rec.Normalize()
	ve := &model.ValidationError{}
	if err := rec.Validate(tax); err != nil && !errors.As(err, &ve) {
		return err
	}
	return ve
}

// showProgForm renders the create or edit page; adjust adds problems.
func (h *handler) showProgForm(w http.ResponseWriter, r *http.Request, rq *request, status int, kind string,
	v url.Values, stored model.ProgrammeRecord, adjust func(*progForm)) error {
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return err
	}
	f := newProgForm(h.tr, rq.lang, kind, tax, v)
	f.New = stored == nil
	list := "/programme/" + progSlug(kind)
	f.Action, f.Cancel = list+"/new", list
	title := h.tr.T(rq.lang, "web.prog.form.title_new", map[string]any{"kind": h.tr.T(rq.lang, progKindKeys[kind], nil)})
	if stored != nil {
		f.ID = stored.Base().ExternalID
		f.Cancel = progURL(kind, f.ID)
		f.Action = f.Cancel + "/edit"
		title = h.tr.T(rq.lang, "web.form.title_edit", map[string]any{"name": pickText(stored.Base().Title, rq.lang).Text})
	}
	if adjust != nil {
		adjust(f)
	}
	return h.render(w, r, rq, status, "programme_form", title, f)
}

// storedProgramme loads the record named by the path as the caller sees it.
func (h *handler) storedProgramme(r *http.Request, rq *request) (model.ProgrammeRecord, error) {
	kind, ok := progSlugs[r.PathValue("kind")]
	if !ok {
		return nil, errNoRoute
	}
	rec, err := h.app.Programme(r.Context(), rq.caller, kind, r.PathValue("id"))
	if errors.Is(err, model.ErrNotFound) {
		return nil, errNoRoute
	}
	return rec, err
}

// requireProgWriter sends a reader who has not signed in to the sign-in
// page (done is then true) and refuses one who may not write the record,
// or, for a new one (rec nil), any record.
func (h *handler) requireProgWriter(w http.ResponseWriter, r *http.Request, rq *request, rec model.ProgrammeRecord) (done bool, err error) {
	if h.requireSignIn(w, r, rq) {
		return true, nil
	}
	if !canWriteProgramme(rq.caller, rec) {
		return false, fmt.Errorf("web: role %q may not write this programme record: %w", rq.caller.Role, model.ErrForbidden)
	}
	return false, nil
}

// canWriteProgramme reports whether the caller may change the record or,
// for nil, create records at all: those who may write some record.
func canWriteProgramme(c policy.Caller, rec model.ProgrammeRecord) bool {
	if rec != nil {
		return policy.CanWriteProgramme(c, rec.Cities(), rec.Organizations())
	}
	if !c.HasScope(policy.ScopeWrite) {
		return false
	}
	switch c.Role {
	case policy.RoleAdmin:
		return true
	case policy.RoleCoordinator:
		return c.City != ""
	case policy.RoleOrgEditor:
		return len(c.OrgIDs) > 0
	}
	return false
}
