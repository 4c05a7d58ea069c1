package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// The authorisation matrix: every route of the API × every role × every
// visibility setting of a profile, with the exact status, and for the
// routes that return profiles the exact keys of the profile returned.

// Roles of the matrix, each acting through an API token of its own (the
// bootstrap role through the admin token).
const (
	rAnon      = "anonymous"
	rOther     = "other expert" // a signed-in user who does not look after the profile
	rCoordMSK  = "moscow coordinator"
	rCoordBJ   = "beijing coordinator"
	rEditor    = "msu editor"
	rSelf      = "the expert"
	rAdmin     = "admin"
	rBootstrap = "admin token"
)

var matrixRoles = []string{rAnon, rOther, rCoordMSK, rCoordBJ, rEditor, rSelf, rAdmin, rBootstrap}

// Keys of an expert document. Every subject fills every field, so a key is
// there exactly when the caller may see the field.
var (
	baseKeys = []string{"id", "version", "external_id", "name", "native_lang", "city", "country", "spheres",
		"visibility", "created_at", "updated_at"}
	publicKeys = []string{"organization", "organization_id", "position", "keywords", "bio", "languages", "orcid",
		"outputs", "availability"}
)

// setting is one visibility setting of the subject profile and what each
// role sees of it: "" hidden, else extra keys (+k) and removed keys (-k)
// relative to baseKeys+publicKeys.
type setting struct {
	name       string
	visibility string
	consent    *model.Consent
	levels     map[string]string
	sees       map[string]string
}

var everything = "+email +phone"

var matrixSettings = []setting{
	{name: "public, defaults", visibility: "public", sees: map[string]string{
		rAnon: "", rOther: "", rCoordMSK: "", rCoordBJ: "", rEditor: "", rSelf: everything, rAdmin: everything}},
	{name: "public, e-mail public, contact allowed", visibility: "public",
		consent: &model.Consent{Public: true, Contact: true}, levels: map[string]string{"email": "public"},
		sees: map[string]string{rAnon: "+email", rOther: "+email", rCoordBJ: "+email",
			rCoordMSK: everything + " +consent +field_visibility", rEditor: everything + " +consent +field_visibility",
			rSelf: everything + " +consent +field_visibility", rAdmin: everything + " +consent +field_visibility"}},
	{name: "registered", visibility: "registered", sees: map[string]string{
		rAnon: "hidden", rOther: "", rCoordMSK: "", rCoordBJ: "", rEditor: "", rSelf: everything, rAdmin: everything}},
	{name: "coordinators", visibility: "coordinators", sees: map[string]string{
		rAnon: "hidden", rOther: "hidden", rCoordMSK: "", rCoordBJ: "hidden", rEditor: "", rSelf: everything, rAdmin: everything}},
	{name: "coordinators, shared with the partner city", visibility: "coordinators",
		consent: &model.Consent{Public: true, PartnerCity: true, Contact: true}, sees: map[string]string{
			rAnon: "hidden", rOther: "hidden", rCoordMSK: everything + " +consent", rCoordBJ: everything + " +consent",
			rEditor: everything + " +consent", rSelf: everything + " +consent", rAdmin: everything + " +consent"}},
	{name: "public, not listed", visibility: "public", consent: &model.Consent{}, sees: map[string]string{
		rAnon: "hidden", rOther: "hidden", rCoordMSK: "+consent", rCoordBJ: "hidden", rEditor: "+consent",
		rSelf: everything + " +consent", rAdmin: everything + " +consent"}},
	{name: "public, restricted fields", visibility: "public",
		levels: map[string]string{"bio": "private", "orcid": "registered", "outputs": "coordinators"},
		sees: map[string]string{rAnon: "-bio -orcid -outputs", rOther: "-bio -outputs", rCoordBJ: "-bio -outputs",
			rCoordMSK: "-bio +field_visibility", rEditor: "-bio +field_visibility",
			rSelf: everything + " +field_visibility", rAdmin: everything + " +field_visibility"}},
}

// expectedKeys returns the keys role sees of the setting's subject, or nil
// when the profile is hidden from them.
func (s setting) expectedKeys(role string) []string {
	if role == rBootstrap {
		role = rAdmin
	}
	spec := s.sees[role]
	if spec == "hidden" {
		return nil
	}
	keys := append(slices.Clone(baseKeys), publicKeys...)
	for _, op := range strings.Fields(spec) {
		switch op[0] {
		case '+':
			keys = append(keys, op[1:])
		case '-':
			keys = slices.DeleteFunc(keys, func(k string) bool { return k == op[1:] || op[1:] == "organization" && k == "organization_id" })
		}
	}
	sort.Strings(keys)
	return keys
}

