package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

// buildMatcher builds the fixture's matching index, as the first match
// request of a server does in the background.
func buildMatcher(t testing.TB, f *fixture) {
	t.Helper()
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	if err := f.app.BuildMatcher(context.Background(), an); err != nil {
		t.Fatal(err)
	}
}

func TestTalentRequests(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		buildMatcher(t, f)
		srv := newTestServer(t, f.app)
		anon, coord, expert := newClient(t, srv), newClient(t, srv), newClient(t, srv)
		coord.signInAs(moscowLogin)
		expert.signInAs(expertLogin)

		if r := anon.get("/requests"); r.status != http.StatusSeeOther {
			t.Errorf("anonymous list: status %d", r.status)
		}
		if r := expert.get("/requests/new"); r.status != http.StatusForbidden {
			t.Errorf("an expert's request form: status %d", r.status)
		}

		coord.lang = "ru"
		page := coord.get("/requests/new")
		if page.status != 200 || !strings.Contains(page.body, `value="moscow" selected`) || !strings.Contains(page.body, `name="spheres"`) {
			t.Fatalf("form: status %d", page.status)
		}
		bad := url.Values{"csrf": {csrf(t, page.body)}, "from": {"2026-06-01"}, "until": {"2026-01-01"}, "languages_other": {"klingon"}}
		r := coord.post("/requests/new", bad)
		if r.status != http.StatusUnprocessableEntity {
			t.Fatalf("invalid request: status %d", r.status)
		}
		for _, s := range []string{`id="err-f-title"`, "Обязательное поле", `id="err-f-until"`, `id="err-f-languages_other"`,
			`href="#f-title"`, "Исправьте 3 ошибки", `value="klingon"`} {
			if !strings.Contains(r.body, s) {
				t.Errorf("form with problems lacks %q", s)
			}
		}

		good := url.Values{"csrf": {csrf(t, page.body)}, "title": {"Проходка тоннелей метрополитена"},
			"description": {"Нужен консультант по проходке тоннелей и эксплуатации метро."},
			"spheres":     {"transport.subway"}, "languages": {"ru"}, "formats": {"consulting"},
			"city": {"beijing"}, "organization_id": {"bjtu"}, "hard": {"languages"}}
		r = coord.post("/requests/new", good)
		if r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/requests/req-") {
			t.Fatalf("create: %d to %q\n%s", r.status, r.header.Get("Location"), r.body)
		}
		reqURL := r.header.Get("Location")
		coord.lang = "en"
		p := coord.get(reqURL)
		if p.status != 200 {
			t.Fatalf("request page: status %d", p.status)
		}
		for _, s := range []string{"Проходка тоннелей метрополитена", "Beijing Jiaotong University", "Petr Ivanov", "% match",
			"Keywords", "Subway", "Languages: met", `id="m-ivanov"`, `name="decision" value="proposed"`} {
			if !strings.Contains(p.body, s) {
				t.Errorf("request page lacks %q", s)
			}
		}
		if strings.Contains(p.body, "Wang Wei") {
			t.Error("a hard language constraint let through an expert who does not speak Russian")
		}
		if m := inlineRE.FindString(p.body); m != "" {
			t.Errorf("inline code: %q", m)
		}

		r = coord.post(reqURL+"/shortlist", url.Values{"csrf": {csrf(t, p.body)}, "expert": {"ivanov"}, "decision": {"proposed"}})
		if r.status != http.StatusSeeOther || !strings.HasSuffix(r.header.Get("Location"), "#m-ivanov") {
			t.Fatalf("shortlist: %d to %q", r.status, r.header.Get("Location"))
		}
		p = coord.get(strings.TrimSuffix(r.header.Get("Location"), "#m-ivanov"))
		if !strings.Contains(p.body, "Added to the shortlist") || !strings.Contains(p.body, `class="decision decision-proposed"`) {
			t.Error("the shortlist does not show the decision")
		}
		r = coord.post(reqURL+"/shortlist", url.Values{"csrf": {csrf(t, p.body)}, "expert": {"ivanov"}, "decision": {"accepted"}})
		if r.status != http.StatusSeeOther {
			t.Fatalf("accept: status %d", r.status)
		}
		// A hidden profile cannot be decided on by guessing its id.
		if r := expert.post(reqURL+"/shortlist", url.Values{"csrf": {csrf(t, expert.get("/").body)}, "expert": {"petrova"}, "decision": {"accepted"}}); r.status != http.StatusForbidden {
			t.Errorf("an expert's decision: status %d", r.status)
		}
		if r := coord.post(reqURL+"/shortlist", url.Values{"csrf": {csrf(t, p.body)}, "expert": {"ivanov"}, "decision": {"maybe"}}); r.status != http.StatusBadRequest {
			t.Errorf("unknown decision: status %d", r.status)
		}
		stored, err := f.app.RequestByExternalID(context.Background(), strings.TrimPrefix(reqURL, "/requests/"))
		if err != nil || stored.Status != model.RequestShortlisted || len(stored.Shortlist) != 1 || stored.Shortlist[0].Decision != "accepted" {
			t.Fatalf("stored request: %+v, %v", stored, err)
		}

		list := coord.get("/requests?status=shortlisted")
		if !strings.Contains(list.body, "Проходка тоннелей") || !strings.Contains(list.body, "1 candidate") {
			t.Errorf("list by status:\n%s", list.body)
		}
		if list := coord.get("/requests?status=closed"); strings.Contains(list.body, "Проходка тоннелей") {
			t.Error("the closed filter shows an open request")
		}
		if r := coord.get("/requests?status=bogus"); r.status != http.StatusBadRequest {
			t.Errorf("bad status filter: %d", r.status)
		}
	})
}
