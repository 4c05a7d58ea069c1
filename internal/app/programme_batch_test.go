package app

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// TestProgrammeBatchRefusesWhatSaveRefuses puts each record SaveProgramme
// refuses among good ones: the good ones are kept, the bad one is reported
// at its index with the error SaveProgramme gives.
func TestProgrammeBatchRefusesWhatSaveRefuses(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		// A completed exchange, for the refused change of status.
		done := schoolExchange()
		done.ExternalID = "ex-done"
		done.GuardianConsent = &model.GuardianConsent{RecordedAt: "2024-06-01T10:00:00Z", RecordedBy: "Coordinator"}
		for _, status := range []string{"approved", "under-way", "completed"} {
			done.Status = status
			if _, err := a.SaveProgramme(ctx, policy.Admin(), done); err != nil {
				t.Fatal(err)
			}
		}
		reopened := func() model.ProgrammeRecord {
			x := schoolExchange()
			x.ExternalID, x.Status = "ex-done", "approved"
			return x
		}
		stale := func() model.ProgrammeRecord {
			x := schoolExchange()
			x.ExternalID, x.Status, x.Version = "ex-done", "completed", 2
			x.GuardianConsent = done.GuardianConsent
			return x
		}
		practice := func(org, city string) model.ProgrammeRecord { return batchPractice("pr-"+org, org, city) }
		if _, err := a.SaveProgramme(ctx, policy.Admin(), practice("org-bj", model.CityBeijing)); err != nil {
			t.Fatal(err)
		}
		bad := []struct {
			name string
			c    policy.Caller
			rec  func() model.ProgrammeRecord
		}{
			{"invalid", policy.Admin(), func() model.ProgrammeRecord { return agreement("ag-bad", "2030-01-01", "org-msk") }},
			{"unknown expert", policy.Admin(), func() model.ProgrammeRecord {
				return forum(func(e *model.Event) {
					e.ExternalID = "ev-bad"
					e.Participants = append(e.Participants, model.Participant{ExpertID: "nobody", Role: model.RoleSpeaker})
				})
			}},
			{"unknown organisation", policy.Admin(), func() model.ProgrammeRecord {
				return agreement("ag-bad", "2030-01-01", "org-msk", "org-none")
			}},
			{"bad change of status", policy.Admin(), reopened},
			{"stale version", policy.Admin(), stale},
			{"consent missing", coordMoscow, func() model.ProgrammeRecord {
				x := schoolExchange()
				x.ExternalID, x.Status = "ex-bad", "approved"
				return x
			}},
			{"other city", coordBeijing, func() model.ProgrammeRecord { return practice("org-msk", model.CityMoscow) }},
			{"taking a record over", coordMoscow, func() model.ProgrammeRecord { return practice("org-bj", model.CityMoscow) }},
			{"anonymous", policy.Anonymous(), func() model.ProgrammeRecord { return practice("org-msk", model.CityMoscow) }},
			{"unknown kind", policy.Admin(), func() model.ProgrammeRecord { return nil }},
		}
		for n, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				_, want := a.SaveProgramme(ctx, tc.c, tc.rec())
				if want == nil {
					t.Fatal("SaveProgramme accepted the record")
				}
				good := func(i int) model.ProgrammeRecord {
					xid := fmt.Sprintf("pr-good-%d-%d", n, i)
					if tc.c.City == model.CityBeijing {
						return batchPractice(xid, "org-bj", model.CityBeijing)
					}
					return batchPractice(xid, "org-msk", model.CityMoscow)
				}
				batch := []model.ProgrammeRecord{good(0), good(1), tc.rec(), good(2)}
				refused := 2
				if !tc.c.Authenticated() { // the anonymous caller may write nothing at all
					batch, refused = batch[2:3], 0
				}
				saved, err := a.SaveProgrammeBatch(ctx, tc.c, batch)
				var be *BatchError
				if !errors.As(err, &be) || len(be.Records) != 1 {
					t.Fatalf("batch: %v", err)
				}
				got := be.Records[0]
				if got.Index != refused || got.Err.Error() != want.Error() || !reflect.DeepEqual(fieldsOf(got.Err), fieldsOf(want)) {
					t.Fatalf("refused %d: %v, want %v", got.Index, got.Err, want)
				}
				if saved != len(batch)-1 {
					t.Fatalf("saved %d of %d", saved, len(batch))
				}
				for i, r := range batch {
					if i == refused {
						continue
					}
					if _, err := a.Programme(ctx, policy.Admin(), r.Kind(), r.Base().ExternalID); err != nil {
						t.Errorf("good record %s not kept: %v", r.Base().ExternalID, err)
					}
				}
			})
		}
		got, err := a.Programme(ctx, policy.Admin(), model.KindExchange, "ex-done")
		if err != nil || got.Base().Status != "completed" || got.Base().Version != 3 {
			t.Fatalf("the completed exchange after the refusals: %+v %v", got, err)
		}
	})
}

