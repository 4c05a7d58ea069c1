package app

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestMergeExpertsFields(t *testing.T) {
	keep := &model.Expert{
		Name: model.Text{"ru": "Иванов Иван", "en": "Ivan Ivanov"}, City: "moscow",
		Spheres: []string{"transport.subway"}, Languages: []string{"ru"},
		Keywords:     model.Terms{"en": {"Metro"}},
		Outputs:      []model.Output{{Kind: "publication", Title: "Tunnels"}},
		Availability: &model.Availability{Formats: []string{"lecture"}, From: "2025-03-01", Until: "2025-06-01"},
		Visibility:   model.VisibilityPublic,
	}
	other := &model.Expert{
		Name: model.Text{"en": "Iwan Iwanow", "zh": "伊万·伊万诺夫"}, City: "beijing", Email: "i@example.org",
		Spheres: []string{"transport.subway", "education"}, Languages: []string{"ru", "zh"},
		Keywords:     model.Terms{"en": {"metro", "tunnels"}},
		Outputs:      []model.Output{{Kind: "publication", Title: " tunnels "}, {Kind: "talk", Title: "Tunnels"}},
		Availability: &model.Availability{Formats: []string{"online"}, From: "2025-01-01", Until: "2025-04-01"},
		Visibility:   model.VisibilityCoordinators,
	}
	m, dropped := mergeExperts(keep, other)
	tests := []struct {
		field     string
		got, want any
	}{
		{"name", m.Name, model.Text{"ru": "Иванов Иван", "en": "Ivan Ivanov", "zh": "伊万·伊万诺夫"}},
		{"dropped", dropped, model.Text{"en": "Iwan Iwanow"}},
		{"other names keep the dropped form", m.OtherNames, model.Terms{"en": {"Iwan Iwanow"}}},
		{"city", m.City, "moscow"},
		{"email", m.Email, "i@example.org"},
		{"spheres", m.Spheres, []string{"transport.subway", "education"}},
		{"languages", m.Languages, []string{"ru", "zh"}},
		{"keywords", m.Keywords, model.Terms{"en": {"Metro", "tunnels"}}},
		{"outputs", len(m.Outputs), 2},
		{"availability", *m.Availability, model.Availability{Formats: []string{"lecture", "online"}, From: "2025-01-01", Until: "2025-06-01"}},
		{"visibility", m.Visibility, model.VisibilityCoordinators},
		{"keep untouched", keep.Name, model.Text{"ru": "Иванов Иван", "en": "Ivan Ivanov"}},
	}
	for _, tc := range tests {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.field, tc.got, tc.want)
		}
	}
}

func TestMergeAvailabilityOpenEnds(t *testing.T) {
	tests := []struct {
		a, b, want *model.Availability
	}{
		{nil, nil, nil},
		{&model.Availability{From: "2025-01-01"}, nil, &model.Availability{From: "2025-01-01"}},
		{&model.Availability{From: "2025-01-01", Until: "2025-02-01"}, &model.Availability{Until: "2025-03-01"},
			&model.Availability{Until: "2025-03-01"}},
	}
	for i, tc := range tests {
		if got := mergeAvailability(tc.a, tc.b); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%d: %+v, want %+v", i, got, tc.want)
		}
	}
}

func TestDuplicatesAndMerge(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		admin := policy.Admin()
		mk := func(xid string, name model.Text, orcid string) *model.Expert {
			e := &model.Expert{ExternalID: xid, Name: name, City: "beijing", Spheres: []string{"transport.subway"}, ORCID: orcid}
			if err := a.CreateExpert(ctx, e); err != nil {
				t.Fatal(err)
			}
			return e
		}
		zh := mk("bj-1", model.Text{"zh": "张伟"}, "0000-0002-1825-0097")
		py := mk("bj-2", model.Text{"en": "Zhang Wei"}, "0000-0002-1825-0097")
		ru := mk("bj-3", model.Text{"ru": "Чжан Вэй"}, "")
		other := mk("bj-4", model.Text{"zh": "王芳"}, "")
		namesake := mk("bj-5", model.Text{"zh": "张伟"}, "0000-0001-5109-3700") // another ORCID: another person

		d := a.NewDuplicates()
		if _, err := d.Of(ctx, policy.Anonymous(), zh.ID, 0.5); !errors.Is(err, model.ErrForbidden) {
			t.Fatalf("anonymous: %v", err)
		}
		got, err := d.Of(ctx, admin, zh.ID, DefaultDuplicateScore)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[int64]bool{}
		for _, x := range got {
			ids[x.ID] = true
		}
		if !ids[py.ID] || !ids[ru.ID] || ids[other.ID] || ids[namesake.ID] {
			t.Fatalf("duplicates of 张伟: %+v", got)
		}
		if got[0].ID != py.ID || got[0].Evidence[0].Kind != EvidenceSameORCID {
			t.Errorf("best %+v, want bj-2 by ORCID first", got[0])
		}
		pairs, err := d.All(ctx, admin, DefaultDuplicateScore)
		// 张伟, Zhang Wei and Чжан Вэй, and Чжан Вэй with the namesake 张伟
		// (no ORCID tells them apart); never the two ORCIDs.
		if err != nil || len(pairs) != 4 {
			t.Fatalf("all pairs: %v %+v", err, pairs)
		}

		res, err := a.MergeExperts(ctx, admin, zh.ID, ru.ID)
		if err != nil {
			t.Fatal(err)
		}
		if res.Expert.Name["ru"] != "Чжан Вэй" || res.Removed != "bj-3" {
			t.Errorf("merged %+v", res)
		}
		entries, err := a.Audit(ctx, admin, AuditFilter{Action: ActExpertMerge, Limit: 10})
		if err != nil || len(entries) != 1 || entries[0].ObjectID != zh.ID || entries[0].Detail["removed"] != "bj-3" {
			t.Errorf("merge audit: %v %+v", err, entries)
		}
		if _, err := a.Expert(ctx, ru.ID); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("merged-away expert: %v", err)
		}
		// The finder follows the change log: the merged-away expert is gone.
		got, err = d.Of(ctx, admin, zh.ID, DefaultDuplicateScore)
		if err != nil || len(got) != 1 || got[0].ID != py.ID {
			t.Fatalf("after merge: %v %+v", err, got)
		}
		if _, err := a.MergeExperts(ctx, admin, zh.ID, ru.ID); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("merge again: %v", err)
		}
		if _, err := a.MergeExperts(ctx, admin, zh.ID, zh.ID); !errors.Is(err, model.ErrInvalid) {
			t.Errorf("merge with itself: %v", err)
		}
	})
}
