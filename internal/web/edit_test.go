package web

import (
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// editForm reads the edit page of an expert and returns its form values,
// as a browser would submit them unchanged.
func editForm(t *testing.T, c *client, id int64) url.Values {
	t.Helper()
	r := c.get(expertURL(id) + "/edit")
	if r.status != http.StatusOK {
		t.Fatalf("edit page: status %d", r.status)
	}
	e, err := c.expert(id)
	if err != nil {
		t.Fatal(err)
	}
	v := formFromExpert(e)
	v.Set("csrf", csrf(t, r.body))
	return v
}

func TestEditExpert(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		srv := newTestServer(t, f.app)
		admin := newClient(t, srv)
		admin.app = f.app
		admin.signIn()
		admin.lang = "ru"
		edit := expertURL(f.ivanov.ID) + "/edit"

		tests := []struct {
			name   string
			change func(v url.Values)
			status int
			want   []string
		}{
			{"no token", func(v url.Values) { v.Del("csrf") }, http.StatusForbidden, []string{"Сеанс истёк"}},
			{"wrong token", func(v url.Values) { v.Set("csrf", "x") }, http.StatusForbidden, nil},
			{"bad ORCID in Russian", func(v url.Values) { v.Set("orcid", "0000-0002-1825-0098") }, http.StatusUnprocessableEntity,
				[]string{`id="err-f-orcid"`, "Контрольная цифра не сходится", `href="#f-orcid"`, "Исправьте 1 ошибку", "<code>ivanov</code>"}},
			{"several problems", func(v url.Values) {
				v.Set("email", "nope")
				v.Set("outputs[0].year", "MMXIX")
				v.Set("availability.until", "2020-01-01")
			}, http.StatusUnprocessableEntity,
				[]string{`id="err-f-email"`, `id="err-f-outputs[0].year"`, `id="err-f-availability.until"`, "Исправьте 3 ошибки"}},
			{"name required", func(v url.Values) {
				for _, l := range model.Langs {
					v.Del("name." + l)
				}
			}, http.StatusUnprocessableEntity, []string{`href="#f-name"`, "Обязательное поле"}},
			{"stale version", func(v url.Values) { v.Set("version", "999") }, http.StatusConflict, []string{"Открыть текущую версию"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				v := editForm(t, admin, f.ivanov.ID)
				tt.change(v)
				r := admin.post(edit, v)
				if r.status != tt.status {
					t.Fatalf("status %d, want %d\n%s", r.status, tt.status, r.body)
				}
				for _, s := range tt.want {
					if !strings.Contains(r.body, s) {
						t.Errorf("page lacks %q", s)
					}
				}
			})
		}

		t.Run("save, redirect, show", func(t *testing.T) {
			v := editForm(t, admin, f.ivanov.ID)
			v.Set("orcid", "0000-0002-1825-0097")
			v.Set("position.zh", "总工程师")
			v.Add("spheres", "urban-planning.utilities")
			r := admin.post(edit, v)
			if r.status != http.StatusSeeOther || r.header.Get("Location") != expertURL(f.ivanov.ID)+"?saved=1" {
				t.Fatalf("status %d to %q\n%s", r.status, r.header.Get("Location"), r.body)
			}
			page := admin.get(r.header.Get("Location"))
			for _, s := range []string{"Анкета сохранена", "0000-0002-1825-0097", "总工程师", "Городское хозяйство"} {
				if !strings.Contains(page.body, s) {
					t.Errorf("profile lacks %q", s)
				}
			}
			// The index follows: the new sub-sphere finds the expert.
			if res := admin.get("/experts?sphere=urban-planning.utilities"); !strings.Contains(res.body, "Иванов") {
				t.Error("the search does not see the change")
			}
		})

		t.Run("create", func(t *testing.T) {
			page := admin.get("/experts/new")
			v := url.Values{"csrf": {csrf(t, page.body)}, "name.ru": {"Соколова Мария"}, "native_lang": {"ru"},
				"city": {"moscow"}, "spheres": {"education"}, "keywords.ru": {"педагогика, школа"},
				"visibility": {"public"}, "outputs.rows": {"1"}}
			r := admin.post("/experts/new", v)
			if r.status != http.StatusSeeOther {
				t.Fatalf("status %d\n%s", r.status, r.body)
			}
			if p := admin.get(r.header.Get("Location")); !strings.Contains(p.body, "Соколова Мария") || !strings.Contains(p.body, "педагогика") {
				t.Error("the new profile is not shown")
			}
		})

		t.Run("anonymous may not post", func(t *testing.T) {
			anon := newClient(t, srv)
			page := anon.get("/signin")
			v := url.Values{"csrf": {csrf(t, page.body)}, "name.en": {"X"}}
			if r := anon.post("/experts/new", v); r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/signin") {
				t.Errorf("status %d to %q", r.status, r.header.Get("Location"))
			}
		})
	})
}