// world is the matrix's database: one subject per setting, and per
// setting the accounts of the roles (the expert and the other expert are
// linked to that setting's profiles).
type world struct {
	a        *app.App
	h        http.Handler
	subjects []*model.Expert
	tokens   []map[string]string // per setting: role → bearer token
	callers  []map[string]policy.Caller
}

// fastAccounts: cheap hashes, and a limiter that never engages (the
// matrix signs in with a wrong password many times from one address).
var fastAccounts = app.AccountsConfig{
	Password: app.PasswordParams{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
	Limiter:  app.LimiterConfig{FreeFailures: 1 << 30, AddrBurst: 1 << 30},
}

func newWorld(t *testing.T, db *store.DB) *world {
	t.Helper()
	ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.NewMemory(an)
	if err != nil {
		t.Fatal(err)
	}
	a := app.New(db, nil)
	if err := a.ConfigureAccounts(fastAccounts); err != nil {
		t.Fatal(err)
	}
	a.UseIndex(idx, translit.Aliases)
	t.Cleanup(func() { _ = a.CloseIndex() })
	// The matching index follows the change log, so it sees the profiles
	// created below.
	if err := a.BuildMatcher(ctx, an); err != nil {
		t.Fatal(err)
	}
	for _, o := range []model.Organization{
		{ExternalID: "msu", Name: model.Text{"ru": "МГУ"}, City: "moscow", Country: "RU"},
		{ExternalID: "pku", Name: model.Text{"zh": "北京大学"}, City: "beijing", Country: "CN"},
	} {
		if err := a.CreateOrganization(ctx, &o); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	w := &world{a: a, h: New(a, tr, Config{AdminToken: adminToken}, nil)}
	for i, s := range matrixSettings {
		subj := matrixSubject(i, s)
		other := &model.Expert{ExternalID: fmt.Sprintf("other-%d", i), Name: model.Text{"en": "Other Person"}, City: "beijing"}
		for _, e := range []*model.Expert{subj, other} {
			if err := a.CreateExpert(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		w.subjects = append(w.subjects, subj)
		accounts := map[string]app.NewUser{
			rOther:    {Role: policy.RoleExpert, ExpertID: other.ID},
			rCoordMSK: {Role: policy.RoleCoordinator, City: "moscow"},
			rCoordBJ:  {Role: policy.RoleCoordinator, City: "beijing"},
			rEditor:   {Role: policy.RoleOrgEditor, OrgIDs: []string{"msu"}},
			rSelf:     {Role: policy.RoleExpert, ExpertID: subj.ID},
			rAdmin:    {Role: policy.RoleAdmin},
		}
		toks := map[string]string{rBootstrap: adminToken}
		callers := map[string]policy.Caller{rAnon: policy.Anonymous(), rBootstrap: policy.Admin()}
		for role, nu := range accounts {
			nu.Login = fmt.Sprintf("%s-%d@example.org", strings.ReplaceAll(role, " ", "-"), i)
			nu.Password = "matrix password " + strconv.Itoa(i)
			u, _, err := a.CreateUser(ctx, policy.Admin(), nu)
			if err != nil {
				t.Fatalf("%s: %v", role, err)
			}
			scopes := []string{policy.ScopeRead, policy.ScopeWrite}
			if role == rAdmin {
				scopes = append(scopes, policy.ScopeAdmin)
			}
			tok, _, err := a.CreateAPIToken(ctx, policy.Admin(), u.ID, role, scopes)
			if err != nil {
				t.Fatal(err)
			}
			toks[role] = tok
			c := app.CallerOf(u)
			c.Scopes = scopes
			callers[role] = c
		}
		w.tokens = append(w.tokens, toks)
		w.callers = append(w.callers, callers)
	}
	return w
}

// matrixSubject fills every field, so that a missing key is a hidden field.
func matrixSubject(i int, s setting) *model.Expert {
	return &model.Expert{
		ExternalID: fmt.Sprintf("subject-%d", i),
		Name:       model.Text{"ru": "Субъект Проверки", "en": "Subject " + matrixWord(i)},
		City:       "moscow", Country: "RU",
		Organization: model.Text{"ru": "МГУ"}, OrgID: "msu", Position: model.Text{"ru": "Профессор"},
		Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"тоннели"}},
		Bio: model.Text{"ru": "Строит тоннели."}, Languages: []string{"ru"}, ORCID: "0000-0002-1825-0097",
		Email: fmt.Sprintf("subject.%d@example.org", i), Phone: "+7 495 000-00-0" + strconv.Itoa(i),
		Outputs:      []model.Output{{Kind: "publication", Title: "Тоннели"}},
		Availability: &model.Availability{Formats: []string{"lecture"}},
		Visibility:   s.visibility, Consent: s.consent, FieldVisibility: s.levels,
	}
}

// matrixWord is a word found in one subject's name only, for searches.
func matrixWord(i int) string {
	return []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"}[i]
}

func (w *world) do(method, path, token string, body string) *httptest.ResponseRecorder {
	var r *http.Request
	if body != "" {
		r = httptest.NewRequest(method, path, strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
	} else {
		r = httptest.NewRequest(method, path, nil)
	}
	r.RemoteAddr = "192.0.2.1:1234"
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	w.h.ServeHTTP(rec, r)
	return rec
}

// probe is how the matrix exercises one route: the request to make and
// the status each role must get. Routes without a probe of their own get a
// generic one from their flags.
type probe struct {
	path   string // with {id} replaced
	body   string
	status func(role string, visible bool) int
	// keys: the response holds the subject; check its keys exactly.
	keys func(rec *httptest.ResponseRecorder) (map[string]any, bool)
	// before runs ahead of the request (to put a version in the queue).
	before func(t *testing.T, w *world, i int) string
}

const missingID = "999999"

func byRole(m map[string]int, def int) func(string, bool) int {
	return func(role string, _ bool) int {
		if s, ok := m[role]; ok {
			return s
		}
		return def
	}
}

// readable: 200 when the subject is visible, 404 when hidden.
func readable(role string, visible bool) int {
	if visible {
		return http.StatusOK
	}
	return http.StatusNotFound
}

func (w *world) probes(i int) map[string]probe {
	subj := strconv.FormatInt(w.subjects[i].ID, 10)
	consent, _ := json.Marshal(w.subjects[i].EffectiveConsent())
	signed := func(ok int, others int, roles ...string) func(string, bool) int {
		return func(role string, _ bool) int {
			switch {
			case role == rAnon:
				return http.StatusUnauthorized
			case slices.Contains(roles, role):
				return ok
			}
			return others
		}
	}
	experts := []string{rSelf, rOther}
	admins := []string{rAdmin, rBootstrap}
	return map[string]probe{
		"GET /api/v1/experts": {path: "/api/v1/experts?limit=500", status: byRole(nil, http.StatusOK), keys: findInList(w.subjects[i].ID)},
		"GET /api/v1/experts/{id}": {path: "/api/v1/experts/" + subj, status: readable,
			keys: func(rec *httptest.ResponseRecorder) (map[string]any, bool) { return decodeObject(rec), true }},
		"POST /api/v1/sessions": {path: "/api/v1/sessions", body: `{"login":"nobody@example.org","password":"not the password"}`,
			status: byRole(nil, http.StatusUnauthorized)},
		"DELETE /api/v1/sessions/current": {path: "/api/v1/sessions/current", status: signed(http.StatusNoContent, http.StatusNoContent)},
		"GET /api/v1/me":                  {path: "/api/v1/me", status: signed(http.StatusOK, http.StatusOK)},
		"GET /api/v1/me/data":             {path: "/api/v1/me/data", status: signed(http.StatusOK, http.StatusForbidden, experts...)},
		"PUT /api/v1/me/profile": {path: "/api/v1/me/profile", body: `{"external_id":"ignored"}`,
			status: signed(http.StatusBadRequest, http.StatusForbidden, experts...)},
		"POST /api/v1/me/erasure": {path: "/api/v1/me/erasure", status: signed(http.StatusNoContent, http.StatusForbidden, experts...)},
		"GET /api/v1/me/tokens": {path: "/api/v1/me/tokens", status: func(role string, _ bool) int {
			switch role {
			case rAnon:
				return http.StatusUnauthorized
			case rBootstrap: // no account: the admin may list every account's
				return http.StatusOK
			}
			return http.StatusOK
		}},
		"POST /api/v1/me/tokens": {path: "/api/v1/me/tokens", body: `{"name":"matrix","scopes":["read"]}`,
			status: func(role string, _ bool) int {
				switch role {
				case rAnon:
					return http.StatusUnauthorized
				case rBootstrap, rAdmin: // no account of its own; a token may not mint tokens
					return map[string]int{rBootstrap: http.StatusNotFound, rAdmin: http.StatusCreated}[role]
				}
				return http.StatusForbidden // API tokens may not mint tokens
			}},
		"DELETE /api/v1/me/tokens/{id}": {path: "/api/v1/me/tokens/" + missingID, status: signed(http.StatusNotFound, http.StatusNotFound)},
		"GET /api/v1/experts/{id}/consent": {path: "/api/v1/experts/" + subj + "/consent",
			status: signed(http.StatusOK, http.StatusNotFound, append([]string{rSelf}, admins...)...)},
		"PUT /api/v1/experts/{id}/consent": {path: "/api/v1/experts/" + subj + "/consent", body: string(consent),
			status: func(role string, visible bool) int {
				switch {
				case role == rAnon:
					return http.StatusUnauthorized
				case role == rSelf || role == rAdmin || role == rBootstrap:
					return http.StatusOK
				case visible:
					return http.StatusForbidden
				}
				return http.StatusNotFound
			}},
		"GET /api/v1/reviews": {path: "/api/v1/reviews",
			status: signed(http.StatusOK, http.StatusForbidden, rCoordMSK, rCoordBJ, rAdmin, rBootstrap)},
		"POST /api/v1/reviews/{id}/approve": {before: submitVersion, status: reviewStatus(http.StatusOK)},
		"POST /api/v1/reviews/{id}/reject":  {before: submitVersion, status: reviewStatus(http.StatusNoContent)},
		"GET /api/v1/audit":                 {path: "/api/v1/audit?limit=1", status: signed(http.StatusOK, http.StatusForbidden, admins...)},
		"GET /api/v1/experts/{id}/similar":  {path: "/api/v1/experts/" + subj + "/similar", status: readable},
		// Coordinators broker requests: they may record one (an empty body
		// is then refused as invalid); experts and editors may not.
		"POST /api/v1/requests": {path: "/api/v1/requests", body: "{}",
			status: signed(http.StatusBadRequest, http.StatusForbidden, rCoordMSK, rCoordBJ, rAdmin, rBootstrap)},
		"GET /api/v1/experts/{id}/requests": {path: "/api/v1/experts/" + subj + "/requests", status: func(role string, visible bool) int {
			if role == rAnon {
				return http.StatusUnauthorized
			}
			return readable(role, visible)
		}},
	}
}

// reviewStatus: the Moscow coordinator and the admins decide a Moscow
// profile's version; the Beijing coordinator is refused; anyone else is
// told there is no such version.
func reviewStatus(ok int) func(string, bool) int {
	return func(role string, _ bool) int {
		switch role {
		case rAnon:
			return http.StatusUnauthorized
		case rCoordMSK, rAdmin, rBootstrap:
			return ok
		case rCoordBJ:
			return http.StatusForbidden
		}
		return http.StatusNotFound
	}
}

// submitVersion puts the subject's current profile, unchanged, in the
// review queue and returns the path part "/api/v1/reviews/{id}".
func submitVersion(t *testing.T, w *world, i int) string {
	t.Helper()
	ctx := context.Background()
	cur, err := w.a.Expert(ctx, w.subjects[i].ID)
	if err != nil {
		t.Fatal(err)
	}
	v, err := w.a.SubmitOwnProfile(ctx, w.callers[i][rSelf], cur)
	if err != nil {
		t.Fatal(err)
	}
	return "/api/v1/reviews/" + strconv.FormatInt(v.ID, 10)
}

func decodeObject(rec *httptest.ResponseRecorder) map[string]any {
	var m map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &m)
	return m
}

// findInList returns the subject's item of a list or search response.
func findInList(id int64) func(rec *httptest.ResponseRecorder) (map[string]any, bool) {
	return func(rec *httptest.ResponseRecorder) (map[string]any, bool) {
		var body struct {
			Items []map[string]any `json:"items"`
		}
		_ = json.Unmarshal(rec.Body.Bytes(), &body)
		for _, it := range body.Items {
			if n, _ := it["id"].(float64); int64(n) == id {
				return it, true
			}
		}
		return nil, false
	}
}

// genericProbe covers the routes of other parts of the API from their
// flags. Their own tests say who may use them; the matrix checks that no
// role causes a server error, that a refusal is 401 for the anonymous and
// 403 for the signed in, that the admins are never refused, and that the
// write routes refuse everyone else (an admin's empty body gets past
// authorisation to a 4xx of the request itself).
func genericProbe(rt route, subj string) probe {
	path := strings.ReplaceAll(rt.Path, "{id}", missingID)
	if strings.HasPrefix(rt.Path, "/api/v1/experts/{id}") && rt.Method == http.MethodGet {
		path = strings.ReplaceAll(rt.Path, "{id}", subj)
	}
	return probe{path: path, body: map[bool]string{true: "{}"}[rt.Method == http.MethodPost || rt.Method == http.MethodPut]}
}

func (p probe) check(t *testing.T, rt route, role string, rec *httptest.ResponseRecorder, visible bool) {
	t.Helper()
	if p.status != nil {
		if want := p.status(role, visible); rec.Code != want {
			t.Errorf("status %d, want %d: %s", rec.Code, want, rec.Body.String())
		}
		return
	}
	admin := role == rAdmin || role == rBootstrap
	refused := rec.Code == http.StatusUnauthorized || rec.Code == http.StatusForbidden
	switch {
	case rec.Code >= 500:
		t.Errorf("server error %d: %s", rec.Code, rec.Body.String())
	case admin && refused:
		t.Errorf("%s refused with %d", role, rec.Code)
	case role == rAnon && (rt.Write || rt.Signed || refused) && rec.Code != http.StatusUnauthorized:
		t.Errorf("anonymous got %d, want 401", rec.Code)
	case role != rAnon && !admin && (rt.Write || refused) && rec.Code != http.StatusForbidden:
		t.Errorf("%s got %d, want 403", role, rec.Code)
	}
}

// routeOrder runs reads first and the erasure last, so that no request
// changes what a later one of the same setting expects.
func routeOrder(rt route) int {
	switch {
	case rt.Path == "/api/v1/me/erasure":
		return 3
	case rt.Method == http.MethodGet:
		return 0
	case rt.Method == http.MethodDelete:
		return 2
	}
	return 1
}

func TestAuthorizationMatrix(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newWorld(t, db)
		routes := (&api{}).routes()
		slices.SortStableFunc(routes, func(a, b route) int { return routeOrder(a) - routeOrder(b) })
		searched := route{Method: http.MethodGet, Path: "/api/v1/experts?q"} // the search form of the list
		routes = append([]route{searched}, routes...)
		cells := 0
		for i, s := range matrixSettings {
			probes := w.probes(i)
			probes["GET /api/v1/experts?q"] = probe{path: "/api/v1/experts?q=" + matrixWord(i) + "&per_page=100",
				status: byRole(nil, http.StatusOK), keys: findInList(w.subjects[i].ID)}
			subj := strconv.FormatInt(w.subjects[i].ID, 10)
			for _, rt := range routes {
				p, mine := probes[rt.Method+" "+rt.Path]
				if !mine {
					p = genericProbe(rt, subj)
				}
				roles := matrixRoles
				if rt.Path == "/api/v1/me/erasure" {
					// The expert's own erasure ends the setting; others first.
					roles = []string{rAnon, rCoordMSK, rCoordBJ, rEditor, rAdmin, rBootstrap, rOther, rSelf}
				}
				for _, role := range roles {
					name := fmt.Sprintf("%s/%s %s/%s", s.name, rt.Method, rt.Path, role)
					path := p.path
					if p.before != nil {
						path = p.before(t, w, i) + strings.TrimPrefix(rt.Path, "/api/v1/reviews/{id}")
					}
					want := s.expectedKeys(role)
					rec := w.do(rt.Method, path, w.tokens[i][role], p.body)
					cells++
					t.Run(name, func(t *testing.T) {
						p.check(t, rt, role, rec, want != nil)
						if p.keys == nil || rec.Code != http.StatusOK {
							return
						}
						doc, found := p.keys(rec)
						if found != (want != nil) {
							t.Fatalf("subject returned = %v, want %v", found, want != nil)
						}
						if !found {
							return
						}
						delete(doc, "score") // of a search hit, not of the profile
						delete(doc, "snippets")
						if got := sortedKeys(doc); !slices.Equal(got, want) {
							t.Errorf("keys\n got %v\nwant %v", got, want)
						}
					})
				}
			}
		}
		t.Logf("%d route × role × setting cells", cells)
	})
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
