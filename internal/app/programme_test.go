package app

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

var (
	coordMoscow  = policy.Caller{UserID: 11, Role: policy.RoleCoordinator, City: model.CityMoscow}
	coordBeijing = policy.Caller{UserID: 12, Role: policy.RoleCoordinator, City: model.CityBeijing}
	editorMsk    = policy.Caller{UserID: 13, Role: policy.RoleOrgEditor, OrgIDs: []string{"org-msk"}}
	anyExpert    = policy.Caller{UserID: 14, Role: policy.RoleExpert, ExpertID: 1}
)

// programmeApp is an app with two organisations, a public expert and one
// that only coordinators may see, and a clock set to 2024-06-01.
func programmeApp(t *testing.T, db *store.DB) (*App, context.Context) {
	t.Helper()
	a := New(db, nil)
	a.nowFunc = func() time.Time { return time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC) }
	ctx := WithCaller(context.Background(), policy.Admin(), "test")
	for _, o := range []model.Organization{
		{ExternalID: "org-msk", Name: model.Text{"ru": "Школа № 1"}, City: model.CityMoscow},
		{ExternalID: "org-bj", Name: model.Text{"zh": "北京第一中学"}, City: model.CityBeijing},
	} {
		if err := a.CreateOrganization(ctx, &o); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range []model.Expert{
		{ExternalID: "exp-pub", Name: model.Text{"en": "Public Speaker"}, City: model.CityMoscow},
		{ExternalID: "exp-hidden", Name: model.Text{"ru": "Скрытый Эксперт"}, City: model.CityMoscow,
			Visibility: model.VisibilityCoordinators},
	} {
		if err := a.CreateExpert(ctx, &e); err != nil {
			t.Fatal(err)
		}
	}
	return a, ctx
}

func schoolExchange() *model.Exchange {
	return &model.Exchange{
		ProgrammeBase: model.ProgrammeBase{ExternalID: "ex-1", Title: model.Text{"ru": "Летняя школа", "zh": "夏令营"},
			Participants: []model.Participant{{ExpertID: "exp-pub", Role: model.RoleHost}}},
		ExchangeKind: "schoolchild", FromOrg: "org-msk", ToOrg: "org-bj",
		FromCity: model.CityMoscow, ToCity: model.CityBeijing, Start: "2024-07-01", End: "2024-07-14",
	}
}

func forum(mods ...func(*model.Event)) *model.Event {
	e := &model.Event{
		ProgrammeBase: model.ProgrammeBase{ExternalID: "ev-1", Title: model.Text{"en": "Metro forum"},
			Participants: []model.Participant{{ExpertID: "exp-pub", Role: model.RoleSpeaker}, {ExpertID: "exp-hidden", Role: model.RoleSpeaker}}},
		EventKind: "forum", Format: "online", Link: "https://example.org/live", City: model.CityMoscow,
		Start: "2024-05-10T10:00:00+03:00", End: "2024-05-10T18:00:00+03:00", TimeZone: "Europe/Moscow",
		Organizers: []string{"org-msk"},
	}
	for _, m := range mods {
		m(e)
	}
	return e
}

func agreement(xid, expires string, parties ...string) *model.Agreement {
	return &model.Agreement{ProgrammeBase: model.ProgrammeBase{ExternalID: xid, Title: model.Text{"en": "Memorandum"}, Status: "in-force"},
		Parties: parties, PartyCities: []string{model.CityMoscow, model.CityBeijing}, Signed: "2020-01-01", Expires: expires}
}

// wantField fails unless err is a validation error with the code on the
// field.
func wantField(t *testing.T, err error, field, code string) {
	t.Helper()
	var ve *model.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("want %s on %s, got %v", code, field, err)
	}
	for _, fe := range ve.Errors {
		if fe.Field == field && fe.Code == code {
			return
		}
	}
	t.Fatalf("want %s on %s, got %v", code, field, err)
}

func participantsOf(r model.ProgrammeRecord) []string {
	var out []string
	for _, p := range r.Base().Participants {
		out = append(out, p.ExpertID)
	}
	return out
}

