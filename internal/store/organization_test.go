package store_test

import (
	"context"
	"reflect"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestOrganizationLifecycle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		upsert := func(o *model.Organization) store.UpsertResult {
			t.Helper()
			var res store.UpsertResult
			inTx(t, db, func(tx *store.Tx) error {
				var err error
				res, err = tx.UpsertOrganization(ctx, o)
				return err
			})
			return res
		}
		o := newOrg("metro")
		if r := upsert(o); r != store.Created || o.ID == 0 || o.Version != 1 {
			t.Fatalf("first upsert: %v, %+v", r, o)
		}
		if r := upsert(newOrg("metro")); r != store.Unchanged {
			t.Fatalf("identical upsert: %v", r)
		}
		renamed := newOrg("metro", func(o *model.Organization) { o.Website = "https://mosmetro.example" })
		if r := upsert(renamed); r != store.Updated || renamed.Version != 2 {
			t.Fatalf("changed upsert: %v, version %d", r, renamed.Version)
		}

		got, err := db.GetOrganizationByExternalID(ctx, "metro")
		if err != nil || !reflect.DeepEqual(got, renamed) {
			t.Fatalf("read back %+v, %v; want %+v", got, err, renamed)
		}

		err = db.InTx(ctx, func(tx *store.Tx) error { return tx.CreateOrganization(ctx, newOrg("metro")) })
		wantKind(t, err, model.ErrConflict)

		got.City = model.CityOther
		err = db.InTx(ctx, func(tx *store.Tx) error { return tx.UpdateOrganization(ctx, got, 1) })
		wantKind(t, err, model.ErrConflict)
		inTx(t, db, func(tx *store.Tx) error { return tx.UpdateOrganization(ctx, got, 2) })
		if got.Version != 3 {
			t.Fatalf("version after update %d, want 3", got.Version)
		}
		got.ID = 1 << 40
		err = db.InTx(ctx, func(tx *store.Tx) error { return tx.UpdateOrganization(ctx, got, 0) })
		wantKind(t, err, model.ErrNotFound)
	})
}

// TestDeleteOrganizationUnlinksExperts checks ON DELETE SET NULL and that
// the experts concerned are logged as changed.
func TestDeleteOrganizationUnlinksExperts(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		org := newOrg("metro")
		putOrgs(t, db, org)
		e := put(t, db, newExpert("m-1", func(e *model.Expert) { e.OrgID = "metro" }))[0]
		before, _ := db.LastChangeSeq(ctx)

		inTx(t, db, func(tx *store.Tx) error { return tx.DeleteOrganization(ctx, org.ID) })

		_, err := db.GetOrganization(ctx, org.ID)
		wantKind(t, err, model.ErrNotFound)
		got, err := db.GetExpert(ctx, e.ID)
		if err != nil || got.OrgID != "" {
			t.Fatalf("expert after its organisation went: %+v, %v", got, err)
		}
		changes, _ := db.ChangesSince(ctx, before, 10)
		want := []store.Change{
			{Entity: store.EntityOrganization, EntityID: org.ID, Op: store.OpDelete},
			{Entity: store.EntityExpert, EntityID: e.ID, Op: store.OpUpsert},
		}
		if len(changes) != len(want) {
			t.Fatalf("changes %+v, want %+v", changes, want)
		}
		for i := range want {
			c := changes[i]
			if c.Entity != want[i].Entity || c.EntityID != want[i].EntityID || c.Op != want[i].Op {
				t.Fatalf("change %d = %+v, want %+v", i, c, want[i])
			}
		}

		// Re-importing the old line now fails: its organisation is gone.
		err = db.InTx(ctx, func(tx *store.Tx) error {
			_, err := tx.UpsertExpert(ctx, newExpert("m-1", func(e *model.Expert) { e.OrgID = "metro" }))
			return err
		})
		wantKind(t, err, model.ErrInvalid)

		err = db.InTx(ctx, func(tx *store.Tx) error { return tx.DeleteOrganization(ctx, org.ID) })
		wantKind(t, err, model.ErrNotFound)
	})
}

func TestListOrganizations(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		putOrgs(t, db, newOrg("o-1"), newOrg("o-2"), newOrg("o-3"))
		if n, err := db.CountOrganizations(ctx); err != nil || n != 3 {
			t.Fatalf("CountOrganizations = %d, %v", n, err)
		}
		page, err := db.ListOrganizations(ctx, 0, 2)
		if err != nil || len(page) != 2 || page[0].ExternalID != "o-1" {
			t.Fatalf("first page %+v, %v", page, err)
		}
		rest, err := db.ListOrganizations(ctx, page[1].ID, 2)
		if err != nil || len(rest) != 1 || rest[0].ExternalID != "o-3" {
			t.Fatalf("second page %+v, %v", rest, err)
		}
		var seen []string
		err = db.EachOrganization(ctx, func(o *model.Organization) error {
			seen = append(seen, o.ExternalID)
			return nil
		})
		if err != nil || !reflect.DeepEqual(seen, []string{"o-1", "o-2", "o-3"}) {
			t.Fatalf("EachOrganization saw %v, %v", seen, err)
		}
	})
}
