package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func newEvent(xid string, mods ...func(*model.Event)) *model.Event {
	e := &model.Event{
		ProgrammeBase: model.ProgrammeBase{ExternalID: xid,
			Title:        model.Text{"ru": "Форум Метро", "en": "Metro & forum", "zh": "地铁论坛"},
			Spheres:      []string{"transport.subway"},
			Participants: []model.Participant{{ExpertID: "exp-1", Role: model.RoleSpeaker}}},
		EventKind: "forum", Format: "online", Link: "https://example.org/live", City: model.CityMoscow,
		Start: "2024-05-10T10:00:00+03:00", End: "2024-05-11T18:00:00+03:00", TimeZone: "Europe/Moscow",
		Organizers: []string{"org-msk"},
	}
	for _, m := range mods {
		m(e)
	}
	e.Normalize()
	return e
}

func newAgreement(xid, signed, expires string) *model.Agreement {
	a := &model.Agreement{
		ProgrammeBase: model.ProgrammeBase{ExternalID: xid, Title: model.Text{"en": "Memorandum " + xid}, Status: "in-force",
			Participants: []model.Participant{{ExpertID: "exp-2", Role: model.RoleSignatory}}},
		Parties: []string{"org-msk", "org-bj"}, PartyCities: []string{model.CityMoscow, model.CityBeijing},
		Signed: signed, Expires: expires,
	}
	a.Normalize()
	return a
}

func saveRec(t *testing.T, db *store.DB, recs ...model.ProgrammeRecord) {
	t.Helper()
	inTx(t, db, func(tx *store.Tx) error {
		for _, r := range recs {
			if _, err := tx.SaveProgramme(context.Background(), r, 0); err != nil {
				return err
			}
		}
		return nil
	})
}

func recIDs(recs []model.ProgrammeRecord) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Kind()+":"+r.Base().ExternalID)
	}
	return out
}

func TestProgrammeCRUD(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		ev := newEvent("ev-1")
		var res store.UpsertResult
		inTx(t, db, func(tx *store.Tx) (err error) { res, err = tx.SaveProgramme(ctx, ev, 0); return err })
		if res != store.Created || ev.ID == 0 || ev.Version != 1 || ev.CreatedAt.IsZero() {
			t.Fatalf("create: %v %+v", res, ev.ProgrammeBase)
		}
		got, err := db.GetProgramme(ctx, model.KindEvent, "ev-1")
		if err != nil {
			t.Fatal(err)
		}
		g := got.(*model.Event)
		if g.Title["en"] != "Metro & forum" || g.Start != ev.Start || g.Version != 1 || !g.CreatedAt.Equal(ev.CreatedAt) {
			t.Fatalf("read back %+v", g)
		}
		// The same id may be used by another kind.
		saveRec(t, db, newAgreement("ev-1", "2020-01-01", "2030-01-01"))

		// Saving the same record again writes nothing.
		same := newEvent("ev-1")
		inTx(t, db, func(tx *store.Tx) (err error) { res, err = tx.SaveProgramme(ctx, same, 0); return err })
		if res != store.Unchanged || same.Version != 1 || same.ID != ev.ID {
			t.Fatalf("unchanged: %v %+v", res, same.ProgrammeBase)
		}

		changed := newEvent("ev-1", func(e *model.Event) { e.Status = "held" })
		inTx(t, db, func(tx *store.Tx) (err error) { res, err = tx.SaveProgramme(ctx, changed, 1); return err })
		if res != store.Updated || changed.Version != 2 {
			t.Fatalf("update: %v version %d", res, changed.Version)
		}
		// A stale version is refused and nothing changes.
		stale := newEvent("ev-1", func(e *model.Event) { e.Status = "cancelled" })
		err = db.InTx(ctx, func(tx *store.Tx) error { _, err := tx.SaveProgramme(ctx, stale, 1); return err })
		if !errors.Is(err, model.ErrConflict) {
			t.Fatalf("stale version: %v", err)
		}
		err = db.InTx(ctx, func(tx *store.Tx) error { _, err := tx.SaveProgramme(ctx, newEvent("ev-none"), 3); return err })
		if !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("expected version of a missing record: %v", err)
		}
		inTx(t, db, func(tx *store.Tx) error {
			rec, err := tx.GetProgramme(ctx, model.KindEvent, "ev-1")
			if err != nil || rec.Base().Status != "held" || rec.Base().Version != 2 {
				t.Errorf("in-transaction read: %v %v", rec, err)
			}
			return nil
		})

		inTx(t, db, func(tx *store.Tx) error { return tx.DeleteProgramme(ctx, ev.ID) })
		if _, err := db.GetProgramme(ctx, model.KindEvent, "ev-1"); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("after delete: %v", err)
		}
		if err := db.InTx(ctx, func(tx *store.Tx) error { return tx.DeleteProgramme(ctx, ev.ID) }); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("delete twice: %v", err)
		}
		// The links went with the record.
		if n, _ := db.CountProgramme(ctx, store.ProgrammeFilter{ExpertID: "exp-1"}); n != 0 {
			t.Fatalf("%d records of exp-1 after delete", n)
		}

		// Every write is in the change log, for the index and other processes.
		changes, err := db.ChangesSince(ctx, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		var ops []string
		for _, c := range changes {
			if c.Entity == store.EntityProgramme {
				ops = append(ops, c.Op)
			}
		}
		if want := []string{"upsert", "upsert", "upsert", "delete"}; !slices.Equal(ops, want) {
			t.Fatalf("change log %v, want %v", ops, want)
		}
	})
}

