package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// scopeProgramme labels the fields of programme records in errors.
const scopeProgramme = "programme"

// programmeCollections maps the collections of the API to the kinds of
// programme record they hold.
var programmeCollections = []struct{ path, kind string }{
	{"/api/v1/exchanges", model.KindExchange},
	{"/api/v1/events", model.KindEvent},
	{"/api/v1/projects", model.KindProject},
	{"/api/v1/agreements", model.KindAgreement},
	{"/api/v1/practices", model.KindPractice},
}

// programmeRoutes lists the routes of the programme: for each kind a list,
// one record, create and update, and the agreements coming to the end of
// their term. Anyone may read; the writes are for signed-in callers, and
// the app decides whether the record is theirs to write (403 otherwise).
func (h *api) programmeRoutes() []route {
	var out []route
	for _, c := range programmeCollections {
		ph := programmeHandlers{api: h, kind: c.kind, path: c.path}
		out = append(out,
			route{Method: http.MethodGet, Path: c.path, Scope: scopeProgramme, Handle: ph.list},
			route{Method: http.MethodPost, Path: c.path, Signed: true, Scope: scopeProgramme, Handle: ph.create},
			route{Method: http.MethodGet, Path: c.path + "/{id}", Scope: scopeProgramme, Handle: ph.get},
			route{Method: http.MethodPut, Path: c.path + "/{id}", Signed: true, Scope: scopeProgramme, Handle: ph.update},
		)
	}
	return append(out, route{Method: http.MethodGet, Path: "/api/v1/agreements/expiring", Scope: scopeProgramme, Handle: h.expiringAgreements})
}

// programmeHandlers serve the routes of one kind.
type programmeHandlers struct {
	*api
	kind, path string
}

// programmeDoc is a record as the API shows it: the fields of its kind
// with the version and timestamps. On input the version is the one an
// update expects (see expectedVersion) and the timestamps are ignored.
type programmeDoc struct {
	rec model.ProgrammeRecord
}

// MarshalJSON writes the record's own fields between the version and the
// timestamps: the kinds are different structs behind one interface, which
// encoding/json cannot flatten into an outer struct.
func (d programmeDoc) MarshalJSON() ([]byte, error) {
	b := d.rec.Base()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // as writeJSON: the Marshaler's output is not re-escaped
	if err := enc.Encode(d.rec); err != nil {
		return nil, err
	}
	inner := bytes.TrimSpace(buf.Bytes())
	var out bytes.Buffer
	fmt.Fprintf(&out, `{"version":%d,`, b.Version)
	out.Write(inner[1 : len(inner)-1])
	stamps, err := json.Marshal(struct {
		CreatedAt string `json:"created_at,omitempty"`
		UpdatedAt string `json:"updated_at,omitempty"`
	}{timestamp(b.CreatedAt), timestamp(b.UpdatedAt)})
	if err != nil {
		return nil, err
	}
	if len(stamps) > 2 {
		out.WriteByte(',')
		out.Write(stamps[1:])
	} else {
		out.WriteByte('}')
	}
	return out.Bytes(), nil
}

// decodeProgramme reads a record of the kind from the body, refusing
// unknown fields; it returns the version the body expects.
func (ph programmeHandlers) decode(r *http.Request) (model.ProgrammeRecord, int64, error) {
	var raw map[string]json.RawMessage
	if err := decodeJSON(r, &raw); err != nil {
		return nil, 0, err
	}
	var version int64
	if v, ok := raw["version"]; ok {
		if err := json.Unmarshal(v, &version); err != nil || version < 0 {
			return nil, 0, model.Invalid("version", model.CodeBadFormat)
		}
	}
	for _, readOnly := range []string{"version", "created_at", "updated_at"} {
		delete(raw, readOnly)
	}
	body, err := json.Marshal(raw)
	if err != nil {
		return nil, 0, err
	}
	rec := model.NewProgrammeRecord(ph.kind)
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(rec); err != nil {
		return nil, 0, decodeError(err, rec)
	}
	return rec, version, nil
}