func TestSignIn(t *testing.T) {
	srv := newTestServer(t, newFixture(t, sqliteDB(t)).app)
	c := newClient(t, srv)
	page := c.get("/signin?next=/dashboard")
	token := csrf(t, page.body)
	if r := c.post("/signin", url.Values{"csrf": {token}, "token": {"wrong"}, "next": {"/dashboard"}}); r.status != http.StatusUnauthorized {
		t.Errorf("wrong token: status %d", r.status)
	}
	before := c.cookie(sessionCookie)
	r := c.post("/signin", url.Values{"csrf": {token}, "token": {testToken}, "next": {"/dashboard"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/dashboard" {
		t.Fatalf("sign in: %d to %q", r.status, r.header.Get("Location"))
	}
	cookie := r.header.Get("Set-Cookie")
	for _, attr := range []string{"HttpOnly", "SameSite=Strict", "Path=/"} {
		if !strings.Contains(cookie, attr) {
			t.Errorf("session cookie %q lacks %s", cookie, attr)
		}
	}
	if after := c.cookie(sessionCookie); after == before || after == "" {
		t.Error("the session id did not change on sign-in")
	}
	home := c.get("/")
	if !strings.Contains(home.body, `action="/signout"`) {
		t.Fatal("not signed in")
	}
	if r := c.post("/signout", url.Values{"csrf": {csrf(t, home.body)}}); r.status != http.StatusSeeOther {
		t.Errorf("sign out: status %d", r.status)
	}
	if home := c.get("/"); strings.Contains(home.body, `action="/signout"`) {
		t.Error("still signed in after signing out")
	}
}

func TestSessions(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := newSessions(time.Hour, 2, func() time.Time { return now })
	a := s.start(policy.Admin())
	if got, ok := s.get(a.id); !ok || got.caller.Role != policy.RoleAdmin || got.csrf == "" {
		t.Fatalf("get = %+v, %v", got, ok)
	}
	now = now.Add(59 * time.Minute)
	if _, ok := s.get(a.id); !ok {
		t.Error("a used session expired")
	}
	now = now.Add(61 * time.Minute)
	if _, ok := s.get(a.id); ok {
		t.Error("an idle session lives on")
	}
	b, c := s.start(policy.Anonymous()), s.start(policy.Anonymous())
	now = now.Add(time.Minute)
	d := s.start(policy.Anonymous()) // full: the oldest goes
	if _, ok := s.get(b.id); ok {
		t.Error("the oldest session was kept over the limit")
	}
	for _, ss := range []session{c, d} {
		if _, ok := s.get(ss.id); !ok {
			t.Error("a newer session was dropped")
		}
	}
}

func TestFormRoundTrip(t *testing.T) {
	for _, e := range fixtureExperts() {
		e.Normalize()
		e.ID, e.Version = 7, 3
		p := expertFromForm(formFromExpert(&e), e)
		got := *p.Expert
		got.Normalize()
		if len(p.Problems) > 0 {
			t.Errorf("%s: problems %v", e.ExternalID, p.Problems)
		}
		if !reflect.DeepEqual(got, e) {
			t.Errorf("%s: round trip\n got %+v\nwant %+v", e.ExternalID, got, e)
		}
	}
}

func TestFormField(t *testing.T) {
	p := parsedForm{rowOf: []int{0, 2}}
	tests := map[string]string{
		"orcid":                   "orcid",
		"name.ru":                 "name.ru",
		"spheres[3]":              "spheres",
		"keywords.zh[1]":          "keywords.zh",
		"outputs[1].title":        "outputs[2].title",
		"outputs[0].year":         "outputs[0].year",
		"availability.formats[0]": "availability.formats",
	}
	for in, want := range tests {
		if got := p.formField(in); got != want {
			t.Errorf("formField(%q) = %q, want %q", in, got, want)
		}
	}
}