func TestProgrammeFilters(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		saveRec(t, db,
			newEvent("ev-1"),
			newEvent("ev-2", func(e *model.Event) {
				e.Title = model.Text{"ru": "Выставка ЗДРАВООХРАНЕНИЯ"}
				e.Spheres = []string{"health"}
				e.City, e.Organizers = model.CityBeijing, []string{"org-bj"}
				e.Start, e.End, e.TimeZone = "2025-01-10T09:00:00+08:00", "2025-01-10T17:00:00+08:00", "Asia/Shanghai"
				e.Participants = []model.Participant{{ExpertID: "exp-2", Role: model.RoleOrganiser}}
				e.Status = "held"
			}),
			newAgreement("ag-1", "2020-03-01", "2024-06-30"),
			newAgreement("ag-2", "2023-01-01", ""),
			&model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: "pr-1", Title: model.Text{"en": "100%_safe tunnels"},
				Status: "published", Participants: []model.Participant{{ExpertID: "exp-1", Role: model.RoleAuthor}}},
				OrgID: "org-msk", City: model.CityMoscow, Year: 2022},
			&model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: "pr-2", Title: model.Text{"en": "No year"}, Status: "draft"}},
		)
		tests := []struct {
			name string
			f    store.ProgrammeFilter
			want []string
		}{
			{"all", store.ProgrammeFilter{}, []string{"event:ev-1", "event:ev-2", "agreement:ag-1", "agreement:ag-2", "practice:pr-1", "practice:pr-2"}},
			{"kind", store.ProgrammeFilter{Kind: model.KindAgreement}, []string{"agreement:ag-1", "agreement:ag-2"}},
			{"status", store.ProgrammeFilter{Kind: model.KindEvent, Status: "held"}, []string{"event:ev-2"}},
			{"top sphere includes sub-spheres", store.ProgrammeFilter{Sphere: "transport"}, []string{"event:ev-1"}},
			{"sub-sphere", store.ProgrammeFilter{Sphere: "transport.subway"}, []string{"event:ev-1"}},
			{"other sub-sphere", store.ProgrammeFilter{Sphere: "transport.rail"}, nil},
			{"city", store.ProgrammeFilter{City: model.CityBeijing}, []string{"event:ev-2", "agreement:ag-1", "agreement:ag-2"}},
			{"organisation", store.ProgrammeFilter{OrgID: "org-msk"}, []string{"event:ev-1", "agreement:ag-1", "agreement:ag-2", "practice:pr-1"}},
			{"expert", store.ProgrammeFilter{ExpertID: "exp-1"}, []string{"event:ev-1", "practice:pr-1"}},
			{"window", store.ProgrammeFilter{From: "2024-01-01", Until: "2024-12-31"}, []string{"event:ev-1", "agreement:ag-1", "agreement:ag-2"}},
			{"from only: open ends overlap", store.ProgrammeFilter{From: "2025-01-10"}, []string{"event:ev-2", "agreement:ag-2"}},
			{"until: a practice is its year", store.ProgrammeFilter{Until: "2022-06-01"}, []string{"agreement:ag-1", "practice:pr-1"}},
			{"window on the event's last day", store.ProgrammeFilter{From: "2024-05-11", Until: "2024-05-11"}, []string{"event:ev-1", "agreement:ag-1", "agreement:ag-2"}},
			{"query in any case", store.ProgrammeFilter{Query: "здравоохранения"}, []string{"event:ev-2"}},
			{"query with wildcards taken literally", store.ProgrammeFilter{Query: "0%_s"}, []string{"practice:pr-1"}},
			{"query % alone", store.ProgrammeFilter{Query: "%"}, []string{"practice:pr-1"}},
			{"query in Chinese", store.ProgrammeFilter{Query: "地铁"}, []string{"event:ev-1"}},
			{"combined", store.ProgrammeFilter{Kind: model.KindEvent, City: model.CityMoscow, ExpertID: "exp-1"}, []string{"event:ev-1"}},
		}
		for _, tc := range tests {
			got, err := db.ListProgramme(ctx, tc.f, 0, 100)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if !slices.Equal(recIDs(got), tc.want) {
				t.Errorf("%s: %v, want %v", tc.name, recIDs(got), tc.want)
			}
			if n, err := db.CountProgramme(ctx, tc.f); err != nil || n != len(tc.want) {
				t.Errorf("%s: count %d, %v", tc.name, n, err)
			}
		}

		// Pages by cursor.
		var all []string
		var after int64
		for {
			page, err := db.ListProgramme(ctx, store.ProgrammeFilter{}, after, 4)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, recIDs(page)...)
			if len(page) < 4 {
				break
			}
			after = page[len(page)-1].Base().ID
		}
		if len(all) != 6 {
			t.Fatalf("pages: %v", all)
		}
		var each []string
		err := db.EachProgramme(ctx, store.ProgrammeFilter{Kind: model.KindPractice}, func(r model.ProgrammeRecord) error {
			each = append(each, r.Base().ExternalID)
			return nil
		})
		if err != nil || !slices.Equal(each, []string{"pr-1", "pr-2"}) {
			t.Fatalf("each: %v %v", each, err)
		}

		// Agreements in force ending by a date, overdue ones first.
		saveRec(t, db, newAgreement("ag-3", "2021-01-01", "2024-07-15"),
			func() *model.Agreement {
				a := newAgreement("ag-4", "2021-01-01", "2024-07-01")
				a.Status = "terminated"
				return a
			}())
		end, err := db.AgreementsEnding(ctx, "2024-07-20")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range end {
			got = append(got, a.ExternalID)
		}
		if !slices.Equal(got, []string{"ag-1", "ag-3"}) {
			t.Fatalf("agreements ending: %v", got)
		}

		if err := db.Truncate(ctx); err != nil {
			t.Fatal(err)
		}
		if n, _ := db.CountProgramme(ctx, store.ProgrammeFilter{}); n != 0 {
			t.Fatalf("%d records after truncate", n)
		}
	})
}

