package store_test

import (
	"context"
	"reflect"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestCustomSpheres(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if got, err := db.CustomSpheres(ctx); err != nil || len(got) != 0 {
			t.Fatalf("fresh database: %v, %v", got, err)
		}
		hydro := model.Sphere{Slug: "transport.hydrogen-buses", Labels: model.Text{"ru": "Водородные автобусы", "zh": "氢能公交", "en": "Hydrogen buses"}}
		inTx(t, db, func(tx *store.Tx) error { return tx.AddSphere(ctx, hydro) })
		err := db.InTx(ctx, func(tx *store.Tx) error { return tx.AddSphere(ctx, hydro) })
		wantKind(t, err, model.ErrConflict)

		got, err := db.CustomSpheres(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := hydro
		want.Parent, want.Custom = "transport", true
		if !reflect.DeepEqual(got, []model.Sphere{want}) {
			t.Fatalf("CustomSpheres = %+v, want %+v", got, want)
		}
	})
}
