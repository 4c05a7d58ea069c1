package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// auditPageSize is how many entries of the audit log a page shows.
const auditPageSize = 50

// auditActions are the actions the filter offers; a prefix ending in "."
// selects a family.
var auditActions = []string{
	"signin.", app.ActSignIn, app.ActSignInFailed, app.ActSignInThrottle, app.ActSignOut,
	"user.", "token.", app.ActExpertView, "expert.", app.ActConsentChange, "profile.",
	app.ActExport, app.ActRightsExport,
}

// auditObjects are the object types the filter offers.
var auditObjects = []string{app.ObjExpert, app.ObjUser, app.ObjToken, app.ObjVersion}

// auditData is what the audit page shows.
type auditData struct {
	Q        url.Values // the filters as given, to fill the form again
	Problems map[string]string
	Entries  []auditRow
	Next     string // URL of the next page ("" on the last)
	First    string // URL of the first page ("" on it)
	Actions  []string
	Objects  []string
}

// auditRow is one entry as the table shows it.
type auditRow struct {
	model.AuditEntry
	Login     string // the actor's login, when they have an account
	ObjectURL string // a page of the object, when there is one
	Detail    string // the detail as compact JSON
}

// auditLog serves GET /admin/audit to administrators: the audit log,
// oldest first, filtered by actor (login or account number), action,
// object and dates, a page at a time.
func (h *handler) auditLog(w http.ResponseWriter, r *http.Request, rq *request) error {
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	if !policy.CanAdminister(rq.caller) {
		return errForbidden
	}
	ctx := r.Context()
	q := r.URL.Query()
	data := auditData{Q: q, Problems: map[string]string{}, Actions: auditActions, Objects: auditObjects}
	f, err := h.auditFilter(r, rq, data.Problems)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if len(data.Problems) > 0 {
		status = http.StatusUnprocessableEntity
	} else if f.ActorUserID >= 0 {
		entries, err := h.app.Audit(ctx, rq.caller, f)
		if err != nil {
			return err
		}
		logins, err := h.logins(r, rq)
		if err != nil {
			return err
		}
		for _, e := range entries {
			data.Entries = append(data.Entries, newAuditRow(e, logins))
		}
		if len(entries) == f.Limit {
			next := cloneValues(q)
			next.Set("after", strconv.FormatInt(entries[len(entries)-1].ID, 10))
			data.Next = "/admin/audit?" + next.Encode()
		}
	}
	if q.Get("after") != "" {
		first := cloneValues(q)
		first.Del("after")
		data.First = "/admin/audit?" + first.Encode()
	}
	return h.render(w, r, rq, status, "audit", h.tr.T(rq.lang, "web.audit.title", nil), data)
}

// auditFilter reads the filters. A problem with one is noted for the form
// rather than failing the page. An actor login that names no account makes
// ActorUserID -1: nothing matches it.
func (h *handler) auditFilter(r *http.Request, rq *request, problems map[string]string) (app.AuditFilter, error) {
	q := r.URL.Query()
	f := app.AuditFilter{Limit: auditPageSize, Action: strings.TrimSpace(q.Get("action")),
		ObjectType: strings.TrimSpace(q.Get("object_type"))}
	bad := func(field, code string) { problems[field] = h.tr.T(rq.lang, i18n.ErrorKey(code), nil) }
	if len(f.Action) > 100 || len(f.ObjectType) > 100 {
		return f, errBadRequest
	}
	if s := strings.TrimSpace(q.Get("actor")); s != "" {
		if id, err := strconv.ParseInt(s, 10, 64); err == nil && id > 0 {
			f.ActorUserID = id
		} else {
			u, err := h.app.UserByLogin(r.Context(), rq.caller, s)
			switch {
			case err == nil:
				f.ActorUserID = u.ID
			case errors.Is(err, model.ErrNotFound):
				f.ActorUserID = -1
			default:
				return f, err
			}
		}
	}
	if s := strings.TrimSpace(q.Get("object_id")); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			bad("object_id", model.CodeBadFormat)
		}
		f.ObjectID = id
	}
	for _, d := range []struct {
		field string
		to    *time.Time
		shift time.Duration
	}{{"from", &f.Since, 0}, {"until", &f.Until, 24 * time.Hour}} {
		if s := strings.TrimSpace(q.Get(d.field)); s != "" {
			t, err := time.Parse(time.DateOnly, s)
			if err != nil {
				bad(d.field, model.CodeBadDate)
				continue
			}
			*d.to = t.Add(d.shift) // "until" includes its whole day
		}
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Until.After(f.Since) {
		bad("until", model.CodeDateOrder)
	}
	if s := q.Get("after"); s != "" {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id < 0 {
			return f, errBadRequest
		}
		f.AfterID = id
	}
	return f, nil
}

// logins maps account numbers to logins, to name the actors.
func (h *handler) logins(r *http.Request, rq *request) (map[int64]string, error) {
	users, err := h.app.Users(r.Context(), rq.caller)
	if err != nil {
		return nil, err
	}
	m := make(map[int64]string, len(users))
	for _, u := range users {
		m[u.ID] = u.Login
	}
	return m, nil
}

// auditInput is a text input of the filter form.
type auditInput struct{ Name, Type, Value, Error string }

// Field is the filter input named name, with its value and problem.
func (d auditData) Field(name, typ string) auditInput {
	return auditInput{Name: name, Type: typ, Value: d.Q.Get(name), Error: d.Problems[name]}
}

// Family reports whether an action of the filter is a prefix of several.
func (d auditData) Family(action string) bool { return strings.HasSuffix(action, ".") }

func newAuditRow(e model.AuditEntry, logins map[int64]string) auditRow {
	row := auditRow{AuditEntry: e, Login: logins[e.Actor.UserID]}
	if e.ObjectType == app.ObjExpert && e.ObjectID > 0 && e.Action != app.ActExpertDelete && e.Action != app.ActExpertErase {
		row.ObjectURL = expertURL(e.ObjectID)
	}
	if len(e.Detail) > 0 {
		b, _ := json.Marshal(e.Detail) // decoded from JSON: encodes again
		row.Detail = string(b)
	}
	return row
}

func cloneValues(v url.Values) url.Values {
	out := make(url.Values, len(v))
	for k, vs := range v {
		if len(vs) > 0 && vs[0] != "" {
			out[k] = append([]string(nil), vs...)
		}
	}
	return out
}
