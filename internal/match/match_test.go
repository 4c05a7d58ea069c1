package match

import (
	"fmt"
	"slices"
	"testing"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
)

// corpus is a small set of profiles written in different languages.
func corpus() []*model.Expert {
	return []*model.Expert{
		{ExternalID: "tunnel-en", City: model.CityBeijing, Languages: []string{"zh", "en"},
			Spheres:  []string{"transport", "transport.subway"},
			Keywords: model.Terms{"en": {"tunnel ventilation", "deep subway stations", "smoke control"}},
			Bio:      model.Text{"en": "Engineer of tunnel ventilation of deep subway stations."},
			Outputs: []model.Output{
				{Kind: "publication", Title: "Tunnel ventilation of deep subway stations", Abstract: "Airflow and smoke extraction in deep-level metro stations.", Year: 2021},
				{Kind: "project", Title: "Line 16 station microclimate", Year: 2019},
				{Kind: "talk", Title: "Fire evacuation drills", Year: 2018},
			},
			Availability: &model.Availability{Formats: []string{"consulting", "online"}, From: "2025-01-01", Until: "2026-12-31"}},
		{ExternalID: "epi-ru", City: model.CityMoscow, Languages: []string{"ru"},
			Spheres:  []string{"public-health", "public-health.epidemic-control"},
			Keywords: model.Terms{"ru": {"прогнозирование эпидемий", "инфекционные заболевания", "модели SIR"}},
			Bio:      model.Text{"ru": "Разрабатывает модели прогнозирования эпидемий гриппа и COVID-19."},
			Outputs: []model.Output{
				{Kind: "publication", Title: "Модель прогнозирования эпидемий инфекционных заболеваний", Year: 2022, Lang: "ru"},
			},
			Availability: &model.Availability{Formats: []string{"lecture"}, From: "2024-01-01", Until: "2024-06-30"}},
		{ExternalID: "twin-en", City: model.CityBeijing, Languages: []string{"en"},
			Spheres:  []string{"transport", "transport.traffic-management", "innovation.smart-city"},
			Keywords: model.Terms{"en": {"digital twin", "traffic management", "traffic simulation"}},
			Outputs:  []model.Output{{Kind: "project", Title: "Digital twins for traffic management", Year: 2023}}},
		{ExternalID: "chem-zh", City: model.CityBeijing, Languages: []string{"zh"},
			Spheres:  []string{"science-technology", "science-technology.chemistry"},
			Keywords: model.Terms{"zh": {"催化", "高分子材料"}},
			Outputs:  []model.Output{{Kind: "publication", Title: "锂离子电池的聚合物电解质", Year: 2020, Lang: "zh"}}},
		{ExternalID: "rail-ru", City: model.CityMoscow, Languages: []string{"ru", "en"},
			Spheres:  []string{"transport", "transport.rail"},
			Keywords: model.Terms{"ru": {"высокоскоростные магистрали", "подвижной состав"}}},
	}
}

func newTestIndex(t testing.TB, cfg Config, experts []*model.Expert) *Index {
	t.Helper()
	f, err := loadFixture()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(f.an, f.th, model.NewTaxonomy(), cfg, experts, 2)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func ids(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ExpertID)
	}
	return out
}

func TestCrossLingualRequests(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	tests := []struct {
		name string
		req  Request
		want string
	}{
		{"ru request, en profile", Request{Title: "вентиляция глубоких станций метро"}, "tunnel-en"},
		{"zh request, ru profile", Request{Title: "需要传染病预测模型方面的专家"}, "epi-ru"},
		{"en request, en profile", Request{Title: "digital twins for traffic management"}, "twin-en"},
		{"zh request, en profile", Request{Title: "交通管理数字孪生"}, "twin-en"},
		{"en request, zh profile", Request{Title: "polymer electrolytes for lithium-ion batteries"}, "chem-zh"},
		{"ru request, ru profile", Request{Title: "Высокоскоростная магистраль"}, "rail-ru"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := ix.Rank(tt.req, Options{})
			if len(hits) == 0 || hits[0].ExpertID != tt.want {
				t.Fatalf("Rank(%q) = %v, want %s first", tt.req.Title, ids(hits), tt.want)
			}
		})
	}
}