// list serves GET /api/v1/<kind>s: filters as query parameters, ?after=
// is the cursor of the next page.
func (ph programmeHandlers) list(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	after, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	f := app.ProgrammeFilter{Kind: ph.kind, Status: q.Get("status"), Sphere: q.Get("sphere"), City: q.Get("city"),
		OrgID: q.Get("org"), ExpertID: q.Get("expert"), From: q.Get("from"), Until: q.Get("until"), Query: q.Get("q")}
	page, err := ph.app.ListProgramme(r.Context(), c, f, after, limit)
	if err != nil {
		return err
	}
	items := make([]programmeDoc, 0, len(page.Items))
	for _, rec := range page.Items {
		items = append(items, programmeDoc{rec})
	}
	return writeJSON(w, http.StatusOK, listBody[programmeDoc]{Items: items, Next: cursor(page.Next), Total: page.Total})
}

// get serves GET /api/v1/<kind>s/{id}, the id being the record's own.
func (ph programmeHandlers) get(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	rec, err := ph.app.Programme(r.Context(), c, ph.kind, r.PathValue("id"))
	if err != nil {
		return err
	}
	setETag(w, rec.Base().Version)
	return writeJSON(w, http.StatusOK, programmeDoc{rec})
}

// create serves POST /api/v1/<kind>s. A record whose id is taken is a
// conflict: changes go through PUT. An empty id is given a generated one.
func (ph programmeHandlers) create(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	rec, _, err := ph.decode(r)
	if err != nil {
		return err
	}
	if xid := rec.Base().ExternalID; xid != "" {
		if _, err := ph.app.Programme(r.Context(), c, ph.kind, xid); err == nil {
			return fmt.Errorf("api: %s %q exists: %w", ph.kind, xid, model.ErrConflict)
		}
	}
	saved, err := ph.app.SaveProgramme(r.Context(), c, rec)
	if err != nil {
		return err
	}
	w.Header().Set("Location", ph.path+"/"+url.PathEscape(saved.Base().ExternalID))
	setETag(w, saved.Base().Version)
	return writeJSON(w, http.StatusCreated, programmeDoc{saved})
}

// update serves PUT /api/v1/<kind>s/{id}: the record is replaced, with
// the version check of If-Match or the body's "version".
func (ph programmeHandlers) update(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	xid := r.PathValue("id")
	if _, err := ph.app.Programme(r.Context(), c, ph.kind, xid); err != nil {
		return err
	}
	rec, bodyVersion, err := ph.decode(r)
	if err != nil {
		return err
	}
	expect, err := expectedVersion(r, bodyVersion)
	if err != nil {
		return err
	}
	b := rec.Base()
	switch b.ExternalID {
	case "":
		b.ExternalID = xid
	case xid:
	default:
		// A record is not renamed: its id is in links and in other systems.
		return &model.ValidationError{Errors: []model.FieldError{{Field: "id", Code: model.CodeUnknownValue,
			Params: map[string]any{"value": b.ExternalID}}}}
	}
	b.Version = expect
	saved, err := ph.app.SaveProgramme(r.Context(), c, rec)
	if err != nil {
		return err
	}
	setETag(w, saved.Base().Version)
	return writeJSON(w, http.StatusOK, programmeDoc{saved})
}

// expiringAgreements serves GET /api/v1/agreements/expiring?days=N
// (default 90): the agreements in force whose term ends within N days,
// soonest first.
func (h *api) expiringAgreements(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	days := 90
	if s := r.URL.Query().Get("days"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return model.Invalid("days", model.CodeBadFormat)
		}
		days = n
	}
	list, err := h.app.ExpiringAgreements(r.Context(), c, days)
	if err != nil {
		return err
	}
	items := make([]programmeDoc, 0, len(list))
	for _, ag := range list {
		items = append(items, programmeDoc{ag})
	}
	return writeJSON(w, http.StatusOK, struct {
		Items []programmeDoc `json:"items"`
	}{items})
}