func TestProgrammeExchangeWorkflow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		x := schoolExchange()
		saved, err := a.SaveProgramme(ctx, coordMoscow, x)
		if err != nil {
			t.Fatal(err)
		}
		if saved.Base().Status != "proposed" || saved.Base().Version != 1 || !saved.(*model.Exchange).Minors {
			t.Fatalf("created %+v", saved)
		}

		// Approving schoolchildren without their guardians' consent is refused.
		x = schoolExchange()
		x.Status = "approved"
		_, err = a.SaveProgramme(ctx, coordMoscow, x)
		wantField(t, err, "guardian_consent", model.CodeGuardianConsent)

		// Recording the consent, the approval goes through.
		x.GuardianConsent = &model.GuardianConsent{RecordedAt: "2024-06-01T10:00:00Z", RecordedBy: "Coordinator", Document: "file 17"}
		if saved, err = a.SaveProgramme(ctx, coordMoscow, x); err != nil || saved.Base().Status != "approved" {
			t.Fatalf("approve with consent: %v %v", saved, err)
		}
		for _, status := range []string{"under-way", "completed"} {
			x.Status = status
			if _, err := a.SaveProgramme(ctx, coordMoscow, x); err != nil {
				t.Fatalf("%s: %v", status, err)
			}
		}
		// A completed exchange does not go back.
		x.Status = "approved"
		_, err = a.SaveProgramme(ctx, coordMoscow, x)
		wantField(t, err, "status", model.CodeBadTransition)
		got, err := a.Programme(ctx, policy.Anonymous(), model.KindExchange, "ex-1")
		if err != nil || got.Base().Status != "completed" || got.Base().Version != 4 {
			t.Fatalf("after refusals: %+v %v", got, err)
		}

		// A stale version is a conflict.
		x.Status, x.Version = "completed", 2
		x.Outcome = model.Text{"en": "Went well"}
		if _, err := a.SaveProgramme(ctx, coordMoscow, x); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("stale version: %v", err)
		}

		// Each write is in the audit log.
		entries, err := a.Audit(ctx, policy.Admin(), AuditFilter{ObjectType: ObjProgramme, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range entries {
			actions = append(actions, e.Action)
		}
		want := []string{ActProgrammeCreate, ActProgrammeUpdate, ActProgrammeUpdate, ActProgrammeUpdate}
		if !slices.Equal(actions, want) || entries[0].Actor.UserID != coordMoscow.UserID {
			t.Fatalf("audit %v (%+v), want %v", actions, entries, want)
		}
	})
}

func TestProgrammeRefusals(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		tests := []struct {
			name        string
			rec         model.ProgrammeRecord
			field, code string
		}{
			{"event ending before it starts", forum(func(e *model.Event) { e.End = "2024-05-10T09:00:00+03:00" }), "end", model.CodeDateOrder},
			{"agreement with one party", agreement("ag-1", "2030-01-01", "org-msk"), "parties", model.CodeTooFew},
			{"unknown expert", forum(func(e *model.Event) {
				e.Participants = append(e.Participants, model.Participant{ExpertID: "nobody", Role: model.RoleSpeaker})
			}), "participants[2].expert_id", model.CodeUnknownValue},
			{"unknown organisation", agreement("ag-2", "2030-01-01", "org-msk", "org-none"), "parties[1]", model.CodeUnknownValue},
		}
		for _, tc := range tests {
			_, err := a.SaveProgramme(ctx, policy.Admin(), tc.rec)
			wantField(t, err, tc.field, tc.code)
		}
		_, err := a.SaveProgramme(ctx, policy.Admin(), forum(func(e *model.Event) {
			e.Participants = []model.Participant{{ExpertID: "nobody", Role: model.RoleSpeaker}}
		}))
		var ve *model.ValidationError
		if errors.As(err, &ve) && ve.Errors[0].Params["value"] != "nobody" {
			t.Fatalf("unknown expert named %v", ve.Errors[0].Params)
		}
		if n, _ := db.CountProgramme(context.Background(), store.ProgrammeFilter{}); n != 0 {
			t.Fatalf("%d records stored by refused writes", n)
		}
	})
}

