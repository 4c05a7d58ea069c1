package api

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// programmeEnv is an API over a database with two organisations, a public
// expert and one only coordinators see, and the tokens of a Moscow and a
// Beijing coordinator (as $msk and $bj).
func programmeEnv(t *testing.T, db *store.DB) *env {
	t.Helper()
	ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
	a := app.New(db, nil)
	if err := a.ConfigureAccounts(fastAccounts); err != nil {
		t.Fatal(err)
	}
	for _, o := range []model.Organization{
		{ExternalID: "org-msk", Name: model.Text{"ru": "Московский метрополитен"}, City: "moscow"},
		{ExternalID: "org-bj", Name: model.Text{"zh": "北京地铁"}, City: "beijing"},
	} {
		if err := a.CreateOrganization(ctx, &o); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range []model.Expert{
		{ExternalID: "exp-pub", Name: model.Text{"en": "Public Speaker"}, City: "moscow"},
		{ExternalID: "exp-hidden", Name: model.Text{"en": "Hidden Speaker"}, City: "moscow", Visibility: model.VisibilityCoordinators},
	} {
		if err := a.CreateExpert(ctx, &e); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	e := &env{h: New(a, tr, Config{AdminToken: adminToken}, nil), vars: map[string]string{}}
	for name, city := range map[string]string{"msk": "moscow", "bj": "beijing"} {
		u, _, err := a.CreateUser(ctx, policy.Admin(), app.NewUser{Login: name + "@example.org", Role: policy.RoleCoordinator,
			City: city, Password: "coordinator password 1"})
		if err != nil {
			t.Fatal(err)
		}
		tok, _, err := a.CreateAPIToken(ctx, policy.Admin(), u.ID, name, []string{policy.ScopeRead, policy.ScopeWrite})
		if err != nil {
			t.Fatal(err)
		}
		e.vars[name] = tok
	}
	return e
}

func bearer(name string) map[string]string {
	return map[string]string{"Authorization": "Bearer $" + name}
}

func event(mods ...func(map[string]any)) map[string]any {
	m := map[string]any{
		"id": "ev-1", "title": map[string]string{"en": "Metro forum", "ru": "Форум метро"}, "kind": "forum", "format": "online",
		"link": "https://example.org/live", "city": "moscow", "start": "2024-05-10T10:00:00+03:00", "end": "2024-05-10T18:00:00+03:00",
		"time_zone": "Europe/Moscow", "organizations": []string{"org-msk"},
		"participants": []map[string]string{{"expert_id": "exp-pub", "role": "speaker"}, {"expert_id": "exp-hidden", "role": "speaker"}},
	}
	for _, o := range mods {
		o(m)
	}
	return m
}

func exchange(mods ...func(map[string]any)) map[string]any {
	m := map[string]any{
		"id": "ex-1", "title": map[string]string{"ru": "Летняя школа"}, "kind": "schoolchild",
		"from_organization": "org-msk", "to_organization": "org-bj", "from_city": "moscow", "to_city": "beijing",
	}
	for _, o := range mods {
		o(m)
	}
	return m
}

func agreementDoc(mods ...func(map[string]any)) map[string]any {
	m := map[string]any{"id": "ag-1", "title": map[string]string{"en": "Cooperation of two subways"}, "status": "in-force",
		"parties": []string{"org-msk", "org-bj"}, "signed": "2020-01-01", "expires": time.Now().AddDate(0, 0, 10).Format(time.DateOnly)}
	for _, o := range mods {
		o(m)
	}
	return m
}

// speakers checks the participants of a record response.
func speakers(want ...string) func(t *testing.T, r *response) {
	return func(t *testing.T, r *response) {
		t.Helper()
		var doc struct {
			Participants []model.Participant `json:"participants"`
		}
		if err := json.Unmarshal(r.body, &doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range doc.Participants {
			got = append(got, p.ExpertID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("participants %v, want %v", got, want)
		}
	}
}

// ids checks the record ids of a list response, in order, and its total.
func programmeIDs(total int, want ...string) func(t *testing.T, r *response) {
	return func(t *testing.T, r *response) {
		t.Helper()
		var page struct {
			Items []struct {
				ID string `json:"id"`
			} `json:"items"`
			Total int `json:"total"`
		}
		if err := json.Unmarshal(r.body, &page); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range page.Items {
			got = append(got, it.ID)
		}
		if !slices.Equal(got, want) || page.Total != total && total >= 0 {
			t.Errorf("items %v (total %d), want %v (%d)", got, page.Total, want, total)
		}
	}
}

func TestProgrammeEvents(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := programmeEnv(t, db)
		e.run(t, []step{
			{name: "empty list", request: request{method: "GET", path: "/api/v1/events"}, status: 200, check: programmeIDs(0)},
			{name: "anonymous create", request: request{method: "POST", path: "/api/v1/events", body: event()},
				status: 401, code: "unauthorized"},
			{name: "coordinator of the other city", request: request{method: "POST", path: "/api/v1/events", body: event(), header: bearer("bj")},
				status: 403, code: "forbidden"},
			{name: "ends before it starts, in Russian", request: request{method: "POST", path: "/api/v1/events?ui_lang=ru",
				body: event(with("end", "2024-05-10T09:00:00+03:00")), auth: admin},
				status: 400, code: "date_order", field: "end", message: "Окончание"},
			{name: "unknown field", request: request{method: "POST", path: "/api/v1/events", body: event(with("colour", "red")), auth: admin},
				status: 400, code: "unknown_field", field: "colour"},
			{name: "unknown expert", request: request{method: "POST", path: "/api/v1/events", auth: admin, body: event(with("participants",
				[]map[string]string{{"expert_id": "nobody", "role": "speaker"}}))},
				status: 400, code: "unknown_value", field: "participants[0].expert_id", message: "nobody"},
			{name: "create", request: request{method: "POST", path: "/api/v1/events", body: event(), header: bearer("msk")},
				status: 201, check: func(t *testing.T, r *response) {
					if r.header.Get("Location") != "/api/v1/events/ev-1" || r.header.Get("ETag") != `"1"` {
						t.Errorf("headers %v", r.header)
					}
					e.hasFields(map[string]any{"id": "ev-1", "version": 1, "status": "planned"})(t, r)
				}},
			{name: "create again", request: request{method: "POST", path: "/api/v1/events", body: event(), auth: admin},
				status: 409, code: "conflict"},
			{name: "anonymous read hides the restricted speaker", request: request{method: "GET", path: "/api/v1/events/ev-1"},
				status: 200, check: speakers("exp-pub")},
			{name: "coordinator sees both", request: request{method: "GET", path: "/api/v1/events/ev-1", header: bearer("msk")},
				status: 200, check: speakers("exp-pub", "exp-hidden")},
			{name: "missing", request: request{method: "GET", path: "/api/v1/events/nope"}, status: 404, code: "not_found"},
			{name: "update", request: request{method: "PUT", path: "/api/v1/events/ev-1", header: bearer("msk"),
				body: event(with("status", "held"), with("version", 1))},
				status: 200, check: e.hasFields(map[string]any{"version": 2, "status": "held"})},
			{name: "stale version", request: request{method: "PUT", path: "/api/v1/events/ev-1", auth: admin,
				body: event(with("status", "cancelled")), header: map[string]string{"If-Match": `"1"`}},
				status: 409, code: "conflict"},
			{name: "renaming", request: request{method: "PUT", path: "/api/v1/events/ev-1", auth: admin, body: event(with("id", "ev-2"))},
				status: 400, code: "unknown_value", field: "id"},
			{name: "update of a missing record", request: request{method: "PUT", path: "/api/v1/events/nope", auth: admin, body: event()},
				status: 404, code: "not_found"},
			{name: "anonymous update", request: request{method: "PUT", path: "/api/v1/events/ev-1", body: event()},
				status: 401, code: "unauthorized"},
			{name: "filters", request: request{method: "GET", path: "/api/v1/events?city=moscow&from=2024-05-01&until=2024-05-31&q=METRO&sphere=&status=held"},
				status: 200, check: programmeIDs(1, "ev-1")},
			{name: "outside the window", request: request{method: "GET", path: "/api/v1/events?from=2024-06-01"},
				status: 200, check: programmeIDs(0)},
			{name: "by organisation", request: request{method: "GET", path: "/api/v1/events?org=org-msk"},
				status: 200, check: programmeIDs(1, "ev-1")},
			{name: "a hidden expert's events", request: request{method: "GET", path: "/api/v1/events?expert=exp-hidden"},
				status: 200, check: programmeIDs(0)},
			{name: "bad date, in Chinese", request: request{method: "GET", path: "/api/v1/events?from=May",
				header: map[string]string{"Accept-Language": "zh-CN"}}, status: 400, code: "bad_date", field: "from", message: "起"},
			{name: "bad status", request: request{method: "GET", path: "/api/v1/events?status=approved"},
				status: 400, code: "unknown_value", field: "status"},
		})
	})
}

func TestProgrammeExchangesAndAgreements(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := programmeEnv(t, db)
		consent := map[string]string{"recorded_at": "2024-06-01T10:00:00Z", "recorded_by": "Coordinator"}
		e.run(t, []step{
			{name: "schoolchildren approved without consent, in Chinese", request: request{method: "POST", path: "/api/v1/exchanges",
				body: exchange(with("status", "approved")), header: map[string]string{"Authorization": "Bearer $msk", "Accept-Language": "zh"}},
				status: 400, code: "guardian_consent_required", field: "guardian_consent", message: "监护人"},
			{name: "proposed", request: request{method: "POST", path: "/api/v1/exchanges", body: exchange(), header: bearer("msk")},
				status: 201, check: e.hasFields(map[string]any{"status": "proposed", "minors": true})},
			{name: "approved with consent", request: request{method: "PUT", path: "/api/v1/exchanges/ex-1",
				body: exchange(with("status", "approved"), with("guardian_consent", consent)), header: bearer("msk")},
				status: 200, check: e.hasFields(map[string]any{"status": "approved"})},
			{name: "the public does not see the consent", request: request{method: "GET", path: "/api/v1/exchanges/ex-1"},
				status: 200, check: e.hasFields(map[string]any{"guardian_consent": nil})},
			{name: "back to proposed", request: request{method: "PUT", path: "/api/v1/exchanges/ex-1", auth: admin,
				body: exchange(with("status", "proposed"), with("guardian_consent", consent))},
				status: 400, code: "bad_transition", field: "status", message: "“approved”"},
			{name: "one party", request: request{method: "POST", path: "/api/v1/agreements", auth: admin,
				body: agreementDoc(with("parties", []string{"org-msk"}))}, status: 400, code: "too_few", field: "parties"},
			{name: "agreement", request: request{method: "POST", path: "/api/v1/agreements", auth: admin, body: agreementDoc()}, status: 201},
			{name: "long agreement", request: request{method: "POST", path: "/api/v1/agreements", auth: admin,
				body: agreementDoc(with("id", "ag-2"), with("expires", "2099-01-01"))}, status: 201},
			{name: "expiring", request: request{method: "GET", path: "/api/v1/agreements/expiring?days=30"},
				status: 200, check: programmeIDs(-1, "ag-1")},
			{name: "expiring, bad days", request: request{method: "GET", path: "/api/v1/agreements/expiring?days=soon"},
				status: 400, code: "bad_format", field: "days"},
			{name: "agreement read", request: request{method: "GET", path: "/api/v1/agreements/ag-2"},
				status: 200, check: e.hasFields(map[string]any{"expires": "2099-01-01", "version": 1})},
			{name: "agreements by city", request: request{method: "GET", path: "/api/v1/agreements?city=beijing"},
				status: 200, check: programmeIDs(2, "ag-1", "ag-2")},
			{name: "project", request: request{method: "POST", path: "/api/v1/projects", header: bearer("bj"), body: map[string]any{
				"id": "lab-1", "title": map[string]string{"zh": "联合实验室"}, "kind": "laboratory", "parties": []string{"org-msk", "org-bj"},
				"cities": []string{"moscow", "beijing"}, "participants": []map[string]string{{"expert_id": "exp-pub", "role": "lead"}}}},
				status: 201},
			{name: "project read", request: request{method: "GET", path: "/api/v1/projects/lab-1"}, status: 200, check: speakers("exp-pub")},
			{name: "projects of an expert", request: request{method: "GET", path: "/api/v1/projects?expert=exp-pub"},
				status: 200, check: programmeIDs(1, "lab-1")},
			{name: "practice with a generated id", request: request{method: "POST", path: "/api/v1/practices", auth: admin, body: map[string]any{
				"title": map[string]string{"en": "Transport for the Winter Olympics"}, "city": "beijing", "year": 2022}},
				status: 201, check: func(t *testing.T, r *response) {
					if id, _ := r.json(t)["id"].(string); len(id) < 4 || id[:3] != "pr-" {
						t.Errorf("generated id %q", id)
					}
				}},
			{name: "practices", request: request{method: "GET", path: "/api/v1/practices?until=2022-12-31"},
				status: 200, check: func(t *testing.T, r *response) {
					if items := r.json(t)["items"].([]any); len(items) != 1 {
						t.Errorf("%d practices", len(items))
					}
				}},
			{name: "missing practice", request: request{method: "GET", path: "/api/v1/practices/none"}, status: 404},
		})
	})
}
