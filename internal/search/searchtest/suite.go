// Package searchtest is the behaviour every search.Index backend must show,
// as one suite run against each backend with Russian, Chinese and English
// fixtures.
package searchtest

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// Run runs the suite. open returns a new, empty index; Run indexes the
// fixtures into it and closes it at the end.
func Run(t *testing.T, open func(t *testing.T) search.Index) {
	idx := open(t)
	t.Cleanup(func() {
		if err := idx.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	ctx := context.Background()
	if err := idx.Index(ctx, docs()...); err != nil {
		t.Fatalf("Index: %v", err)
	}
	t.Run("Finds", func(t *testing.T) { testFinds(t, idx) })
	t.Run("Ranking", func(t *testing.T) { testRanking(t, idx) })
	t.Run("Visibility", func(t *testing.T) { testVisibility(t, idx) })
	t.Run("Filters", func(t *testing.T) { testFilters(t, idx) })
	t.Run("Facets", func(t *testing.T) { testFacets(t, idx) })
	t.Run("SortAndPages", func(t *testing.T) { testSortAndPages(t, idx) })
	t.Run("Snippets", func(t *testing.T) { testSnippets(t, idx) })
	t.Run("Sequence", func(t *testing.T) { testSequence(t, idx) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, idx) })
	t.Run("Scope", func(t *testing.T) { testScope(t, idx) })
	t.Run("UpdateDelete", func(t *testing.T) { testUpdateDelete(t, idx) })
}

func run(t *testing.T, idx search.Index, q search.Query) search.Result {
	t.Helper()
	if q.PerPage == 0 {
		q.PerPage = search.MaxPerPage
	}
	res, err := idx.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res
}

func ids(res search.Result) []int64 {
	out := make([]int64, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.ID
	}
	return out
}

func testFinds(t *testing.T, idx search.Index) {
	tests := []struct {
		name, text string
		want       []int64 // must be among the hits
		not        []int64 // must not be
	}{
		{"ru genitive finds nominative", "метрополитена", []int64{idMetro}, nil},
		{"ru instrumental finds nominative", "метрополитеном", []int64{idMetro}, nil},
		{"zh 研究所 inside institute name", "研究所", []int64{idICT}, []int64{idAirport}},
		{"zh 机场 inside airport name", "机场", []int64{idAirport}, []int64{idICT}},
		{"zh 专家 inside 首席专家", "专家", []int64{idICT}, nil},
		{"traditional 醫學 finds 医学", "醫學", []int64{idMedic}, []int64{idICT}},
		{"zh sphere label 地铁", "地铁", []int64{idSubwayQuiet, idMetro}, []int64{idAirport}},
		{"ru sphere label метро", "метро", []int64{idSubwayQuiet, idMetro}, []int64{idAirport}},
		{"en stemming", "tunnels", []int64{idTunnel}, nil},
		{"any words", "ventilation 机场", []int64{idTunnel, idAirport}, nil},
		{"alias in Cyrillic", "Ван Вэй", []int64{idICT}, nil},
		{"alias in Chinese", "伊万诺夫", []int64{idMetro}, nil},
		{"name folded", "ИВАНОВ", []int64{idMetro}, nil},
		{"phrase", `"subway ventilation"`, []int64{idTunnel}, nil},
		{"phrase in wrong order", `"ventilation subway"`, nil, []int64{idTunnel}},
		{"phrase with stop word", `"censor board"`, []int64{idCensor}, nil},
		{"zh phrase is a substring", `"计算技术研究所"`, []int64{idICT}, []int64{idAirport}},
		{"exclusion", "ventilation -tunnelling", []int64{idMetro}, []int64{idTunnel}},
		{"exclusion only", "-tunnelling", []int64{idMetro, idICT}, []int64{idTunnel}},
		{"exclusion of a phrase", `ventilation -"subway ventilation"`, []int64{idMetro}, []int64{idTunnel}},
		{"typo en", "vetilation", []int64{idTunnel}, nil},
		{"typo ru", "метраполитен", []int64{idMetro}, nil},
		{"no typo for short words", "bord", nil, []int64{idCensor}},
		{"e-mail is not searchable", "secret@example.org", nil, []int64{idMetro}},
		{"phone is not searchable", "555-01-23", nil, []int64{idMetro}},
		{"stop words only", "the of", nil, []int64{idCensor}},
		{"no match", "астрофизика", nil, []int64{idMetro, idICT}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(run(t, idx, search.Query{Text: tt.text, Audience: search.AudienceAdmin}))
			for _, id := range tt.want {
				if !slices.Contains(got, id) {
					t.Errorf("%q: %d missing from %v", tt.text, id, got)
				}
			}
			for _, id := range tt.not {
				if slices.Contains(got, id) {
					t.Errorf("%q: %d unexpected in %v", tt.text, id, got)
				}
			}
		})
	}
}