func TestProgrammeWriteRights(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		practice := func(org, city string) *model.Practice {
			return &model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: "pr-" + org, Title: model.Text{"en": "Practice"}},
				OrgID: org, City: city, Year: 2022}
		}
		tests := []struct {
			name   string
			c      policy.Caller
			rec    model.ProgrammeRecord
			refuse error
		}{
			{"anonymous", policy.Anonymous(), practice("org-msk", model.CityMoscow), model.ErrUnauthorized},
			{"expert", anyExpert, practice("org-msk", model.CityMoscow), model.ErrForbidden},
			{"coordinator of the other city", coordBeijing, practice("org-msk", model.CityMoscow), model.ErrForbidden},
			{"read-only token", policy.Caller{Role: policy.RoleAdmin, Scopes: []string{policy.ScopeRead}}, practice("org-msk", model.CityMoscow), model.ErrForbidden},
			{"editor of another organisation", editorMsk, practice("org-bj", model.CityBeijing), model.ErrForbidden},
			{"coordinator of the city", coordMoscow, practice("org-msk", model.CityMoscow), nil},
			{"editor of the organisation", editorMsk, practice("org-msk", model.CityMoscow), nil},
			{"admin", policy.Admin(), practice("org-bj", model.CityBeijing), nil},
			// The Beijing record may not be taken over by rewriting it.
			{"coordinator moving a record into their city", coordMoscow, practice("org-bj", model.CityMoscow), model.ErrForbidden},
		}
		for _, tc := range tests {
			_, err := a.SaveProgramme(ctx, tc.c, tc.rec)
			if tc.refuse == nil && err != nil || tc.refuse != nil && !errors.Is(err, tc.refuse) {
				t.Errorf("%s: %v, want %v", tc.name, err, tc.refuse)
			}
		}
	})
}

