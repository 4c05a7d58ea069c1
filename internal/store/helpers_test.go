package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
)

// newExpert returns a valid, normalised expert with text in all three
// scripts and characters that HTML escaping would mangle.
func newExpert(xid string, mods ...func(*model.Expert)) *model.Expert {
	e := &model.Expert{
		ExternalID: xid,
		Name:       model.Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova", "zh": "玛丽亚·伊万诺娃"},
		NativeLang: "ru",
		City:       model.CityMoscow,
		Country:    "RU",
		Spheres:    []string{"transport", "transport.subway"},
		Keywords:   model.Terms{"ru": {"тоннельная вентиляция"}, "zh": {"隧道通风"}},
		Bio:        model.Text{"en": "Tunnels & <ventilation>"},
		Email:      "M.Ivanova@example.org",
		Visibility: model.VisibilityPublic,
	}
	for _, m := range mods {
		m(e)
	}
	return e
}

func newOrg(xid string, mods ...func(*model.Organization)) *model.Organization {
	o := &model.Organization{
		ExternalID: xid,
		Name:       model.Text{"ru": "Московский метрополитен", "en": "Moscow Metro", "zh": "莫斯科地铁"},
		City:       model.CityMoscow,
		Country:    "RU",
		Kind:       "transport-operator",
	}
	for _, m := range mods {
		m(o)
	}
	return o
}

// inTx runs fn in a write transaction and fails the test on error.
func inTx(t *testing.T, db *store.DB, fn func(tx *store.Tx) error) {
	t.Helper()
	if err := db.InTx(context.Background(), fn); err != nil {
		t.Fatalf("transaction: %v", err)
	}
}

// put stores experts with UpsertExpert and returns them with their ids set.
func put(t *testing.T, db *store.DB, experts ...*model.Expert) []*model.Expert {
	t.Helper()
	inTx(t, db, func(tx *store.Tx) error {
		for _, e := range experts {
			if _, err := tx.UpsertExpert(context.Background(), e); err != nil {
				return fmt.Errorf("%s: %w", e.ExternalID, err)
			}
		}
		return nil
	})
	return experts
}

func putOrgs(t *testing.T, db *store.DB, orgs ...*model.Organization) {
	t.Helper()
	inTx(t, db, func(tx *store.Tx) error {
		for _, o := range orgs {
			if _, err := tx.UpsertOrganization(context.Background(), o); err != nil {
				return err
			}
		}
		return nil
	})
}

// wantKind fails unless err wraps kind (nil meaning success).
func wantKind(t *testing.T, err, kind error) {
	t.Helper()
	switch {
	case kind == nil && err != nil:
		t.Fatalf("unexpected error: %v", err)
	case kind != nil && !errors.Is(err, kind):
		t.Fatalf("error = %v, want one wrapping %v", err, kind)
	}
}

func ids(experts []*model.Expert) []int64 {
	out := make([]int64, len(experts))
	for i, e := range experts {
		out[i] = e.ID
	}
	return out
}

func xids(experts []*model.Expert) []string {
	out := make([]string, len(experts))
	for i, e := range experts {
		out[i] = e.ExternalID
	}
	return out
}
