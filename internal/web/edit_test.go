package web

import (
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"talentbridge/internal/model"
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