func TestProgrammeVisibility(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		if _, err := a.SaveProgramme(ctx, policy.Admin(), forum()); err != nil {
			t.Fatal(err)
		}
		x := schoolExchange()
		x.GuardianConsent = &model.GuardianConsent{RecordedAt: "2024-06-01T10:00:00Z", RecordedBy: "Coordinator"}
		x.Status = "approved"
		if _, err := a.SaveProgramme(ctx, policy.Admin(), x); err != nil {
			t.Fatal(err)
		}

		// A restricted expert does not leak through an event's speakers.
		anon := policy.Anonymous()
		ev, err := a.Programme(ctx, anon, model.KindEvent, "ev-1")
		if err != nil || !slices.Equal(participantsOf(ev), []string{"exp-pub"}) {
			t.Fatalf("anonymous sees %v, %v", participantsOf(ev), err)
		}
		page, err := a.ListProgramme(ctx, anon, ProgrammeFilter{Kind: model.KindEvent}, 0, 10)
		if err != nil || len(page.Items) != 1 || !slices.Equal(participantsOf(page.Items[0]), []string{"exp-pub"}) {
			t.Fatalf("anonymous list %+v, %v", page, err)
		}
		page, err = a.ListProgramme(ctx, anon, ProgrammeFilter{ExpertID: "exp-hidden"}, 0, 10)
		if err != nil || len(page.Items) != 0 {
			t.Fatalf("records of a hidden expert listed: %+v, %v", page, err)
		}
		if _, err := a.ProgrammeOfExpert(ctx, anon, "exp-hidden"); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("programme of a hidden expert: %v", err)
		}
		ev, _ = a.Programme(ctx, coordMoscow, model.KindEvent, "ev-1")
		if len(participantsOf(ev)) != 2 {
			t.Fatalf("coordinator sees %v", participantsOf(ev))
		}
		mine, err := a.ProgrammeOfExpert(ctx, coordMoscow, "exp-hidden")
		if err != nil || len(mine) != 1 {
			t.Fatalf("programme of exp-hidden for the coordinator: %v %v", mine, err)
		}
		// The guardian consent is for coordinators and admins.
		for _, tc := range []struct {
			c    policy.Caller
			sees bool
		}{{anon, false}, {editorMsk, false}, {coordBeijing, true}, {policy.Admin(), true}} {
			got, err := a.Programme(ctx, tc.c, model.KindExchange, "ex-1")
			if err != nil || (got.(*model.Exchange).GuardianConsent != nil) != tc.sees {
				t.Errorf("%s sees consent: %v, want %v (%v)", tc.c.Role, got.(*model.Exchange).GuardianConsent, tc.sees, err)
			}
		}

		// An editor writing back what they read keeps the consent they do
		// not see, and the speaker hidden from them.
		seen, _ := a.Programme(ctx, editorMsk, model.KindExchange, "ex-1")
		seen.Base().Status = "under-way"
		if _, err := a.SaveProgramme(ctx, editorMsk, seen); err != nil {
			t.Fatalf("editor moves the exchange on: %v", err)
		}
		stored, _ := a.Programme(ctx, policy.Admin(), model.KindExchange, "ex-1")
		if stored.(*model.Exchange).GuardianConsent == nil || stored.Base().Status != "under-way" {
			t.Fatalf("after the editor's write: %+v", stored)
		}
		seenEv, _ := a.Programme(ctx, editorMsk, model.KindEvent, "ev-1")
		seenEv.(*model.Event).Agenda = model.Text{"en": "Talks"}
		if _, err := a.SaveProgramme(ctx, editorMsk, seenEv); err != nil {
			t.Fatal(err)
		}
		storedEv, _ := a.Programme(ctx, policy.Admin(), model.KindEvent, "ev-1")
		if !slices.Equal(participantsOf(storedEv), []string{"exp-pub", "exp-hidden"}) {
			t.Fatalf("speakers after the editor's write: %v", participantsOf(storedEv))
		}

		// Organisation pages.
		recs, err := a.ProgrammeOfOrganization(ctx, anon, "org-msk")
		if err != nil || len(recs) != 2 || recs[0].Kind() != model.KindExchange {
			t.Fatalf("programme of org-msk: %v %v", recs, err)
		}
		if _, err := a.ProgrammeOfOrganization(ctx, anon, "org-none"); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("unknown organisation: %v", err)
		}
	})
}

