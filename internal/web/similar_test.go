package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// waitFor polls the page until it holds want: the profile's similar experts
// come from a background worker.
func waitFor(t *testing.T, c *client, path, want string) response {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		r := c.get(path)
		if strings.Contains(r.body, want) {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never showed %q\n%s", path, want, r.body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestSimilarExperts: the profile links to the similar experts' page, then
// shows what the worker computed for the same class of readers; a
// coordinators-only profile never reaches an anonymous reader, and a
// write makes the cached lists stale at once.
func TestSimilarExperts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		srv := newTestServer(t, f.app)
		anon, admin, coord := newClient(t, srv), newClient(t, srv), newClient(t, srv)
		admin.signIn()
		coord.signInAs(moscowLogin)
		profile := expertURL(f.ivanov.ID)
		similar := profile + "/similar"

		// Before the matcher is built the profile shows the link alone and
		// the page says matching is being prepared.
		if r := anon.get(profile); r.status != 200 || !strings.Contains(r.body, `href="`+similar+`"`) {
			t.Fatalf("profile without a matcher: status %d, link %v", r.status, strings.Contains(r.body, similar))
		}
		if r := anon.get(similar); r.status != http.StatusServiceUnavailable || !strings.Contains(r.body, "Matching is being prepared") {
			t.Fatalf("similar page without a matcher: status %d", r.status)
		}
		buildMatcher(t, f)

		r := anon.get(similar)
		if r.status != 200 || !strings.Contains(r.body, "Wang Wei") || !strings.Contains(r.body, "% match") ||
			!strings.Contains(r.body, "Shared") {
			t.Fatalf("similar page: status %d\n%s", r.status, r.body)
		}
		if strings.Contains(r.body, "Петрова") || strings.Contains(r.body, `<h3><a href="`+profile+`">`) {
			t.Error("the anonymous list shows a coordinators-only expert or the expert themself")
		}
		anon.lang = "zh"
		if r := anon.get(similar); !strings.Contains(r.body, "共同") || !strings.Contains(r.body, "匹配度") {
			t.Error("the reasons are not in the reader's language")
		}
		anon.lang = "en"
		for _, c := range []*client{admin, coord} {
			if r := c.get(similar); !strings.Contains(r.body, "Петрова Анна") {
				t.Errorf("a reader who may see the coordinators-only expert does not find her: status %d", r.status)
			}
		}

		// The profile: the list the worker computed, per class of readers.
		r = waitFor(t, anon, profile, `id="similar-h"`)
		if !strings.Contains(r.body, "Wang Wei") || strings.Contains(r.body, "Петрова") {
			t.Errorf("anonymous profile's similar experts: Wang Wei %v, Петрова %v",
				strings.Contains(r.body, "Wang Wei"), strings.Contains(r.body, "Петрова"))
		}
		if strings.Contains(r.body, "Requests this expert suits") {
			t.Error("an anonymous reader is offered the requests the expert suits")
		}
		if r := waitFor(t, admin, profile, "Петрова Анна"); !strings.Contains(r.body, `href="`+profile+`/requests"`) {
			t.Error("the admin's profile has no link to the requests the expert suits")
		}

		// A write moves the change log: Wang Wei withdraws his consent to be
		// listed publicly, and no cached list may show him to anyone
		// anonymous from then on.
		ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
		if _, err := f.app.SetConsent(ctx, policy.Admin(), f.wang.ID, model.Consent{}); err != nil {
			t.Fatal(err)
		}
		if r := anon.get(profile); strings.Contains(r.body, "Wang Wei") {
			t.Error("a stale list shows an expert now hidden from the reader")
		}
		if r := anon.get(similar); strings.Contains(r.body, "Wang Wei") {
			t.Error("the similar page shows an expert hidden from the reader")
		}
		if r := anon.get(expertURL(f.petrova.ID) + "/similar"); r.status != http.StatusNotFound {
			t.Errorf("similar experts of a hidden profile: status %d", r.status)
		}
	})
}

// TestRequestsForExpert: coordinators and admins see which open requests
// an expert suits; others do not.
func TestRequestsForExpert(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	buildMatcher(t, f)
	req := &model.Request{Title: "Subway tunnelling consultant", Description: "Tunnelling for a new subway line.",
		Spheres: []string{"transport.subway"}, City: model.CityBeijing}
	if err := f.app.CreateRequest(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	srv := newTestServer(t, f.app)
	anon, coord, expert := newClient(t, srv), newClient(t, srv), newClient(t, srv)
	coord.signInAs(moscowLogin)
	expert.signInAs(expertLogin)
	path := expertURL(f.ivanov.ID) + "/requests"

	if r := anon.get(path); r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/signin") {
		t.Errorf("anonymous: status %d to %q", r.status, r.header.Get("Location"))
	}
	if r := expert.get(path); r.status != http.StatusForbidden {
		t.Errorf("an expert: status %d", r.status)
	}
	r := coord.get(path)
	if r.status != 200 {
		t.Fatalf("coordinator: status %d", r.status)
	}
	for _, s := range []string{"Subway tunnelling consultant", `href="` + requestURL(req.ExternalID) + `"`, "% match", "Shared"} {
		if !strings.Contains(r.body, s) {
			t.Errorf("requests page lacks %q", s)
		}
	}
	if r := coord.get(expertURL(f.smith.ID) + "/requests"); !strings.Contains(r.body, "No open request suits this expert") {
		t.Error("the curator suits the subway request")
	}
}

// TestProfileNamesAndProgramme: other name forms beside the name, and the
// programme of the expert and of the organisation, grouped by kind.
func TestProfileNamesAndProgramme(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	ctx := context.Background()
	e, err := f.app.Expert(ctx, f.ivanov.ID)
	if err != nil {
		t.Fatal(err)
	}
	e.OtherNames = model.Terms{"en": {"Pyotr Ivanov"}, "ru": {"Иванов П. С."}}
	if err := f.app.UpdateExpert(ctx, e.ID, e, e.Version); err != nil {
		t.Fatal(err)
	}
	p := &model.Project{ProgrammeBase: model.ProgrammeBase{ExternalID: "pr-tunnels",
		Title:  model.Text{"en": "Tunnel boring research", "ru": "Исследование проходки тоннелей"},
		Status: "active", Participants: []model.Participant{{ExpertID: "ivanov", Role: "lead"}, {ExpertID: "petrova", Role: "member"}}},
		ProjectKind: "laboratory", Parties: []string{"mosmetro", "bjtu"}, Start: "2025-01-01"}
	if _, err := f.app.SaveProgramme(ctx, policy.Admin(), p); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, newTestServer(t, f.app))
	r := c.get(expertURL(f.ivanov.ID))
	for _, s := range []string{`<span lang="en">Pyotr Ivanov</span>`, `<span lang="ru">Иванов П. С.</span>`, "Also written:",
		"Programme", "Joint projects and laboratories", `href="/programme/projects/pr-tunnels"`, "Tunnel boring research", "Active"} {
		if !strings.Contains(r.body, s) {
			t.Errorf("profile lacks %q", s)
		}
	}
	c.lang = "ru"
	if r := c.get(orgURL(f.metro.ID)); !strings.Contains(r.body, "Исследование проходки тоннелей") ||
		!strings.Contains(r.body, `href="/programme/projects/pr-tunnels"`) {
		t.Error("the organisation's page lacks its project")
	}
	if r := c.get(expertURL(f.smith.ID)); strings.Contains(r.body, "programme-h") {
		t.Error("a profile without programme shows the section")
	}
}
