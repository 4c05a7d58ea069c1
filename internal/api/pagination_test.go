package api

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"testing"
)

// walk follows the next cursors of a list from the first page and returns
// every external id in order and the totals each page reported.
func walk(t *testing.T, e *env, path, auth string, limit int) (xids []string, totals []int) {
	t.Helper()
	after := ""
	for range 1000 {
		q := url.Values{"limit": {fmt.Sprint(limit)}}
		if after != "" {
			q.Set("after", after)
		}
		r := e.do(t, request{method: "GET", path: path + "?" + q.Encode(), auth: auth})
		if r.status != http.StatusOK {
			t.Fatalf("page after %q: %d %s", after, r.status, r.body)
		}
		items, total, next := listed(t, r)
		if len(items) > limit {
			t.Fatalf("page of %d items, limit %d", len(items), limit)
		}
		if next != "" && len(items) != limit {
			t.Fatalf("short page (%d of %d) with a next cursor", len(items), limit)
		}
		xids = append(xids, items...)
		totals = append(totals, total)
		if next == "" {
			return xids, totals
		}
		after = next
	}
	t.Fatal("pagination does not end")
	return nil, nil
}

func TestPagination(t *testing.T) {
	eachDB(t, func(t *testing.T, e *env) {
		const n = 23
		var all, public []string
		for i := range n {
			xid := fmt.Sprintf("p%02d", i)
			vis := "public"
			if i%3 == 0 {
				vis = "registered"
			} else {
				public = append(public, xid)
			}
			r := e.do(t, request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert(xid, with("visibility", vis))})
			if r.status != http.StatusCreated {
				t.Fatalf("create %s: %d %s", xid, r.status, r.body)
			}
			all = append(all, xid)
		}
		tests := []struct {
			name  string
			auth  string
			limit int
			want  []string
		}{
			{"admin, pages of 5", admin, 5, all},
			{"admin, pages of 1", admin, 1, all},
			{"admin, one exact page", admin, n, all},
			{"admin, one large page", admin, 500, all},
			{"anonymous, pages of 4", anon, 4, public},
			{"anonymous, pages of 7", anon, 7, public},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, totals := walk(t, e, "/api/v1/experts", tt.auth, tt.limit)
				if !slices.Equal(got, tt.want) {
					t.Errorf("walked %v\nwant   %v", got, tt.want)
				}
				for _, total := range totals {
					if total != len(tt.want) {
						t.Errorf("a page reported total %d, want %d", total, len(tt.want))
					}
				}
			})
		}

		t.Run("stable while records are added", func(t *testing.T) {
			first := e.do(t, request{method: "GET", path: "/api/v1/experts?limit=10", auth: admin})
			items, _, next := listed(t, first)
			if r := e.do(t, request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("late")}); r.status != http.StatusCreated {
				t.Fatalf("create: %d %s", r.status, r.body)
			}
			seen := slices.Clone(items)
			for next != "" {
				r := e.do(t, request{method: "GET", path: "/api/v1/experts?limit=10&after=" + next, auth: admin})
				var page []string
				page, _, next = listed(t, r)
				seen = append(seen, page...)
			}
			if want := append(slices.Clone(all), "late"); !slices.Equal(seen, want) {
				t.Errorf("walked %v\nwant   %v", seen, want)
			}
		})

		t.Run("default page size is 50", func(t *testing.T) {
			for i := range 40 {
				e.do(t, request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert(fmt.Sprintf("q%02d", i))})
			}
			items, total, next := listed(t, e.do(t, request{method: "GET", path: "/api/v1/experts", auth: admin}))
			if len(items) != 50 || total != n+41 || next == "" {
				t.Errorf("%d items, total %d, next %q", len(items), total, next)
			}
		})
	})
}
