package store_test

import (
	"context"
	"reflect"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestUpsertExpert(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		upsert := func(e *model.Expert) store.UpsertResult {
			t.Helper()
			var res store.UpsertResult
			inTx(t, db, func(tx *store.Tx) error {
				var err error
				res, err = tx.UpsertExpert(ctx, e)
				return err
			})
			return res
		}

		first := newExpert("msk-1")
		if got := upsert(first); got != store.Created {
			t.Fatalf("first upsert: %v, want created", got)
		}
		if first.ID == 0 || first.Version != 1 || first.CreatedAt.IsZero() || !first.CreatedAt.Equal(first.UpdatedAt) {
			t.Fatalf("created expert not filled in: %+v", first)
		}

		same := newExpert("msk-1")
		if got := upsert(same); got != store.Unchanged {
			t.Fatalf("identical upsert: %v, want unchanged", got)
		}
		if same.ID != first.ID || same.Version != 1 || !same.UpdatedAt.Equal(first.UpdatedAt) {
			t.Fatalf("unchanged expert not filled from the row: %+v", same)
		}

		changed := newExpert("msk-1", func(e *model.Expert) { e.City = model.CityBeijing })
		if got := upsert(changed); got != store.Updated {
			t.Fatalf("changed upsert: %v, want updated", got)
		}
		if changed.ID != first.ID || changed.Version != 2 || !changed.CreatedAt.Equal(first.CreatedAt) {
			t.Fatalf("updated expert: id %d version %d created %v", changed.ID, changed.Version, changed.CreatedAt)
		}

		got, err := db.GetExpert(ctx, first.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, changed) {
			t.Fatalf("read back\n%+v\nwant\n%+v", got, changed)
		}
		if n, _ := db.LastChangeSeq(ctx); n != 2 {
			t.Fatalf("%d changes logged, want 2 (the unchanged upsert logs none)", n)
		}
	})
}

// TestExpertRoundTrip checks that what is read back re-encodes to exactly
// the bytes that were written, scripts and HTML-like characters included.
func TestExpertRoundTrip(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newExpert("rt-1", func(e *model.Expert) {
			e.Outputs = []model.Output{{Kind: "publication", Title: "Вентиляция «тоннелей» & 通风", Year: 2020, Lang: "ru"}}
			e.Availability = &model.Availability{Formats: []string{"lecture"}, From: "2021-01-01"}
		})
		want, _ := store.CanonicalJSON(e)
		put(t, db, e)
		got, err := db.GetExpertByExternalID(context.Background(), "rt-1")
		if err != nil {
			t.Fatal(err)
		}
		again, _ := store.CanonicalJSON(got)
		if string(again) != string(want) {
			t.Fatalf("round trip changed the record:\n%s\n%s", again, want)
		}
	})
}

func TestCreateExpert(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		inTx(t, db, func(tx *store.Tx) error { return tx.CreateExpert(ctx, newExpert("c-1")) })
		err := db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateExpert(ctx, newExpert("c-1")) })
		wantKind(t, err, model.ErrConflict)

		// A conflict inside a savepoint leaves the transaction usable on
		// both databases.
		inTx(t, db, func(tx *store.Tx) error {
			err := tx.Savepoint(ctx, func() error { return tx.CreateExpert(ctx, newExpert("c-1")) })
			wantKind(t, err, model.ErrConflict)
			return tx.CreateExpert(ctx, newExpert("c-2"))
		})
		if n, _ := db.CountExperts(ctx, store.ExpertFilter{}); n != 2 {
			t.Fatalf("%d experts, want 2", n)
		}
	})
}

func TestUpdateExpert(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a, b := newExpert("u-a"), newExpert("u-b")
		put(t, db, a, b)

		tests := []struct {
			name    string
			edit    func(e *model.Expert)
			expect  int64
			wantErr error
			wantVer int64
		}{
			{"any version", func(e *model.Expert) { e.City = model.CityOther }, 0, nil, 2},
			{"right version", func(e *model.Expert) { e.Country = "CN" }, 2, nil, 3},
			{"stale version", func(e *model.Expert) { e.Country = "KZ" }, 2, model.ErrConflict, 3},
			{"identical keeps version", func(e *model.Expert) {}, 3, nil, 3},
			{"external id taken", func(e *model.Expert) { e.ExternalID = "u-b" }, 0, model.ErrConflict, 3},
			{"external id renamed", func(e *model.Expert) { e.ExternalID = "u-a2" }, 0, nil, 4},
			{"unknown organisation", func(e *model.Expert) { e.OrgID = "nowhere" }, 0, model.ErrInvalid, 4},
			{"missing expert", func(e *model.Expert) { e.ID = 1 << 40 }, 0, model.ErrNotFound, 4},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				cur, err := db.GetExpert(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				tt.edit(cur)
				err = db.InTx(ctx, func(tx *store.Tx) error { return tx.UpdateExpert(ctx, cur, tt.expect) })
				wantKind(t, err, tt.wantErr)
				stored, _ := db.GetExpert(ctx, a.ID)
				if stored.Version != tt.wantVer {
					t.Fatalf("stored version %d, want %d", stored.Version, tt.wantVer)
				}
			})
		}
	})
}

func TestUnknownOrganizationField(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		err := db.InTx(ctx, func(tx *store.Tx) error {
			_, err := tx.UpsertExpert(ctx, newExpert("o-1", func(e *model.Expert) { e.OrgID = "ghost" }))
			return err
		})
		v, ok := err.(*model.ValidationError)
		if !ok || v.First().Field != "organization_id" || v.First().Code != model.CodeUnknownValue {
			t.Fatalf("error = %#v, want a ValidationError on organization_id", err)
		}
	})
}

func TestDeleteExpert(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		e := put(t, db, newExpert("d-1"))[0]
		inTx(t, db, func(tx *store.Tx) error { return tx.DeleteExpert(ctx, e.ID) })
		_, err := db.GetExpert(ctx, e.ID)
		wantKind(t, err, model.ErrNotFound)
		err = db.InTx(ctx, func(tx *store.Tx) error { return tx.DeleteExpert(ctx, e.ID) })
		wantKind(t, err, model.ErrNotFound)
		if n, _ := db.CountExperts(ctx, store.ExpertFilter{Sphere: "transport"}); n != 0 {
			t.Fatalf("spheres of a deleted expert still match: %d", n)
		}
		changes, _ := db.ChangesSince(ctx, 0, 10)
		if len(changes) != 2 || changes[1].Op != store.OpDelete || changes[1].EntityID != e.ID {
			t.Fatalf("changes %+v, want upsert then delete of %d", changes, e.ID)
		}
	})
}

func TestGetExperts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		es := put(t, db, newExpert("g-1"), newExpert("g-2"), newExpert("g-3"))
		_, err := db.GetExpertByExternalID(ctx, "g-404")
		wantKind(t, err, model.ErrNotFound)

		got, err := db.GetExperts(ctx, []int64{es[2].ID, 999999, es[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"g-3", "g-1"}; !reflect.DeepEqual(xids(got), want) {
			t.Fatalf("GetExperts = %v, want %v", xids(got), want)
		}
		if got, err := db.GetExperts(ctx, nil); err != nil || len(got) != 0 {
			t.Fatalf("GetExperts(nil) = %v, %v", got, err)
		}
		vers, err := db.ExpertVersions(ctx, []int64{es[1].ID, 999999})
		if err != nil || !reflect.DeepEqual(vers, map[int64]int64{es[1].ID: es[1].Version}) {
			t.Fatalf("ExpertVersions = %v, %v", vers, err)
		}
	})
}