func TestSphereLabelsAreTrilingualEvidence(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	// Text alone reaches the Russian profile from Chinese words only through
	// the Chinese label of its sphere (传染病防控).
	hits := ix.Rank(Request{Title: "需要传染病预测模型方面的专家"}, Options{TextOnly: true})
	if len(hits) == 0 || hits[0].ExpertID != "epi-ru" {
		t.Fatalf("hits = %v", ids(hits))
	}
	for _, f := range hits[0].Explanation.Fields {
		if f.Field != "spheres" {
			t.Errorf("text-only evidence in %s: %+v", f.Field, f)
		}
	}
}

func TestScoresAreCalibrated(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	reqs := []Request{
		{Title: "вентиляция глубоких станций метро", Spheres: []string{"transport.subway"}, City: model.CityMoscow, Languages: []string{"en"}},
		{Title: "Digital twins", Description: "traffic management, signal control, simulation of the road network of a megacity, public transport priority"},
		{Title: "需要传染病预测模型方面的专家", Formats: []string{"lecture"}, From: "2024-03-01", Until: "2024-04-01"},
	}
	for _, r := range reqs {
		for _, h := range ix.Rank(r, Options{}) {
			for name, v := range map[string]float64{"score": h.Score, "text": h.Text, "concept": h.Concept, "sphere": h.Sphere, "penalty": h.Penalty} {
				if v < 0 || v > 1 {
					t.Errorf("%q: %s %s = %v, outside [0, 1]", r.Title, h.ExpertID, name, v)
				}
			}
		}
	}
}

func TestScoreComparableAcrossRequests(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	scoreOf := func(r Request, opt Options) float64 {
		for _, h := range ix.Rank(r, opt) {
			if h.ExpertID == "tunnel-en" {
				return h.Score
			}
		}
		return 0
	}
	// A request identical to one of the expert's documents is the best a
	// request can do: text evidence 1.
	exact := scoreOf(Request{Title: "Fire evacuation drills"}, Options{TextOnly: true})
	if exact < 0.999 {
		t.Errorf("identical document: text score %v, want 1", exact)
	}
	tests := []struct {
		better, worse Request
	}{
		{Request{Title: "Tunnel ventilation of deep subway stations"}, Request{Title: "Subway stations"}},
		{Request{Title: "tunnel ventilation"}, Request{Title: "tunnel ventilation", Description: "and also urban heritage, museums, ballet and tourism marketing"}},
		{Request{Title: "вентиляция тоннелей метро"}, Request{Title: "пожарная эвакуация в театрах"}},
	}
	for _, tt := range tests {
		b, w := scoreOf(tt.better, Options{}), scoreOf(tt.worse, Options{})
		if b <= w {
			t.Errorf("tunnel-en scores %.3f for %q and %.3f for %q; want the first higher", b, tt.better.Title+" "+tt.better.Description, w, tt.worse.Title+" "+tt.worse.Description)
		}
	}
}

func TestConstraintsFilterOrPenalise(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	base := Request{Title: "tunnel ventilation deep subway stations"}
	tests := []struct {
		name   string
		mod    func(*Request)
		check  string
		status Status
		hard   bool
	}{
		{"language soft", func(r *Request) { r.Languages = []string{"ru"} }, "languages", Missed, false},
		{"language hard", func(r *Request) { r.Languages = []string{"ru"}; r.Hard.Languages = true }, "languages", Missed, true},
		{"language met", func(r *Request) { r.Languages = []string{"ru", "zh"}; r.Hard.Languages = true }, "languages", Met, true},
		{"format soft", func(r *Request) { r.Formats = []string{"internship"} }, "formats", Missed, false},
		{"format hard", func(r *Request) { r.Formats = []string{"internship"}; r.Hard.Formats = true }, "formats", Missed, true},
		{"window soft", func(r *Request) { r.From, r.Until = "2020-01-01", "2020-12-31" }, "window", Missed, false},
		{"window hard", func(r *Request) { r.From, r.Until = "2020-01-01", "2020-12-31"; r.Hard.Window = true }, "window", Missed, true},
		{"window met", func(r *Request) { r.From = "2026-06-01"; r.Hard.Window = true }, "window", Met, true},
		{"direction met", func(r *Request) { r.City = model.CityMoscow; r.Hard.Direction = true }, "direction", Met, true},
		{"direction soft", func(r *Request) { r.City = model.CityBeijing }, "direction", Missed, false},
		{"direction hard", func(r *Request) { r.City = model.CityBeijing; r.Hard.Direction = true }, "direction", Missed, true},
	}
	free := ix.Rank(base, Options{})
	if len(free) == 0 || free[0].ExpertID != "tunnel-en" {
		t.Fatalf("unconstrained: %v", ids(free))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := base
			tt.mod(&r)
			var hit *Hit
			hits := ix.Rank(r, Options{})
			for i := range hits {
				if hits[i].ExpertID == "tunnel-en" {
					hit = &hits[i]
				}
			}
			if tt.hard && tt.status == Missed {
				if hit != nil {
					t.Fatalf("hard filter missed but tunnel-en returned: %+v", hit.Explanation.Constraints)
				}
				return
			}
			if hit == nil {
				t.Fatalf("tunnel-en not returned: %v", ids(hits))
			}
			var got *ConstraintCheck
			for i, c := range hit.Explanation.Constraints {
				if c.Name == tt.check {
					got = &hit.Explanation.Constraints[i]
				}
			}
			if got == nil || got.Status != tt.status || got.Hard != tt.hard {
				t.Fatalf("constraint %s = %+v, want %s hard=%v", tt.check, got, tt.status, tt.hard)
			}
			if wantPenalised := tt.status == Missed; wantPenalised != (hit.Penalty < 1) || wantPenalised != (hit.Score < free[0].Score) {
				t.Errorf("penalty %v, score %v vs unconstrained %v", hit.Penalty, hit.Score, free[0].Score)
			}
		})
	}
}

