package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// filterFixture stores five experts across cities, spheres, visibilities
// and two organisations.
func filterFixture(t *testing.T, db *store.DB) {
	t.Helper()
	putOrgs(t, db, newOrg("metro"), newOrg("pku", func(o *model.Organization) { o.City = model.CityBeijing }))
	with := func(city, vis, org string, spheres ...string) func(*model.Expert) {
		return func(e *model.Expert) { e.City, e.Visibility, e.OrgID, e.Spheres = city, vis, org, spheres }
	}
	put(t, db,
		newExpert("f-1", with("moscow", "public", "metro", "transport.subway")),
		newExpert("f-2", with("moscow", "registered", "", "transport", "transport.rail")),
		newExpert("f-3", with("beijing", "public", "pku", "science-technology.chemistry", "transport.rail")),
		newExpert("f-4", with("beijing", "coordinators", "pku", "public-health")),
		newExpert("f-5", with("other", "public", "")),
	)
}

func TestListExpertsFilter(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		filterFixture(t, db)
		tests := []struct {
			name string
			f    store.ExpertFilter
			want []string
		}{
			{"no filter", store.ExpertFilter{}, []string{"f-1", "f-2", "f-3", "f-4", "f-5"}},
			{"city", store.ExpertFilter{City: "beijing"}, []string{"f-3", "f-4"}},
			{"top sphere includes sub-spheres", store.ExpertFilter{Sphere: "transport"}, []string{"f-1", "f-2", "f-3"}},
			{"sub-sphere", store.ExpertFilter{Sphere: "transport.rail"}, []string{"f-2", "f-3"}},
			{"sub-sphere is not its parent", store.ExpertFilter{Sphere: "transport.subway"}, []string{"f-1"}},
			{"unknown sphere", store.ExpertFilter{Sphere: "astrology"}, nil},
			{"organisation", store.ExpertFilter{OrgID: "pku"}, []string{"f-3", "f-4"}},
			{"unknown organisation", store.ExpertFilter{OrgID: "ghost"}, nil},
			{"visibilities", store.ExpertFilter{Visibilities: []string{"public", "registered"}}, []string{"f-1", "f-2", "f-3", "f-5"}},
			{"combined", store.ExpertFilter{City: "beijing", Sphere: "transport", Visibilities: []string{"public"}}, []string{"f-3"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := db.ListExperts(ctx, tt.f, 0, 100)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != 0 || len(tt.want) != 0 {
					if !reflect.DeepEqual(xids(got), tt.want) {
						t.Fatalf("ListExperts = %v, want %v", xids(got), tt.want)
					}
				}
				n, err := db.CountExperts(ctx, tt.f)
				if err != nil || n != len(tt.want) {
					t.Fatalf("CountExperts = %d, %v; want %d", n, err, len(tt.want))
				}
			})
		}
	})
}

func TestListExpertsKeyset(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		var all []*model.Expert
		for _, x := range []string{"k-1", "k-2", "k-3", "k-4", "k-5", "k-6", "k-7"} {
			all = append(all, newExpert(x))
		}
		put(t, db, all...)

		var pages [][]string
		var after int64
		for {
			page, err := db.ListExperts(ctx, store.ExpertFilter{}, after, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			pages = append(pages, xids(page))
			after = page[len(page)-1].ID
			if len(pages) == 1 {
				// A deletion behind the cursor does not shift later pages.
				inTx(t, db, func(tx *store.Tx) error { return tx.DeleteExpert(ctx, all[0].ID) })
			}
		}
		want := [][]string{{"k-1", "k-2", "k-3"}, {"k-4", "k-5", "k-6"}, {"k-7"}}
		if !reflect.DeepEqual(pages, want) {
			t.Fatalf("pages %v, want %v", pages, want)
		}
		_, err := db.ListExperts(ctx, store.ExpertFilter{}, 0, 0)
		wantKind(t, err, model.ErrInvalid)
	})
}

func TestEachExpert(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		// More than one batch, to cross a batch boundary.
		const n = 1203
		experts := make([]*model.Expert, n)
		for i := range experts {
			experts[i] = newExpert(fmt.Sprintf("e-%04d", i))
		}
		put(t, db, experts...)

		var seen []int64
		err := db.EachExpert(ctx, func(e *model.Expert) error {
			seen = append(seen, e.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(seen, ids(experts)) {
			t.Fatalf("EachExpert visited %d experts, want %d in id order", len(seen), n)
		}

		stop := errors.New("stop")
		calls := 0
		err = db.EachExpert(ctx, func(*model.Expert) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Fatalf("EachExpert after fn error: %v after %d calls", err, calls)
		}
	})
}

func TestCountExpertsBySphereCity(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		filterFixture(t, db)
		tests := []struct {
			name         string
			visibilities []string
			want         map[string]map[string]int
		}{
			{"all", nil, map[string]map[string]int{
				"transport":          {"moscow": 2, "beijing": 1},
				"science-technology": {"beijing": 1},
				"public-health":      {"beijing": 1},
			}},
			{"public only", []string{"public"}, map[string]map[string]int{
				"transport":          {"moscow": 1, "beijing": 1},
				"science-technology": {"beijing": 1},
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := db.CountExpertsBySphereCity(context.Background(), tt.visibilities)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Fatalf("counts %v, want %v", got, tt.want)
				}
			})
		}
	})
}
