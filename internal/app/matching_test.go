package app

import (
	"context"
	"errors"
	"testing"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

func TestMatchFollowsTheDatabaseAndThePolicy(t *testing.T) {
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		req := &model.Request{ExternalID: "req-1", Description: "вентиляция глубоких станций метро", City: "beijing"}
		if _, err := a.Match(ctx, policy.Admin(), req, 5); !errors.Is(err, ErrMatcherNotReady) {
			t.Fatalf("before the build: %v", err)
		}
		experts := []model.Expert{
			{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария"}, City: "moscow",
				Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"тоннельная вентиляция", "глубокие станции"}}},
			{ExternalID: "msk-2", Name: model.Text{"ru": "Петров Олег"}, City: "moscow", Visibility: "coordinators",
				Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"вентиляция метрополитена"}}},
			{ExternalID: "bj-1", Name: model.Text{"zh": "张伟"}, City: "beijing",
				Spheres: []string{"culture.museums"}, Keywords: model.Terms{"zh": {"博物馆"}}},
		}
		for i := range experts {
			if err := a.CreateExpert(ctx, &experts[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := a.BuildMatcher(ctx, an); err != nil {
			t.Fatal(err)
		}
		hits, err := a.Match(ctx, policy.Anonymous(), req, 5)
		if err != nil || len(hits) == 0 || hits[0].Expert.ExternalID != "msk-1" {
			t.Fatalf("anonymous match: %v %+v", err, hits)
		}
		for _, h := range hits {
			if h.Expert.ExternalID == "msk-2" {
				t.Fatal("a coordinators-only profile was matched for an anonymous caller")
			}
			if h.Score < 0 || h.Score > 1 {
				t.Fatalf("score %v outside [0, 1]", h.Score)
			}
		}
		// A write after the build is seen by the next match; a delete too.
		late := model.Expert{ExternalID: "msk-3", Name: model.Text{"ru": "Сидоров Иван"}, City: "moscow",
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"вентиляция глубоких станций метро"}}}
		if err := a.CreateExpert(ctx, &late); err != nil {
			t.Fatal(err)
		}
		hits, _ = a.Match(ctx, policy.Admin(), req, 5)
		if !hasExpert(hits, "msk-3") || !hasExpert(hits, "msk-2") {
			t.Fatalf("after a create: %+v", hits)
		}
		if err := a.DeleteExpert(ctx, late.ID); err != nil {
			t.Fatal(err)
		}
		hits, _ = a.Match(ctx, policy.Admin(), req, 5)
		if hasExpert(hits, "msk-3") {
			t.Fatal("a deleted expert is still matched")
		}
	})
}

func hasExpert(hits []MatchHit, xid string) bool {
	for _, h := range hits {
		if h.Expert.ExternalID == xid {
			return true
		}
	}
	return false
}

func TestMatchingIsBuiltOnFirstUse(t *testing.T) {
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		e := model.Expert{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария"}, City: "moscow",
			Keywords: model.Terms{"ru": {"тоннельная вентиляция"}}}
		if err := a.CreateExpert(ctx, &e); err != nil {
			t.Fatal(err)
		}
		a.EnableMatching(an, func(err error) { t.Error(err) })
		req := &model.Request{ExternalID: "r", Title: "вентиляция тоннелей"}
		if _, err := a.Match(ctx, policy.Admin(), req, 5); !errors.Is(err, ErrMatcherNotReady) {
			t.Fatalf("first match: %v, want ErrMatcherNotReady while the index is built", err)
		}
		for range 200 { // bounded: at most 20 s
			hits, err := a.Match(ctx, policy.Admin(), req, 5)
			if err == nil {
				if len(hits) != 1 {
					t.Fatalf("hits %+v", hits)
				}
				return
			}
			if !errors.Is(err, ErrMatcherNotReady) {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatal("the matching index was not built in time")
	})
}