func TestDirectionPrefersTheOtherCity(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	for _, tt := range []struct{ city, want string }{{model.CityMoscow, model.CityBeijing}, {model.CityBeijing, model.CityMoscow}} {
		hits := ix.Rank(Request{Title: "transport", Spheres: []string{"transport"}, City: tt.city, Hard: Hard{Direction: true}}, Options{})
		if len(hits) == 0 {
			t.Fatalf("from %s: no hits", tt.city)
		}
		for _, h := range hits {
			if h.Expert.City != tt.want {
				t.Errorf("request from %s returned %s of %s", tt.city, h.ExpertID, h.Expert.City)
			}
		}
	}
}

func TestExplanation(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	hits := ix.Rank(Request{Title: "вентиляция глубоких станций метро", Spheres: []string{"transport.subway"},
		City: model.CityMoscow, Formats: []string{"consulting"}}, Options{Limit: 1})
	if len(hits) != 1 || hits[0].ExpertID != "tunnel-en" {
		t.Fatalf("hits = %v", ids(hits))
	}
	ex := hits[0].Explanation
	fields := map[string]FieldEvidence{}
	for _, f := range ex.Fields {
		fields[f.Field] = f
	}
	if kw := fields["keywords"]; !slices.Contains(kw.Concepts, "tunnel-ventilation") || len(kw.Terms) == 0 {
		t.Errorf("keywords evidence = %+v", kw)
	}
	if len(ex.Outputs) == 0 || ex.Outputs[0].Title != "Tunnel ventilation of deep subway stations" || len(ex.Outputs) > maxOutputs {
		t.Errorf("outputs = %+v", ex.Outputs)
	}
	var concepts []string
	for _, c := range ex.Concepts {
		concepts = append(concepts, c.Request)
		if c.Label == "" {
			t.Errorf("concept evidence without a label: %+v", c)
		}
	}
	if !slices.Contains(concepts, "deep-station") {
		t.Errorf("concepts = %+v", ex.Concepts)
	}
	if len(ex.Spheres) != 1 || ex.Spheres[0].Relation != "same" {
		t.Errorf("spheres = %+v", ex.Spheres)
	}
	var names []string
	for _, c := range ex.Constraints {
		names = append(names, c.Name+"="+string(c.Status))
	}
	if want := []string{"formats=met", "direction=met"}; !slices.Equal(names, want) {
		t.Errorf("constraints = %v, want %v", names, want)
	}
}

func TestTiesBreakByID(t *testing.T) {
	twin := func(id string) *model.Expert {
		return &model.Expert{ExternalID: id, Keywords: model.Terms{"en": {"ocean acidification"}}}
	}
	ix := newTestIndex(t, DefaultConfig(), []*model.Expert{twin("c"), twin("a"), twin("b")})
	for range 5 {
		hits := ix.Rank(Request{Title: "ocean acidification"}, Options{})
		if got := ids(hits); !slices.Equal(got, []string{"a", "b", "c"}) {
			t.Fatalf("order = %v", got)
		}
		if hits[0].Score != hits[2].Score {
			t.Fatalf("twins differ: %v vs %v", hits[0].Score, hits[2].Score)
		}
	}
}

