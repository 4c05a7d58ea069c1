package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

const adminToken = "s3cret-admin-token"

// Authorisations a step may use.
const (
	anon  = ""
	admin = "admin"
	wrong = "wrong"
)

// env is an API over a fresh database, with the ids and versions of the
// records the steps so far have saved.
type env struct {
	h    http.Handler
	vars map[string]string
}

func newEnv(t *testing.T, db *store.DB, cfg Config) *env {
	t.Helper()
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	return &env{h: New(app.New(db, nil), tr, cfg, nil), vars: map[string]string{}}
}

// eachDB runs fn on an API over each database, configured with the admin
// token.
func eachDB(t *testing.T, fn func(t *testing.T, e *env)) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		fn(t, newEnv(t, db, Config{AdminToken: adminToken}))
	})
}

// response is what a request got back.
type response struct {
	status int
	header http.Header
	body   []byte
}

func (r *response) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("response is not a JSON object: %v\n%s", err, r.body)
	}
	return m
}

// errorBody returns the "error" member of an error response.
func (r *response) error(t *testing.T) map[string]any {
	t.Helper()
	e, ok := r.json(t)["error"].(map[string]any)
	if !ok {
		t.Fatalf("no error object in %s", r.body)
	}
	return e
}

// request describes one HTTP request of a test.
type request struct {
	method, path string
	body         any // a string is sent as is, anything else as JSON
	auth         string
	header       map[string]string
}

// expand replaces $name and $name.version by the saved values.
func (e *env) expand(s string) string {
	keys := make([]string, 0, len(e.vars))
	for k := range e.vars {
		keys = append(keys, k)
	}
	// Longest first, so that $a.version is not read as $a + ".version".
	slices.SortFunc(keys, func(a, b string) int { return len(b) - len(a) })
	for _, k := range keys {
		s = strings.ReplaceAll(s, "$"+k, e.vars[k])
	}
	return s
}

func (e *env) do(t *testing.T, rq request) *response {
	t.Helper()
	var body io.Reader
	switch b := rq.body.(type) {
	case nil:
	case string:
		body = strings.NewReader(e.expand(b))
	case []byte:
		body = bytes.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		body = strings.NewReader(e.expand(string(raw)))
	}
	req := httptest.NewRequest(rq.method, e.expand(rq.path), body)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	switch rq.auth {
	case admin:
		req.Header.Set("Authorization", "Bearer "+adminToken)
	case wrong:
		req.Header.Set("Authorization", "Bearer not-the-token")
	}
	for k, v := range rq.header {
		req.Header.Set(k, e.expand(v))
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	return &response{status: rec.Code, header: rec.Result().Header, body: rec.Body.Bytes()}
}

// step is one request of a scenario and what it must get.
type step struct {
	name string
	request
	status int
	// For error responses: the code, the field and a part of the message.
	code, field, message string
	// save stores the response's id and version as $save and $save.version.
	save  string
	check func(t *testing.T, r *response)
}

// run performs the steps in order; later steps see what earlier ones saved.
func (e *env) run(t *testing.T, steps []step) {
	t.Helper()
	for _, s := range steps {
		r := e.do(t, s.request)
		ok := t.Run(s.name, func(t *testing.T) {
			if r.status != s.status {
				t.Fatalf("%s %s: status %d, want %d\n%s", s.method, e.expand(s.path), r.status, s.status, r.body)
			}
			if s.code != "" || s.field != "" || s.message != "" {
				checkError(t, r, s.code, s.field, s.message)
			}
			if s.save != "" {
				m := r.json(t)
				e.vars[s.save] = jsonInt(t, m, "id")
				e.vars[s.save+".version"] = jsonInt(t, m, "version")
			}
			if s.check != nil {
				s.check(t, r)
			}
		})
		if !ok {
			t.FailNow() // later steps depend on this one
		}
	}
}

func checkError(t *testing.T, r *response, code, field, message string) {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("error Content-Type %q", ct)
	}
	e := r.error(t)
	if got, _ := e["code"].(string); got != code {
		t.Errorf("code %q, want %q", got, code)
	}
	if got, _ := e["field"].(string); got != field {
		t.Errorf("field %q, want %q", got, field)
	}
	if got, _ := e["message"].(string); got == "" || !strings.Contains(got, message) {
		t.Errorf("message %q, want it to contain %q", got, message)
	}
}

func jsonInt(t *testing.T, m map[string]any, key string) string {
	t.Helper()
	f, ok := m[key].(float64)
	if !ok {
		t.Fatalf("no number %q in %v", key, m)
	}
	return strconv.FormatInt(int64(f), 10)
}

// expert returns a valid expert document with the external id, changed by
// the options.
func expert(xid string, opts ...func(map[string]any)) map[string]any {
	m := map[string]any{
		"external_id": xid,
		"name":        map[string]string{"ru": "Анна Смирнова", "en": "Anna Smirnova"},
		"city":        "moscow",
		"country":     "RU",
		"spheres":     []string{"transport.subway"},
		"orcid":       "0000-0002-1825-0097",
		"email":       "anna@example.org",
		"phone":       "+7 495 123-45-67",
		"visibility":  "public",
	}
	for _, o := range opts {
		o(m)
	}
	return m
}

func with(key string, v any) func(map[string]any) {
	return func(m map[string]any) { m[key] = v }
}

func without(key string) func(map[string]any) {
	return func(m map[string]any) { delete(m, key) }
}

// hasFields checks members of a JSON object, compared as printed ($names
// expanded when the check runs); a nil want means absent.
func (e *env) hasFields(want map[string]any) func(t *testing.T, r *response) {
	return func(t *testing.T, r *response) {
		t.Helper()
		m := r.json(t)
		for k, w := range want {
			got, present := m[k]
			switch {
			case w == nil && present:
				t.Errorf("%s present (%v), want absent", k, got)
			case w != nil && fmt.Sprint(got) != e.expand(fmt.Sprint(w)):
				t.Errorf("%s = %v, want %v", k, got, e.expand(fmt.Sprint(w)))
			}
		}
	}
}

// listed returns the external ids of a list response, and its total and
// next cursor.
func listed(t *testing.T, r *response) (xids []string, total int, next string) {
	t.Helper()
	var page struct {
		Items []struct {
			ExternalID string `json:"external_id"`
		} `json:"items"`
		Total *int    `json:"total"`
		Next  *string `json:"next"`
	}
	if err := json.Unmarshal(r.body, &page); err != nil {
		t.Fatalf("list: %v\n%s", err, r.body)
	}
	if page.Items == nil || page.Total == nil || page.Next == nil {
		t.Fatalf("list lacks items, total or next: %s", r.body)
	}
	for _, it := range page.Items {
		xids = append(xids, it.ExternalID)
	}
	return xids, *page.Total, *page.Next
}

// lists checks a list response's external ids (in order) and total.
func lists(total int, xids ...string) func(t *testing.T, r *response) {
	return func(t *testing.T, r *response) {
		t.Helper()
		got, gotTotal, _ := listed(t, r)
		if !slices.Equal(got, xids) && !(len(got) == 0 && len(xids) == 0) {
			t.Errorf("items %v, want %v", got, xids)
		}
		if gotTotal != total {
			t.Errorf("total %d, want %d", gotTotal, total)
		}
	}
}
