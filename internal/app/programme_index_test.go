package app

import (
	"context"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

// sharedAnalyzer loads the Chinese dictionary once for the tests that
// need it.
var sharedAnalyzer = sync.OnceValues(textproc.New)

func testAnalyzer(t *testing.T) *textproc.Analyzer {
	t.Helper()
	an, err := sharedAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return an
}

// kindLabels stands in for the translated labels the CLI wires in.
func kindLabels(field, value string) []string {
	if field == search.LabelKind && value == model.KindAgreement {
		return []string{"Соглашение", "协议", "Agreement"}
	}
	return nil
}

// attachProgrammeIndex opens a persistent programme index in dir for a and
// syncs it.
func attachProgrammeIndex(t *testing.T, a *App, dir string) *bleve.ProgrammeIndex {
	t.Helper()
	idx, err := bleve.OpenProgramme(dir, testAnalyzer(t))
	if err != nil {
		t.Fatal(err)
	}
	a.UseProgrammeIndex(idx, kindLabels)
	t.Cleanup(func() { _ = a.CloseIndex() })
	if _, err := a.SyncProgrammeIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
	return idx
}

// listed runs a list with f and returns the external ids of a page and
// the total.
func listed(t *testing.T, a *App, f ProgrammeFilter) ([]string, int) {
	t.Helper()
	p, err := a.ListProgramme(context.Background(), policy.Anonymous(), f, 0, 50)
	if err != nil {
		t.Fatalf("ListProgramme(%+v): %v", f, err)
	}
	var ids []string
	for _, r := range p.Items {
		ids = append(ids, r.Base().ExternalID)
	}
	return ids, p.Total
}

func metroAgreement() *model.Agreement {
	return &model.Agreement{ProgrammeBase: model.ProgrammeBase{ExternalID: "ag-metro",
		Title: model.Text{"zh": "北京地铁与莫斯科地铁合作协议"}, Spheres: []string{"transport.subway"}, Status: "in-force"},
		Parties: []string{"org-msk", "org-bj"}, Signed: "2019-04-01", Expires: "2029-04-01"}
}

func flowPractice() *model.Practice {
	return &model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: "pr-flow",
		Title:       model.Text{"ru": "Управление пассажиропотоками"},
		Description: model.Text{"ru": "Опыт Московского метрополитена в часы пик"}, Status: "published",
		Participants: []model.Participant{{ExpertID: "exp-pub", Role: model.RoleAuthor}}},
		City: model.CityMoscow, Year: 2021}
}

