package bleve

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/search"
)

// programmeFixture is a handful of records in the three languages.
func programmeFixture() []model.ProgrammeRecord {
	base := func(id int64, xid string, title, desc model.Text, spheres ...string) model.ProgrammeBase {
		return model.ProgrammeBase{ID: id, ExternalID: xid, Title: title, Description: desc, Spheres: spheres}
	}
	return []model.ProgrammeRecord{
		&model.Agreement{ProgrammeBase: base(1, "ag-metro", model.Text{"zh": "北京地铁与莫斯科地铁合作协议"}, nil, "transport.subway"),
			Parties: []string{"org-a", "org-b"}, PartyCities: []string{model.CityMoscow, model.CityBeijing},
			Signed: "2019-04-01", Expires: "2029-04-01"},
		&model.Practice{ProgrammeBase: base(2, "pr-metro", model.Text{"ru": "Автоматизация управления движением"},
			model.Text{"ru": "Опыт Московского метрополитена в управлении пассажиропотоками"}),
			City: model.CityMoscow, Year: 2021, Results: model.Text{"en": "Headways cut to 80 seconds"}},
		&model.Event{ProgrammeBase: base(3, "ev-museum", model.Text{"en": "Museum night forum"},
			model.Text{"zh": "博物馆之夜的经验交流"}, "culture"),
			EventKind: "forum", Format: "online", City: model.CityBeijing,
			Start: "2024-05-10T10:00:00+08:00", End: "2024-05-10T18:00:00+08:00", TimeZone: "Asia/Shanghai"},
		&model.Project{ProgrammeBase: base(4, "pj-open", model.Text{"en": "Joint laboratory of urban mobility"}, nil, "transport"),
			ProjectKind: "laboratory", Parties: []string{"org-a"}, Start: "2022-01-01"},
	}
}

func programmeDocs(t *testing.T, labels search.LabelFunc) []search.ProgrammeDoc {
	t.Helper()
	tax := model.NewTaxonomy()
	var docs []search.ProgrammeDoc
	for _, r := range programmeFixture() {
		r.Base().Status = model.ProgrammeStatuses[r.Kind()][0]
		docs = append(docs, search.NewProgrammeDoc(r, tax, labels))
	}
	return docs
}

func programmeIDs(t *testing.T, idx *ProgrammeIndex, q search.ProgrammeQuery) []int64 {
	t.Helper()
	res, err := idx.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	if res.Total < len(res.Hits) {
		t.Errorf("Search(%+v): total %d below %d hits", q, res.Total, len(res.Hits))
	}
	ids := make([]int64, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids
}

func TestProgrammeSearchAnalysis(t *testing.T) {
	idx, err := NewProgrammeMemory(testAnalyzer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	labels := func(field, value string) []string {
		if field == search.LabelKind && value == model.KindAgreement {
			return []string{"Соглашение", "协议", "Agreement"}
		}
		return nil
	}
	if err := idx.Index(context.Background(), programmeDocs(t, labels)...); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		q     search.ProgrammeQuery
		first int64
		not   []int64
	}{
		{"a Chinese word inside a longer segmentation", search.ProgrammeQuery{Text: "地铁"}, 1, []int64{3}},
		{"a Traditional query, Simplified text", search.ProgrammeQuery{Text: "地鐵"}, 1, []int64{3}},
		{"a Russian inflected form", search.ProgrammeQuery{Text: "метрополитена"}, 2, []int64{3}},
		{"an English stem", search.ProgrammeQuery{Text: "laboratories"}, 4, nil},
		{"sphere labels in another language", search.ProgrammeQuery{Text: "subway"}, 1, []int64{2, 3}},
		{"the label of the kind", search.ProgrammeQuery{Text: "соглашения"}, 1, []int64{2, 3, 4}},
		{"the year", search.ProgrammeQuery{Text: "2021"}, 2, []int64{1, 3, 4}},
		{"Chinese description", search.ProgrammeQuery{Text: "博物馆"}, 3, []int64{1, 2}},
		{"an id, whole", search.ProgrammeQuery{Text: "pr-metro"}, 2, nil},
		{"a filter narrows the text", search.ProgrammeQuery{Text: "управление транспорт", Kind: model.KindPractice}, 2, []int64{1, 4}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ids := programmeIDs(t, idx, c.q)
			if len(ids) == 0 || ids[0] != c.first {
				t.Fatalf("hits %v, want %d first", ids, c.first)
			}
			for _, n := range c.not {
				if slices.Contains(ids, n) {
					t.Errorf("hits %v include %d", ids, n)
				}
			}
		})
	}
}