func testRanking(t *testing.T, idx search.Index) {
	tests := []struct {
		name, text    string
		first, before int64 // first must rank above before
	}{
		{"exact above typo", "sensor", idSensor, idCensor},
		{"keyword above abstract", "ventilation", idMetro, idSensor},
		{"name above sphere label", "Иванов метрополитен", idMetro, idSubwayQuiet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(run(t, idx, search.Query{Text: tt.text, Audience: search.AudienceAdmin}))
			i, j := slices.Index(got, tt.first), slices.Index(got, tt.before)
			if i < 0 || j < 0 || i > j {
				t.Errorf("%q: want %d before %d, got %v", tt.text, tt.first, tt.before, got)
			}
		})
	}
}

func testVisibility(t *testing.T, idx search.Index) {
	for _, a := range []search.Audience{search.AudiencePublic, search.AudienceRegistered, search.AudienceCoordinator, search.AudienceAdmin} {
		visible := visibleTo(a)
		for _, text := range []string{"", "метрополитен", "Секретов", "tunnel", "Smith"} {
			res := run(t, idx, search.Query{Text: text, Audience: a, Facets: true})
			for _, id := range ids(res) {
				if !visible[id] {
					t.Errorf("audience %d, %q: hidden profile %d matched", a, text, id)
				}
			}
			total := 0
			for _, c := range res.Facets[search.FacetOrg] {
				if c.Value == "mosmetro" {
					total += c.Count
				}
			}
			want := 0
			for _, id := range ids(res) {
				if id == idMetro || id == idSecret {
					want++
				}
			}
			if total != want {
				t.Errorf("audience %d, %q: mosmetro facet %d, want %d", a, text, total, want)
			}
		}
	}
	if got := ids(run(t, idx, search.Query{Text: "Секретов"})); len(got) != 0 {
		t.Errorf("public caller sees coordinators-only profile: %v", got)
	}
	if got := ids(run(t, idx, search.Query{Text: "Секретов", Audience: search.AudienceCoordinator})); !slices.Equal(got, []int64{idSecret}) {
		t.Errorf("coordinator search = %v, want [%d]", got, idSecret)
	}
}

func testFilters(t *testing.T, idx search.Index) {
	tests := []struct {
		name string
		q    search.Query
		want []int64 // exactly, in any order
	}{
		{"top-level sphere includes sub-spheres", search.Query{Spheres: []string{"transport"}}, []int64{idMetro, idAirport, idSubwayQuiet}},
		{"sub-sphere", search.Query{Spheres: []string{"transport.subway"}}, []int64{idMetro, idSubwayQuiet}},
		{"sub-sphere for coordinators", search.Query{Spheres: []string{"transport.subway"}, Audience: search.AudienceCoordinator}, []int64{idMetro, idSubwayQuiet, idSecret}},
		{"city and text", search.Query{Text: "ventilation", Cities: []string{"moscow"}}, []int64{idMetro, idTunnel}},
		{"cities are alternatives", search.Query{Cities: []string{"other", "moscow"}, Audience: search.AudienceRegistered}, []int64{idMetro, idRegistered, idTunnel, idCensor}},
		{"org", search.Query{Orgs: []string{"ict-cas"}}, []int64{idICT}},
		{"language and format", search.Query{Languages: []string{"en"}, Formats: []string{"lecture"}}, []int64{idMetro, idMedic}},
		{"text filtered out", search.Query{Text: "机场", Cities: []string{"moscow"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, idx, tt.q)
			got := ids(res)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
			if res.Total != len(want) {
				t.Errorf("Total = %d, want %d", res.Total, len(want))
			}
		})
	}
}