func TestProgrammeLookups(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		putOrgs(t, db, newOrg("org-msk"))
		put(t, db, newExpert("exp-1"))
		found, err := db.ExpertsByExternalIDs(ctx, []string{"exp-1", "nobody"})
		if err != nil || len(found) != 1 || found["exp-1"] == nil {
			t.Fatalf("experts by external id: %v %v", found, err)
		}
		orgs, err := db.OrganizationsExist(ctx, []string{"org-msk", "org-none"})
		if err != nil || !orgs["org-msk"] || orgs["org-none"] {
			t.Fatalf("organisations exist: %v %v", orgs, err)
		}
		exist, err := db.ExpertsExist(ctx, []string{"exp-1", "nobody", "exp-1"})
		if err != nil || len(exist) != 1 || !exist["exp-1"] {
			t.Fatalf("experts exist: %v %v", exist, err)
		}
		cities, err := db.OrganizationCities(ctx, []string{"org-msk", "org-none"})
		if err != nil || len(cities) != 1 || cities["org-msk"] != model.CityMoscow {
			t.Fatalf("organisation cities: %v %v", cities, err)
		}
		inTx(t, db, func(tx *store.Tx) error { _, err := tx.SaveProgramme(ctx, newEvent("ev-1"), 0); return err })
		recs, err := db.ProgrammeByExternalIDs(ctx, model.KindEvent, []string{"ev-1", "ev-none"})
		if err != nil || len(recs) != 1 || recs["ev-1"] == nil || recs["ev-1"].Base().Version != 1 {
			t.Fatalf("programme by external id: %v %v", recs, err)
		}
		if recs, err := db.ProgrammeByExternalIDs(ctx, model.KindAgreement, []string{"ev-1"}); err != nil || len(recs) != 0 {
			t.Fatalf("another kind's record found: %v %v", recs, err)
		}
	})
}