func TestVisibility(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	seen := map[string]bool{}
	hidden := func(e *model.Expert) bool {
		seen[e.ExternalID] = true
		return e.ExternalID != "tunnel-en"
	}
	hits := ix.Rank(Request{Title: "tunnel ventilation of deep subway stations", Spheres: []string{"transport"}}, Options{Visible: hidden})
	if slices.Contains(ids(hits), "tunnel-en") {
		t.Errorf("invisible expert returned: %v", ids(hits))
	}
	if len(hits) == 0 {
		t.Error("visible experts of the sphere not returned")
	}
	if !seen["tunnel-en"] {
		t.Error("visibility predicate was not asked about the matching expert")
	}
}

func TestAddRemove(t *testing.T) {
	ix := newTestIndex(t, DefaultConfig(), corpus())
	req := Request{Title: "digital twins for traffic management"}
	if !ix.Remove("twin-en") || ix.Remove("twin-en") {
		t.Fatal("Remove reported wrongly")
	}
	if slices.Contains(ids(ix.Rank(req, Options{})), "twin-en") {
		t.Fatal("removed expert returned")
	}
	e := &model.Expert{ExternalID: "twin-en", Keywords: model.Terms{"en": {"ballet"}}}
	if err := ix.Add(e); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(ids(ix.Rank(req, Options{})), "twin-en") {
		t.Error("re-added expert matched on its old profile")
	}
	if hits := ix.Rank(Request{Title: "ballet"}, Options{}); len(hits) == 0 || hits[0].ExpertID != "twin-en" {
		t.Errorf("re-added expert not found on its new profile: %v", ids(hits))
	}
	if ix.Len() != len(corpus()) {
		t.Errorf("Len = %d", ix.Len())
	}
	if err := ix.Add(&model.Expert{}); err == nil {
		t.Error("Add of an expert without id succeeded")
	}
}

func TestCompactionKeepsResults(t *testing.T) {
	var experts []*model.Expert
	for i := range 600 {
		experts = append(experts, &model.Expert{ExternalID: fmt.Sprintf("x%03d", i),
			Keywords: model.Terms{"en": {fmt.Sprintf("topic%d", i%7)}},
			Bio:      model.Text{"en": "metro ventilation"}, Outputs: []model.Output{{Title: "ocean"}}})
	}
	ix := newTestIndex(t, DefaultConfig(), experts)
	before := ids(ix.Rank(Request{Title: "topic3 ocean"}, Options{Limit: 1000}))
	for i := range 600 {
		if i%7 != 3 {
			ix.Remove(fmt.Sprintf("x%03d", i))
		}
	}
	if live := ix.inv.liveDocs; len(ix.inv.docLen) >= live+1024 {
		t.Fatalf("no compaction: %d documents, %d live", len(ix.inv.docLen), live)
	}
	after := ids(ix.Rank(Request{Title: "topic3 ocean"}, Options{Limit: 1000}))
	var want []string
	for _, id := range before {
		var n int
		fmt.Sscanf(id, "x%d", &n)
		if n%7 == 3 {
			want = append(want, id)
		}
	}
	if !slices.Equal(after, want) {
		t.Errorf("after compaction %v, want %v", after, want)
	}
}

func TestProfileCentricAblation(t *testing.T) {
	cfg := DefaultConfig()
	cfg.ProfileCentric = true
	ix := newTestIndex(t, cfg, corpus())
	hits := ix.Rank(Request{Title: "вентиляция глубоких станций метро"}, Options{})
	if len(hits) == 0 || hits[0].ExpertID != "tunnel-en" {
		t.Fatalf("hits = %v", ids(hits))
	}
	if f := hits[0].Explanation.Fields; len(f) != 1 || f[0].Field != "profile" || len(f[0].Terms) == 0 {
		t.Errorf("profile-centric evidence = %+v", f)
	}
}

// TestPruningKeepsTheBestHits checks that skipping candidates by their
// bounds changes nothing: the best few hits are those of a full ranking.
func TestPruningKeepsTheBestHits(t *testing.T) {
	var experts []*model.Expert
	err := demo.New(7).Each(1500, func(e model.Expert) error {
		experts = append(experts, &e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ix := newTestIndex(t, DefaultConfig(), experts)
	for _, r := range benchRequests {
		top := ix.Rank(r, Options{Limit: 5, NoExplain: true})
		all := ix.Rank(r, Options{Limit: len(experts), NoExplain: true})
		if len(top) == 0 || !slices.Equal(ids(top), ids(all)[:len(top)]) {
			t.Errorf("%q: pruned %v, full %v", r.Title, ids(top), ids(all)[:min(5, len(all))])
		}
	}
}