func testFacets(t *testing.T, idx search.Index) {
	if res := run(t, idx, search.Query{Text: "метрополитен"}); res.Facets != nil {
		t.Errorf("facets computed without being asked: %v", res.Facets)
	}
	res := run(t, idx, search.Query{Facets: true})
	count := func(facet, value string) int {
		for _, c := range res.Facets[facet] {
			if c.Value == value {
				return c.Count
			}
		}
		return 0
	}
	tests := []struct {
		facet, value string
		want         int
	}{
		{search.FacetCity, "moscow", 3}, // not the coordinators-only one
		{search.FacetCity, "beijing", 5},
		{search.FacetCity, "other", 0}, // registered-only
		{search.FacetSphere, "transport", 3},
		{search.FacetSphere, "transport.subway", 2},
		{search.FacetLanguage, "en", 6},
		{search.FacetFormat, "lecture", 2},
		{search.FacetOrg, "mosmetro", 1},
	}
	for _, tt := range tests {
		if got := count(tt.facet, tt.value); got != tt.want {
			t.Errorf("facet %s %s = %d, want %d", tt.facet, tt.value, got, tt.want)
		}
	}
}

func testSortAndPages(t *testing.T, idx search.Index) {
	all := run(t, idx, search.Query{Audience: search.AudienceAdmin, Sort: search.SortName, Lang: "en"})
	if all.Total != len(experts()) {
		t.Fatalf("Total = %d, want %d", all.Total, len(experts()))
	}
	names := map[int64]string{}
	for _, e := range experts() {
		names[e.ID] = textproc.Normalize(e.DisplayName("en"))
	}
	got := ids(all)
	if !slices.IsSortedFunc(got, func(a, b int64) int { return strings.Compare(names[a], names[b]) }) {
		t.Errorf("not sorted by English name: %v", got)
	}
	var paged []int64
	for page := 1; page <= 4; page++ {
		res := run(t, idx, search.Query{Audience: search.AudienceAdmin, Sort: search.SortName, Lang: "en", Page: page, PerPage: 3})
		if res.Total != all.Total {
			t.Errorf("page %d: Total = %d, want %d", page, res.Total, all.Total)
		}
		if page < 4 && len(res.Hits) != 3 || page == 4 && len(res.Hits) != 1 {
			t.Errorf("page %d has %d hits", page, len(res.Hits))
		}
		paged = append(paged, ids(res)...)
	}
	if !slices.Equal(paged, got) {
		t.Errorf("pages %v, want %v", paged, got)
	}
	rel := run(t, idx, search.Query{Text: "subway ventilation"})
	if !slices.IsSortedFunc(rel.Hits, func(a, b search.Hit) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	}) {
		t.Errorf("relevance order not by score: %+v", rel.Hits)
	}
}

