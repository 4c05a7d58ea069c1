package app

import (
	"context"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

// TestMatchRecordsDisclosures: a coordinator whose match answer lists a
// profile listed for coordinators only leaves an expert.view entry for it;
// an anonymous caller, shown public profiles only, leaves none.
func TestMatchRecordsDisclosures(t *testing.T) {
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a, ids := matchingApp(t, db, an, similarExperts())
		req := &model.Request{ExternalID: "req-1", Title: "вентиляция метрополитена, дымоудаление", Spheres: []string{"transport.subway"}}
		count := func() int {
			t.Helper()
			entries, err := a.Audit(ctx, policy.Admin(), AuditFilter{Action: ActExpertView, ObjectID: ids["msk-2"], Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			return len(entries)
		}
		if _, err := a.Match(ctx, policy.Anonymous(), req, 10); err != nil {
			t.Fatal(err)
		}
		if n := count(); n != 0 {
			t.Fatalf("anonymous match wrote %d entries", n)
		}
		coord := policy.Caller{Role: policy.RoleCoordinator, City: model.CityMoscow, UserID: 7,
			Scopes: []string{policy.ScopeRead, policy.ScopeWrite}}
		hits, err := a.Match(ctx, coord, req, 10)
		if err != nil {
			t.Fatal(err)
		}
		listed := false
		for _, h := range hits {
			listed = listed || h.Expert.ExternalID == "msk-2"
		}
		if !listed {
			t.Fatalf("the coordinators-only profile is not among %v", hitIDs(hits))
		}
		if n := count(); n != 1 {
			t.Errorf("coordinator's match wrote %d entries for msk-2, want 1", n)
		}
	})
}