func TestProgrammeSearchFilters(t *testing.T) {
	idx, err := NewProgrammeMemory(testAnalyzer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if err := idx.Index(context.Background(), programmeDocs(t, nil)...); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		q    search.ProgrammeQuery
		want []int64
	}{
		{"everything, by id", search.ProgrammeQuery{}, []int64{1, 2, 3, 4}},
		{"kind", search.ProgrammeQuery{Kind: model.KindEvent}, []int64{3}},
		{"top-level sphere includes sub-spheres", search.ProgrammeQuery{Sphere: "transport"}, []int64{1, 4}},
		{"sub-sphere", search.ProgrammeQuery{Sphere: "transport.subway"}, []int64{1}},
		{"city", search.ProgrammeQuery{City: model.CityBeijing}, []int64{1, 3}},
		{"organisation", search.ProgrammeQuery{Org: "org-b"}, []int64{1}},
		{"window: an open end runs on", search.ProgrammeQuery{From: "2030-01-01"}, []int64{4}},
		{"window: the event's local date", search.ProgrammeQuery{From: "2024-05-10", Until: "2024-05-10"}, []int64{1, 3, 4}},
		{"window: a practice is its year", search.ProgrammeQuery{Until: "2020-12-31"}, []int64{1}},
		{"window and text", search.ProgrammeQuery{Text: "地铁", From: "2030-01-01"}, nil},
		{"status", search.ProgrammeQuery{Status: "held"}, nil},
		{"paging", search.ProgrammeQuery{Offset: 1, Limit: 2}, []int64{2, 3}},
		{"stop words only", search.ProgrammeQuery{Text: "the and"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if ids := programmeIDs(t, idx, c.q); !slices.Equal(ids, c.want) {
				t.Errorf("hits %v, want %v", ids, c.want)
			}
		})
	}
}

func TestProgrammeIndexPersists(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "programme")
	an := testAnalyzer(t)
	idx, err := OpenProgramme(dir, an)
	if err != nil {
		t.Fatal(err)
	}
	if !idx.NeedsRebuild() {
		t.Error("new index: NeedsRebuild = false")
	}
	if err := idx.Index(ctx, programmeDocs(t, nil)...); err != nil {
		t.Fatal(err)
	}
	if err := idx.Delete(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if err := idx.SetLastSeq(ctx, 9); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	if idx, err = OpenProgramme(dir, an); err != nil {
		t.Fatal(err)
	}
	if idx.NeedsRebuild() {
		t.Error("reopened index: NeedsRebuild = true")
	}
	if seq, err := idx.LastSeq(ctx); err != nil || seq != 9 {
		t.Errorf("LastSeq = %d, %v; want 9", seq, err)
	}
	if ids := programmeIDs(t, idx, search.ProgrammeQuery{}); !slices.Equal(ids, []int64{1, 2, 3}) {
		t.Errorf("after reopen: %v", ids)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}

	// The expert index refuses the programme's, and the other way round:
	// each is rebuilt rather than read with the wrong mapping.
	ex, err := Open(dir, an)
	if err != nil {
		t.Fatal(err)
	}
	if !ex.NeedsRebuild() {
		t.Error("an expert index opened over a programme index is not rebuilt")
	}
	if err := ex.SetLastSeq(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if err := ex.Close(); err != nil {
		t.Fatal(err)
	}
	if idx, err = OpenProgramme(dir, an); err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if !idx.NeedsRebuild() {
		t.Error("a programme index opened over an expert index is not rebuilt")
	}
}
