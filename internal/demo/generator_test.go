package demo

import (
	"errors"
	"reflect"
	"sync"
	"testing"

	"talentbridge/internal/model"
)

func TestExpertIsDeterministic(t *testing.T) {
	tests := []struct {
		name string
		seed int64
		idx  []int
	}{
		{"seed 1", 1, []int{0, 1, 2, 17, 999, 123456}},
		{"seed 0", 0, []int{0, 5, 42}},
		{"negative seed", -7, []int{3, 4, 100000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := New(tt.seed), New(tt.seed)
			// Ask b in reverse order, after unrelated calls: the answer must
			// not depend on what was generated before.
			_ = b.Expert(77)
			for k := len(tt.idx) - 1; k >= 0; k-- {
				i := tt.idx[k]
				if x, y := a.Expert(i), b.Expert(i); !reflect.DeepEqual(x, y) {
					t.Errorf("Expert(%d) differs between calls:\n%+v\n%+v", i, x, y)
				}
			}
		})
	}
}

func TestEachMatchesExpert(t *testing.T) {
	g := New(3)
	i := 0
	err := g.Each(300, func(e model.Expert) error {
		if want := g.Expert(i); !reflect.DeepEqual(e, want) {
			t.Fatalf("Each gave a different expert %d", i)
		}
		i++
		return nil
	})
	if err != nil || i != 300 {
		t.Fatalf("Each: err %v after %d experts, want nil after 300", err, i)
	}
}

// TestConcurrentUse shares one Generator between goroutines, as a parallel
// importer would; run with -race.
func TestConcurrentUse(t *testing.T) {
	g := New(4)
	want := make([]model.Expert, 40)
	for i := range want {
		want[i] = g.Expert(i)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < len(want); i += 4 {
				if !reflect.DeepEqual(g.Expert(i), want[i]) {
					t.Errorf("expert %d differs when generated concurrently", i)
				}
			}
		})
	}
	wg.Wait()
}

func TestEachStopsAtError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := New(1).Each(100, func(model.Expert) error {
		calls++
		if calls == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 5 {
		t.Fatalf("got err %v after %d calls, want stop after 5", err, calls)
	}
}

func TestSeedsDiffer(t *testing.T) {
	a, b := New(1), New(2)
	same := 0
	for i := range 200 {
		if reflect.DeepEqual(a.Expert(i), b.Expert(i)) {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("%d of 200 experts identical across seeds 1 and 2", same)
	}
	// Neighbouring indexes of one seed must not be near copies either.
	if reflect.DeepEqual(a.Expert(0).Name, a.Expert(1).Name) {
		t.Fatal("experts 0 and 1 share a name")
	}
}

// TestExpertsValidAndNormalized checks thousands of experts for several
// seeds: each must validate, and Normalize must leave it unchanged (the
// generator emits canonical form, so importers store exactly what it made).
func TestExpertsValidAndNormalized(t *testing.T) {
	tax := model.NewTaxonomy()
	n := 3000
	if testing.Short() {
		n = 500
	}
	for _, seed := range []int64{1, 42, -1, 1 << 40} {
		g := New(seed)
		for i := range n {
			e := g.Expert(i)
			norm := g.Expert(i)
			norm.Normalize()
			if !reflect.DeepEqual(e, norm) {
				t.Fatalf("seed %d expert %d changed by Normalize:\n%+v\n%+v", seed, i, e, norm)
			}
			if err := norm.Validate(tax); err != nil {
				t.Fatalf("seed %d expert %d (%s) invalid: %v", seed, i, e.ExternalID, err)
			}
		}
	}
}

func TestExternalIDs(t *testing.T) {
	g := New(9)
	prefix := map[string]string{model.CityMoscow: "msk-", model.CityBeijing: "bj-", model.CityOther: "oth-"}
	tests := []struct {
		i    int
		want string // suffix
	}{{0, "000000"}, {123, "000123"}, {999999, "999999"}, {1234567, "1234567"}}
	for _, tt := range tests {
		e := g.Expert(tt.i)
		if want := prefix[e.City] + tt.want; e.ExternalID != want {
			t.Errorf("Expert(%d).ExternalID = %q, want %q", tt.i, e.ExternalID, want)
		}
	}
}
