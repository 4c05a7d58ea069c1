package store_test

import (
	"context"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestTruncate(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		putOrgs(t, db, newOrg("metro"))
		put(t, db, newExpert("t-1", func(e *model.Expert) { e.OrgID = "metro" }))
		inTx(t, db, func(tx *store.Tx) error {
			return tx.AddSphere(ctx, model.Sphere{Slug: "transport.cable-cars", Labels: model.Text{"en": "Cable cars"}})
		})
		last, _ := db.LastChangeSeq(ctx)

		if err := db.Truncate(ctx); err != nil {
			t.Fatal(err)
		}
		assertEmpty(t, db)
		if n, _ := db.CountOrganizations(ctx); n != 0 {
			t.Fatalf("%d organisations left", n)
		}
		if s, _ := db.CustomSpheres(ctx); len(s) != 0 {
			t.Fatalf("custom spheres left: %v", s)
		}
		// Seqs are never reused, so a follower's cursor stays valid.
		put(t, db, newExpert("t-2"))
		changes, _ := db.ChangesSince(ctx, 0, 10)
		if len(changes) != 1 || changes[0].Seq <= last {
			t.Fatalf("changes after truncate %+v, want one with seq > %d", changes, last)
		}
	})
}