func batchPractice(xid, org, city string) model.ProgrammeRecord {
	return &model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: xid, Title: model.Text{"en": "Practice"}},
		OrgID: org, City: city, Year: 2022}
}

// fieldsOf lists the problems of a validation error, or the error's kind.
func fieldsOf(err error) []string {
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		var out []string
		for _, fe := range ve.Errors {
			out = append(out, fmt.Sprint(fe.Field, " ", fe.Code, " ", fe.Params))
		}
		return out
	}
	for _, kind := range []error{model.ErrConflict, model.ErrNotFound, model.ErrForbidden, model.ErrUnauthorized} {
		if errors.Is(err, kind) {
			return []string{kind.Error()}
		}
	}
	return []string{"no kind: " + err.Error()}
}

// TestProgrammeBatchWrites saves a batch of more than one transaction
// holding a record twice: every record logs its change, each transaction
// writes one audit entry, and the second save of a record updates the first.
func TestProgrammeBatchWrites(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		seq0, err := db.LastChangeSeq(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var batch []model.ProgrammeRecord
		for i := range programmeChunk + 10 {
			batch = append(batch, forum(func(e *model.Event) { e.ExternalID = fmt.Sprintf("ev-%03d", i) }))
		}
		twice := batchPractice("pr-twice", "org-msk", model.CityMoscow)
		again := batchPractice("pr-twice", "org-msk", model.CityMoscow)
		again.Base().Title = model.Text{"en": "Practice, revised"}
		batch = slices.Insert(batch, 10, model.ProgrammeRecord(again))
		batch = slices.Insert(batch, 0, twice)
		batch = append(batch, &model.Practice{ProgrammeBase: model.ProgrammeBase{Title: model.Text{"en": "No id yet"}},
			OrgID: "org-bj", City: model.CityBeijing, Year: 2023})

		saved, err := a.SaveProgrammeBatch(WithCaller(context.Background(), policy.Admin(), "batch"), policy.Admin(), batch)
		if err != nil || saved != len(batch) {
			t.Fatalf("saved %d of %d: %v", saved, len(batch), err)
		}
		got, err := a.Programme(ctx, policy.Admin(), model.KindPractice, "pr-twice")
		if err != nil || got.Base().Version != 2 || got.Base().Title["en"] != "Practice, revised" {
			t.Fatalf("the record saved twice: %+v %v", got, err)
		}
		if xid := batch[len(batch)-1].Base().ExternalID; len(xid) < 4 || xid[:3] != "pr-" {
			t.Fatalf("generated id %q", xid)
		}
		changes, err := db.ChangesSince(ctx, seq0, 1000)
		if err != nil || len(changes) != len(batch) {
			t.Fatalf("%d changes logged for %d records: %v", len(changes), len(batch), err)
		}
		entries, err := a.Audit(ctx, policy.Admin(), AuditFilter{ObjectType: ObjProgramme, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		created, updated := 0, 0
		for _, e := range entries {
			if e.Action != ActProgrammeBatch {
				t.Fatalf("audit entry %s", e.Action)
			}
			created += int(e.Detail["created"].(float64))
			updated += int(e.Detail["updated"].(float64))
		}
		// The second pr-twice starts a transaction of its own.
		if len(entries) != 3 || created != len(batch)-1 || updated != 1 {
			t.Fatalf("%d audit entries, %d created, %d updated", len(entries), created, updated)
		}
	})
}