func TestProgrammeListsAndExpiring(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		for _, r := range []model.ProgrammeRecord{
			agreement("ag-soon", "2024-06-20", "org-msk", "org-bj"),
			agreement("ag-late", "2025-06-20", "org-msk", "org-bj"),
			agreement("ag-over", "2024-05-01", "org-msk", "org-bj"),
			forum(),
		} {
			if _, err := a.SaveProgramme(ctx, policy.Admin(), r); err != nil {
				t.Fatal(err)
			}
		}
		exp, err := a.ExpiringAgreements(ctx, policy.Anonymous(), 30)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ag := range exp {
			got = append(got, ag.ExternalID)
		}
		if !slices.Equal(got, []string{"ag-over", "ag-soon"}) {
			t.Fatalf("expiring within 30 days: %v", got)
		}
		if _, err := a.ExpiringAgreements(ctx, policy.Anonymous(), -1); err == nil {
			t.Fatal("negative days accepted")
		}
		// The one past its end, still marked in force, is told apart.
		due, err := a.AgreementsDue(ctx, policy.Anonymous(), 30)
		if err != nil || due.Today != "2024-06-01" || len(due.Overdue) != 1 || due.Overdue[0].ExternalID != "ag-over" ||
			len(due.Expiring) != 1 || due.Expiring[0].ExternalID != "ag-soon" {
			t.Fatalf("due %+v %v", due, err)
		}
		if n := due.DaysFrom(due.Overdue[0].Expires); n != -31 {
			t.Fatalf("ag-over ended %d days from today", n)
		}
		if n := due.DaysFrom(due.Expiring[0].Expires); n != 19 {
			t.Fatalf("ag-soon ends %d days from today", n)
		}

		all, err := a.AllProgramme(ctx, policy.Anonymous(), "")
		if err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, r := range all {
			order = append(order, r.Base().ExternalID)
		}
		if !slices.Equal(order, []string{"ev-1", "ag-late", "ag-over", "ag-soon"}) {
			t.Fatalf("all programme in order %v", order)
		}

		page, err := a.ListProgramme(ctx, policy.Anonymous(), ProgrammeFilter{Kind: model.KindAgreement}, 0, 2)
		if err != nil || len(page.Items) != 2 || page.Next == 0 || page.Total != 3 {
			t.Fatalf("first page %+v %v", page, err)
		}
		page, err = a.ListProgramme(ctx, policy.Anonymous(), ProgrammeFilter{Kind: model.KindAgreement}, page.Next, 2)
		if err != nil || len(page.Items) != 1 || page.Next != 0 {
			t.Fatalf("second page %+v %v", page, err)
		}
		page, err = a.ListProgramme(ctx, policy.Anonymous(), ProgrammeFilter{From: "2024-05-01", Until: "2024-05-31", Query: "METRO"}, 0, 10)
		if err != nil || len(page.Items) != 1 || page.Items[0].Kind() != model.KindEvent {
			t.Fatalf("window and query %+v %v", page, err)
		}
		for _, f := range []ProgrammeFilter{{Kind: "meeting"}, {Kind: model.KindEvent, Status: "approved"}, {From: "May"},
			{From: "2024-05-02", Until: "2024-05-01"}, {City: "paris"}} {
			if _, err := a.ListProgramme(ctx, policy.Anonymous(), f, 0, 10); !errors.Is(err, model.ErrInvalid) {
				t.Errorf("filter %+v: %v", f, err)
			}
		}
	})
}

func TestProgrammeImportLines(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		file := strings.Join([]string{
			`{"id":"ag-1","title":{"en":"One"},"status":"in-force","parties":["org-msk","org-bj"],"signed":"2020-01-01"}`,
			`{"id":"ag-2","title":{"en":"Two"},"parties":["org-msk"]}`,
			``,
			`{"id":"ag-1","title":{"en":"Again"},"parties":["org-msk","org-bj"]}`,
			`{"id":"ag-3","title":{"en":"Three"},"parties":["org-msk","org-bj"],"colour":"red"}`,
			`not json`,
		}, "\n")
		rep, err := a.ImportProgramme(ctx, policy.Admin(), model.KindAgreement, strings.NewReader(file), true)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Lines != 5 || rep.Created != 1 || rep.Failed != 4 {
			t.Fatalf("dry run report %+v", rep)
		}
		var where []string
		for _, le := range rep.Errors {
			where = append(where, strings.Join([]string{string(rune('0' + le.Line)), le.Field, le.Code}, " "))
		}
		want := []string{"2 parties too_few", "4 id duplicate", "5 colour unknown_field", "6  bad_json"}
		if !slices.Equal(where, want) {
			t.Fatalf("errors %v, want %v", where, want)
		}
		if n, _ := db.CountProgramme(ctx, store.ProgrammeFilter{}); n != 0 {
			t.Fatalf("a dry run stored %d records", n)
		}
		rep, err = a.ImportProgramme(ctx, policy.Admin(), model.KindAgreement, strings.NewReader(file), false)
		if err != nil || rep.Created != 1 {
			t.Fatalf("import %+v %v", rep, err)
		}
		var out bytes.Buffer
		if n, err := a.ExportProgramme(ctx, policy.Admin(), model.KindAgreement, &out); err != nil || n != 1 {
			t.Fatalf("export %d %v", n, err)
		}
		rep, err = a.ImportProgramme(ctx, policy.Admin(), model.KindAgreement, bytes.NewReader(out.Bytes()), false)
		if err != nil || rep.Unchanged != 1 {
			t.Fatalf("import of the export %+v %v", rep, err)
		}
	})
}
