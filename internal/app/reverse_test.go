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
	"talentbridge/internal/textproc"
)

// reverseRequests are open requests of several kinds, and one closed.
func reverseRequests() []model.Request {
	return []model.Request{
		{ExternalID: "req-vent", Title: "Вентиляция глубоких станций метро", City: "beijing",
			Spheres: []string{"transport.subway"}, Languages: []string{"ru"}},
		{ExternalID: "req-smoke", Title: "Smoke control in subway stations", Description: "Tunnel ventilation and fire safety.",
			Formats: []string{"consulting"}, From: "2026-01-01"},
		{ExternalID: "req-zh", Title: "地铁隧道通风专家", City: "moscow", Hard: []string{"direction"}},
		{ExternalID: "req-museum", Title: "博物馆数字化", Spheres: []string{"culture.museums"}},
		{ExternalID: "req-sphere", Title: "Метрополитен", Spheres: []string{"transport"}, Languages: []string{"zh"}, Hard: []string{"languages"}},
		{ExternalID: "req-closed", Title: "Тоннельная вентиляция", Status: model.RequestClosed},
	}
}

// TestRequestsForExpertAgreeWithMatch checks the reverse question against
// the forward one: every request listed for an expert gives them, in its
// own ranking, the same score and the same explanation.
func TestRequestsForExpertAgreeWithMatch(t *testing.T) {
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a, ids := matchingApp(t, db, an, similarExperts())
		reqs := reverseRequests()
		for i := range reqs {
			if err := a.CreateRequest(ctx, &reqs[i]); err != nil {
				t.Fatal(err)
			}
		}
		registered := policy.Caller{Role: policy.RoleExpert, ExpertID: ids["msk-3"]}
		for _, c := range []policy.Caller{policy.Admin(), registered} {
			for _, xid := range []string{"msk-1", "bj-1", "msk-2"} {
				got, err := a.RequestsForExpert(ctx, c, ids[xid], 10)
				if xid == "msk-2" && c.Role != policy.RoleAdmin {
					if !errors.Is(err, model.ErrNotFound) {
						t.Errorf("a hidden expert: %v, want ErrNotFound", err)
					}
					continue
				}
				if err != nil || len(got) < 2 {
					t.Fatalf("%s for %s: %v %+v", xid, c.Role, err, got)
				}
				for i, rm := range got {
					if rm.Request.Status != model.RequestOpen {
						t.Errorf("%s: a %s request is listed", xid, rm.Request.Status)
					}
					if i > 0 && rm.Score > got[i-1].Score {
						t.Errorf("%s: not best first: %v after %v", xid, rm.Score, got[i-1].Score)
					}
					forward, err := a.Match(ctx, c, rm.Request, -1)
					if err != nil {
						t.Fatal(err)
					}
					found := false
					for _, h := range forward {
						if h.Expert.ExternalID != xid {
							continue
						}
						found = true
						if h.Score != rm.Score || !reflect.DeepEqual(h.Explanation, rm.Explanation) {
							t.Errorf("%s for %s, %s: forward %v %+v\nreverse %v %+v", xid, c.Role, rm.Request.ExternalID,
								h.Score, h.Explanation, rm.Score, rm.Explanation)
						}
					}
					if !found {
						t.Errorf("%s for %s: %s is listed but its ranking lacks the expert", xid, c.Role, rm.Request.ExternalID)
					}
				}
			}
		}
		// The converse: an open request that ranks the expert lists it.
		got, _ := a.RequestsForExpert(ctx, policy.Admin(), ids["msk-1"], 10)
		for _, r := range reqs {
			forward, _ := a.Match(ctx, policy.Admin(), &r, -1)
			listed := false
			for _, rm := range got {
				listed = listed || rm.Request.ExternalID == r.ExternalID
			}
			if hasExpert(forward, "msk-1") && r.Status == model.RequestOpen && !listed {
				t.Errorf("%s ranks msk-1 but is not among its requests", r.ExternalID)
			}
		}
		if one, _ := a.RequestsForExpert(ctx, policy.Admin(), ids["msk-1"], 1); len(one) != 1 || one[0].Request.ExternalID != got[0].Request.ExternalID {
			t.Errorf("limit 1: %+v", one)
		}
		if _, err := a.RequestsForExpert(ctx, policy.Anonymous(), ids["msk-1"], 10); !errors.Is(err, model.ErrUnauthorized) {
			t.Errorf("anonymous: %v, want ErrUnauthorized", err)
		}
		if _, err := a.RequestsForExpert(ctx, policy.Admin(), 99999, 10); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("no such expert: %v", err)
		}
	})
}
