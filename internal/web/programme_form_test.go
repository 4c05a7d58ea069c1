package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// progFormPage reads a programme form page and returns its token.
func progFormPage(t *testing.T, c *client, path string) string {
	t.Helper()
	r := c.get(path)
	if r.status != http.StatusOK {
		t.Fatalf("GET %s: status %d\n%s", path, r.status, r.body)
	}
	return csrf(t, r.body)
}

func TestProgrammeFormEventDateOrder(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	c := newClient(t, newTestServer(t, f.app))
	c.signIn()
	c.lang = "ru"
	list := c.get("/programme/events")
	if !strings.Contains(list.body, `href="/programme/events/new"`) {
		t.Error("the list offers no link to a new event")
	}
	v := url.Values{
		"csrf": {progFormPage(t, c, "/programme/events/new")}, "id": {"ev-form-1"},
		"title.ru": {"Семинар о метро"}, "title.en": {"Subway seminar"}, "status": {"planned"},
		"kind": {"seminar"}, "format": {"offline"}, "city": {"moscow"}, "venue.ru": {"Москва, ул. Тверская, 1"},
		"start.date": {"2026-05-20"}, "start.time": {"10:00"}, "end.date": {"2026-05-19"}, "end.time": {"18:00"},
		"time_zone":         {"Europe/Moscow"},
		"spheres":           {"transport.subway"},
		"participants.rows": {"3"}, "participants[0].expert_id": {"ivanov"}, "participants[0].role": {"speaker"},
		"participants[1].role": {"speaker"}, "participants[2].role": {"speaker"},
	}
	r := c.post("/programme/events/new", v)
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422\n%s", r.status, r.body)
	}
	for _, s := range []string{`id="err-f-end"`, "Дата окончания раньше даты начала", `href="#f-end"`, "Исправьте 1 ошибку",
		`value="Семинар о метро"`, `value="2026-05-19"`} {
		if !strings.Contains(r.body, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	v.Set("end.date", "2026-05-20")
	r = c.post("/programme/events/new", v)
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/programme/events/ev-form-1" {
		t.Fatalf("status %d to %q, want 303 to the record\n%s", r.status, r.header.Get("Location"), r.body)
	}
	page := c.get("/programme/events/ev-form-1")
	if page.status != http.StatusOK || !strings.Contains(page.body, "Семинар о метро") {
		t.Fatalf("record page: status %d\n%s", page.status, page.body)
	}
	if !strings.Contains(page.body, `href="/programme/events/ev-form-1/edit"`) {
		t.Error("the record page offers the admin no edit link")
	}
	rec, err := f.app.Programme(context.Background(), policy.Admin(), model.KindEvent, "ev-form-1")
	if err != nil {
		t.Fatal(err)
	}
	if e := rec.(*model.Event); e.Start != "2026-05-20T10:00:00+03:00" || e.End != "2026-05-20T18:00:00+03:00" {
		t.Errorf("times %s – %s, want those of Moscow", e.Start, e.End)
	}
}

func TestProgrammeFormGuardianConsent(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	c := newClient(t, newTestServer(t, f.app))
	c.signIn()
	v := url.Values{
		"csrf": {progFormPage(t, c, "/programme/exchanges/new")}, "title.en": {"School trip"}, "status": {"approved"},
		"kind": {"schoolchild"}, "from_organization": {"mosmetro"}, "to_organization": {"bjtu"},
		"from_city": {"moscow"}, "to_city": {"beijing"}, "start": {"2026-07-01"}, "end": {"2026-07-10"},
	}
	r := c.post("/programme/exchanges/new", v)
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422\n%s", r.status, r.body)
	}
	for _, s := range []string{`href="#f-guardian_consent"`, "Minors may not be approved"} {
		if !strings.Contains(r.body, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	v.Set("guardian_consent.recorded_by", "Mikhail Coordinator")
	if r = c.post("/programme/exchanges/new", v); r.status != http.StatusSeeOther {
		t.Fatalf("with consent: status %d\n%s", r.status, r.body)
	}
}

func TestProgrammeFormRefusesAnonymous(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	c := newClient(t, newTestServer(t, f.app))
	if r := c.get("/programme/events"); strings.Contains(r.body, "/programme/events/new") {
		t.Error("an anonymous reader is offered the new event form")
	}
	token := csrf(t, c.get("/signin").body)
	v := url.Values{"csrf": {token}, "id": {"ev-anon"}, "title.en": {"Anonymous"}, "kind": {"seminar"},
		"format": {"online"}, "link": {"https://example.org"}, "start.date": {"2026-05-20"}, "end.date": {"2026-05-20"},
		"time_zone": {"Europe/Moscow"}}
	r := c.post("/programme/events/new", v)
	if r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/signin") {
		t.Errorf("status %d to %q, want 303 to the sign-in page", r.status, r.header.Get("Location"))
	}
	v.Del("csrf")
	if r = c.post("/programme/events/new", v); r.status != http.StatusForbidden {
		t.Errorf("without a token: status %d, want 403", r.status)
	}
	if _, err := f.app.Programme(context.Background(), policy.Admin(), model.KindEvent, "ev-anon"); err == nil {
		t.Error("an anonymous post stored a record")
	}
	// A signed-in expert may not write the programme: the error page.
	c.signInAs(expertLogin)
	if r = c.get("/programme/events/new"); r.status != http.StatusForbidden {
		t.Errorf("expert: status %d, want 403", r.status)
	}
}