func testSnippets(t *testing.T, idx search.Index) {
	tests := []struct {
		text   string
		id     int64
		field  string
		want   []string
		absent []string
	}{
		{"метрополитена", idMetro, search.FieldBio, []string{"<mark>метрополитена</mark>", "&amp;", "&lt;2010&gt;"}, []string{"<2010>"}},
		{"机场", idAirport, search.FieldOrg, []string{"<mark>机场</mark>"}, nil},
		{"醫學", idMedic, search.FieldBio, []string{"<mark>医学</mark>"}, nil},
		{"vetilation", idTunnel, search.FieldBio, []string{"<mark>ventilation</mark>"}, nil},
		{"smoke", idTunnel, search.FieldOutput, []string{"<mark>Smoke</mark> control"}, nil},
		{"shafts", idTunnel, search.FieldOutput, []string{"<mark>shafts</mark>"}, nil},
	}
	for _, tt := range tests {
		res := run(t, idx, search.Query{Text: tt.text})
		i := slices.IndexFunc(res.Hits, func(h search.Hit) bool { return h.ID == tt.id })
		if i < 0 {
			t.Errorf("%q: %d not found", tt.text, tt.id)
			continue
		}
		snip := strings.Join(res.Hits[i].Snippets[tt.field], " | ")
		for _, w := range tt.want {
			if !strings.Contains(snip, w) {
				t.Errorf("%q: snippet %q lacks %q (all: %v)", tt.text, snip, w, res.Hits[i].Snippets)
			}
		}
		for _, w := range tt.absent {
			if strings.Contains(snip, w) {
				t.Errorf("%q: snippet %q contains %q", tt.text, snip, w)
			}
		}
	}
	// Snippets asked afterwards, for hits searched without them, are those
	// Search gives.
	ctx := context.Background()
	for _, tt := range tests {
		q := search.Query{Text: tt.text, PerPage: search.MaxPerPage}
		want := run(t, idx, q)
		q.NoSnippets = true
		bare := run(t, idx, q)
		var hits []int64
		for _, h := range bare.Hits {
			if h.Snippets != nil {
				t.Errorf("%q: snippets despite NoSnippets: %v", tt.text, h.Snippets)
			}
			hits = append(hits, h.ID)
		}
		got, err := idx.Snippets(ctx, q, hits)
		if err != nil {
			t.Fatalf("Snippets(%q): %v", tt.text, err)
		}
		for _, h := range want.Hits {
			if !reflect.DeepEqual(got[h.ID], h.Snippets) {
				t.Errorf("%q: Snippets for %d = %v, Search gave %v", tt.text, h.ID, got[h.ID], h.Snippets)
			}
		}
	}
	if got, err := idx.Snippets(ctx, search.Query{Text: "Секретов", Audience: search.AudiencePublic}, []int64{idSecret}); err != nil || len(got) > 0 {
		t.Errorf("Snippets of a hidden profile = %v, %v; want none", got, err)
	}
	for _, h := range run(t, idx, search.Query{Text: "метрополитен", Audience: search.AudiencePublic}).Hits {
		for _, frags := range h.Snippets {
			for _, f := range frags {
				if strings.Contains(f, "Секретов") || strings.Contains(f, "безопасности") {
					t.Errorf("snippet from a hidden profile: %q", f)
				}
			}
		}
	}
}

func testSequence(t *testing.T, idx search.Index) {
	ctx := context.Background()
	for _, seq := range []int64{42, 43, 1 << 40} {
		if err := idx.SetLastSeq(ctx, seq); err != nil {
			t.Fatal(err)
		}
		got, err := idx.LastSeq(ctx)
		if err != nil || got != seq {
			t.Errorf("LastSeq = %d, %v; want %d", got, err, seq)
		}
	}
}

// testConcurrent searches from several goroutines while documents are
// being replaced: the index must stay consistent (run it with -race).
func testConcurrent(t *testing.T, idx search.Index) {
	ctx := context.Background()
	all := docs()
	var wg sync.WaitGroup
	wg.Go(func() {
		for range 5 {
			if err := idx.Index(ctx, all[idSensor-1]); err != nil {
				t.Errorf("Index: %v", err)
			}
		}
	})
	for range 4 {
		wg.Go(func() {
			for range 10 {
				res, err := idx.Search(ctx, search.Query{Text: "sensor 机场 метрополитен", Facets: true})
				if err != nil {
					t.Errorf("Search: %v", err)
					return
				}
				if !slices.Contains(ids(res), idAirport) {
					t.Errorf("concurrent search lost a hit: %v", ids(res))
				}
			}
		})
	}
	wg.Wait()
}

// testUpdateDelete runs last: it changes the fixtures.
func testUpdateDelete(t *testing.T, idx search.Index) {
	ctx := context.Background()
	d := docs()[idCensor-1]
	d.Bio = []string{"Curator of the animation festival."}
	if err := idx.Index(ctx, d); err != nil {
		t.Fatal(err)
	}
	if got := ids(run(t, idx, search.Query{Text: "censor"})); slices.Contains(got, idCensor) {
		t.Errorf("replaced text still found: %v", got)
	}
	if got := ids(run(t, idx, search.Query{Text: "animation"})); !slices.Equal(got, []int64{idCensor}) {
		t.Errorf("new text: %v", got)
	}
	if err := idx.Delete(ctx, idCensor, 9999); err != nil {
		t.Fatal(err)
	}
	if got := ids(run(t, idx, search.Query{Text: "animation"})); len(got) != 0 {
		t.Errorf("deleted profile found: %v", got)
	}
}