func TestProgrammeSearchUsesTheIndex(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		dir := filepath.Join(t.TempDir(), "programme-index")
		attachProgrammeIndex(t, a, dir)
		for _, r := range []model.ProgrammeRecord{metroAgreement(), flowPractice(), forum()} {
			if _, err := a.SaveProgramme(ctx, policy.Admin(), r); err != nil {
				t.Fatal(err)
			}
		}
		// Written after the last sync: the search catches up first.
		cases := []struct {
			name  string
			f     ProgrammeFilter
			first string
			not   []string
		}{
			{"a Chinese word inside a longer title", ProgrammeFilter{Query: "地铁"}, "ag-metro", []string{"ev-1"}},
			{"Traditional characters", ProgrammeFilter{Query: "地鐵"}, "ag-metro", []string{"ev-1"}},
			{"a Russian inflected form", ProgrammeFilter{Query: "метрополитена"}, "pr-flow", []string{"ev-1"}},
			{"another inflection", ProgrammeFilter{Query: "пассажиропотоков"}, "pr-flow", nil},
			{"the label of a kind", ProgrammeFilter{Query: "соглашение"}, "ag-metro", []string{"pr-flow", "ev-1"}},
			{"English stems", ProgrammeFilter{Query: "forums"}, "ev-1", []string{"ag-metro"}},
			{"a filter with text", ProgrammeFilter{Query: "метрополитен", Kind: model.KindPractice}, "pr-flow", []string{"ag-metro"}},
			{"a participant with text", ProgrammeFilter{Query: "forum", ExpertID: "exp-pub"}, "ev-1", nil},
		}
		for _, c := range cases {
			ids, total := listed(t, a, c.f)
			if len(ids) == 0 || ids[0] != c.first || total != len(ids) {
				t.Errorf("%s: %v (total %d), want %s first", c.name, ids, total, c.first)
			}
			for _, n := range c.not {
				if slices.Contains(ids, n) {
					t.Errorf("%s: %v include %s", c.name, ids, n)
				}
			}
		}
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "地铁", Until: "2018-12-31"}); len(ids) != 0 {
			t.Errorf("window before the agreement: %v", ids)
		}

		// Pages of a ranking follow one another through the cursor.
		f := ProgrammeFilter{Query: "метро subway forum"}
		var seen []string
		var after int64
		for range 5 {
			p, err := a.ListProgramme(ctx, policy.Anonymous(), f, after, 1)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != 3 || len(p.Items) != 1 {
				t.Fatalf("page after %d: %d items of %d", after, len(p.Items), p.Total)
			}
			seen = append(seen, p.Items[0].Base().ExternalID)
			if after = p.Next; after == 0 {
				break
			}
		}
		slices.Sort(seen)
		if !slices.Equal(seen, []string{"ag-metro", "ev-1", "pr-flow"}) {
			t.Errorf("paged through %v", seen)
		}

		// An update and a delete show in the next search.
		pr := flowPractice()
		pr.Title = model.Text{"en": "Crowd management at the Olympics"}
		pr.Description = nil
		if _, err := a.SaveProgramme(ctx, policy.Admin(), pr); err != nil {
			t.Fatal(err)
		}
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "пассажиропотоков"}); len(ids) != 0 {
			t.Errorf("old title still found: %v", ids)
		}
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "olympic"}); !slices.Equal(ids, []string{"pr-flow"}) {
			t.Errorf("new title: %v", ids)
		}
		ev, err := db.GetProgramme(ctx, model.KindEvent, "ev-1")
		if err != nil {
			t.Fatal(err)
		}
		if err := db.InTx(ctx, func(tx *store.Tx) error { return tx.DeleteProgramme(ctx, ev.Base().ID) }); err != nil {
			t.Fatal(err)
		}
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "forum"}); len(ids) != 0 {
			t.Errorf("deleted record still found: %v", ids)
		}

		// A rebuild from the database answers as the index kept in step.
		queries := []string{"地铁", "地鐵", "метрополитена", "olympics", "соглашение", "subway", "2021"}
		rebuilt := New(db, nil)
		attachProgrammeIndex(t, rebuilt, filepath.Join(t.TempDir(), "rebuilt"))
		for _, q := range queries {
			got, gotTotal := listed(t, rebuilt, ProgrammeFilter{Query: q})
			want, wantTotal := listed(t, a, ProgrammeFilter{Query: q})
			if !slices.Equal(got, want) || gotTotal != wantTotal {
				t.Errorf("%q: rebuilt index finds %v, kept one %v", q, got, want)
			}
		}

		// Writes made while no index was open (a crash) are applied when
		// it is opened again.
		if err := a.CloseIndex(); err != nil {
			t.Fatal(err)
		}
		late := agreement("ag-late", "2030-01-01", "org-msk", "org-bj")
		late.Title = model.Text{"ru": "Соглашение о метрополитене"}
		if _, err := a.SaveProgramme(ctx, policy.Admin(), late); err != nil {
			t.Fatal(err)
		}
		again := New(db, nil)
		idx, err := bleve.OpenProgramme(dir, testAnalyzer(t))
		if err != nil {
			t.Fatal(err)
		}
		if idx.NeedsRebuild() {
			t.Fatal("a reopened index asks for a rebuild")
		}
		again.UseProgrammeIndex(idx, kindLabels)
		t.Cleanup(func() { _ = again.CloseIndex() })
		if n, err := again.SyncProgrammeIndex(ctx); err != nil || n == 0 {
			t.Fatalf("catch-up: %d changes, %v", n, err)
		}
		if ids, _ := listed(t, again, ProgrammeFilter{Query: "метрополитенов"}); !slices.Contains(ids, "ag-late") {
			t.Errorf("after catch-up: %v", ids)
		}
	})
}

func TestProgrammeSearchFallsBackToSubstrings(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		if _, err := a.SaveProgramme(ctx, policy.Admin(), flowPractice()); err != nil {
			t.Fatal(err)
		}
		// No index: a substring matches, an inflected form does not.
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "метрополитен"}); !slices.Equal(ids, []string{"pr-flow"}) {
			t.Errorf("substring: %v", ids)
		}
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "метрополитенов"}); len(ids) != 0 {
			t.Errorf("inflected form without an index: %v", ids)
		}
		// A closed index is no index.
		attachProgrammeIndex(t, a, filepath.Join(t.TempDir(), "p"))
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "метрополитенов"}); !slices.Equal(ids, []string{"pr-flow"}) {
			t.Errorf("with the index: %v", ids)
		}
		if err := a.CloseIndex(); err != nil {
			t.Fatal(err)
		}
		if ids, _ := listed(t, a, ProgrammeFilter{Query: "метрополитен"}); !slices.Equal(ids, []string{"pr-flow"}) {
			t.Errorf("after close: %v", ids)
		}
	})
}