func TestProgrammeFormRoundTrip(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		stored, err := f.app.SaveProgramme(ctx, policy.Admin(), &model.Agreement{
			ProgrammeBase: model.ProgrammeBase{ExternalID: "ag-form", Status: "in-force",
				Title:        model.Text{"ru": "Соглашение о метро", "en": "Subway agreement", "zh": "地铁合作协议"},
				Description:  model.Text{"en": "Cooperation of the two subways."},
				Spheres:      []string{"transport.subway"},
				Participants: []model.Participant{{ExpertID: "ivanov", Role: "signatory"}, {ExpertID: "wang", Role: "contact"}}},
			Parties: []string{"mosmetro", "bjtu"}, PartyCities: []string{"moscow", "beijing"},
			Signed: "2025-03-01", Expires: "2030-03-01", Renewal: "2029-12-01",
			Documents: []model.Document{{Title: "Text of the agreement", URL: "https://example.org/ag.pdf", Lang: "ru"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		c := newClient(t, newTestServer(t, f.app))
		c.signIn()
		edit := "/programme/agreements/ag-form/edit"
		page := c.get(edit)
		if page.status != http.StatusOK {
			t.Fatalf("edit page: status %d\n%s", page.status, page.body)
		}
		v := formFromProgramme(stored)
		for name, vals := range v {
			if !strings.Contains(page.body, vals[0]) {
				t.Errorf("edit page lacks %s = %q", name, vals[0])
			}
		}
		v.Set("csrf", csrf(t, page.body))
		r := c.post(edit, v)
		if r.status != http.StatusSeeOther || r.header.Get("Location") != "/programme/agreements/ag-form" {
			t.Fatalf("status %d to %q\n%s", r.status, r.header.Get("Location"), r.body)
		}
		again, err := f.app.Programme(ctx, policy.Admin(), model.KindAgreement, "ag-form")
		if err != nil {
			t.Fatal(err)
		}
		before, _ := json.Marshal(stored)
		after, _ := json.Marshal(again)
		if string(before) != string(after) {
			t.Errorf("the record changed:\n%s\n%s", before, after)
		}
		// Someone else changes the record: the form's version is stale.
		again.Base().Title["en"] = "Subway cooperation agreement"
		if _, err := f.app.SaveProgramme(ctx, policy.Admin(), again); err != nil {
			t.Fatal(err)
		}
		v.Set("title.en", "Mine")
		if r = c.post(edit, v); r.status != http.StatusConflict || !strings.Contains(r.body, "Open the current version") {
			t.Errorf("stale version: status %d", r.status)
		}
	})
}

// controlIDRE finds the ids of a page's form controls.
var controlIDRE = regexp.MustCompile(`<(?:input|select|textarea)\b[^>]*?\bid="([^"]+)"`)

func TestProgrammeFormPages(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	c := newClient(t, newTestServer(t, f.app))
	c.signInAs(moscowLogin)
	for _, kind := range model.ProgrammeKinds {
		path := "/programme/" + progSlug(kind) + "/new"
		r := c.get(path)
		if r.status != http.StatusOK {
			t.Fatalf("%s: status %d\n%s", path, r.status, r.body)
		}
		for _, s := range []string{`name="title.zh"`, `name="participants[2].expert_id"`, `name="status"`} {
			if !strings.Contains(r.body, s) {
				t.Errorf("%s lacks %q", path, s)
			}
		}
		for _, m := range controlIDRE.FindAllStringSubmatch(r.body, -1) {
			if !strings.Contains(r.body, `for="`+m[1]+`"`) {
				t.Errorf("%s: control %s has no label", path, m[1])
			}
		}
	}
	// A coordinator of Moscow may not write a record of Beijing alone.
	v := url.Values{"csrf": {progFormPage(t, c, "/programme/practices/new")}, "id": {"pr-form"}, "title.zh": {"北京经验"},
		"organization_id": {"bjtu"}, "city": {"beijing"}, "year": {"2024"}, "results.zh": {"成果"}}
	if r := c.post("/programme/practices/new", v); r.status != http.StatusForbidden {
		t.Errorf("practice of Beijing: status %d, want 403", r.status)
	}
	v.Set("city", "moscow")
	v.Set("organization_id", "mosmetro")
	if r := c.post("/programme/practices/new", v); r.status != http.StatusSeeOther {
		t.Errorf("practice of Moscow: status %d, want 303\n%s", r.status, r.body)
	}
	// The record's page offers its editing to whoever may write it.
	if r := c.get("/programme/practices/pr-form"); r.status != http.StatusOK || !strings.Contains(r.body, "/programme/practices/pr-form/edit") {
		t.Errorf("the Moscow coordinator's practice: status %d, no edit link", r.status)
	}
}
