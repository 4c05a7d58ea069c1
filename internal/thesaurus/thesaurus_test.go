package thesaurus

import (
	"slices"
	"sync"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
)

// shared loads the analyser and the built-in thesaurus once for all tests:
// loading the Chinese dictionary takes a second or two.
var shared = sync.OnceValues(func() (*Thesaurus, error) {
	an, err := textproc.New()
	if err != nil {
		return nil, err
	}
	return Default(an)
})

func load(t testing.TB) *Thesaurus {
	t.Helper()
	th, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return th
}

func ids(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Concept)
	}
	return out
}

func TestTagFindsConceptsInEveryLanguage(t *testing.T) {
	th := load(t)
	tests := []struct {
		name, text, lang string
		want             []string
	}{
		{"ru inflected", "вентиляция глубоких станций метро", "", []string{"deep-station", "tunnel-ventilation", "subway"}},
		{"en reordered", "tunnel ventilation of deep subway stations", "", []string{"deep-station", "tunnel-ventilation", "subway"}},
		{"zh segmented", "需要传染病预测模型方面的专家", "", []string{"epidemic-forecasting", "infectious-disease"}},
		{"ru forecasting", "Модели прогнозирования эпидемий гриппа", "", []string{"epidemic-forecasting", "influenza"}},
		{"en svm", "Feature selection for support vector machines", "", []string{"support-vector-machine", "feature-selection"}},
		{"zh digital twin", "交通管理的数字孪生", "", []string{"digital-twin", "traffic-management"}},
		{"lang filter", "digital twin", model.LangRU, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(th.TagText(tt.text, tt.lang))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("TagText(%q) = %v, missing %s", tt.text, got, w)
				}
			}
			if tt.want == nil && len(got) != 0 {
				t.Errorf("TagText(%q, %q) = %v, want none", tt.text, tt.lang, got)
			}
		})
	}
}

func TestTagDoesNotMatchScatteredWords(t *testing.T) {
	th := load(t)
	got := ids(th.TagText("the machine was repaired; years later, learning resumed at the school of vectors", ""))
	if slices.Contains(got, "machine-learning") {
		t.Errorf("machine-learning matched words far apart: %v", got)
	}
}

func TestMatchSpansAndOrder(t *testing.T) {
	th := load(t)
	text := "Ontology alignment and digital twins"
	ms := th.TagText(text, "")
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("bad span %+v", m)
		}
		if i > 0 && ms[i-1].Start > m.Start {
			t.Errorf("matches out of order: %v", ms)
		}
	}
	if got := ids(ms); !slices.Contains(got, "ontology") || !slices.Contains(got, "digital-twin") {
		t.Errorf("got %v", got)
	}
}

func TestRelations(t *testing.T) {
	th := load(t)
	if got := th.Broader("deep-station"); got != "subway-station" {
		t.Errorf("Broader(deep-station) = %q", got)
	}
	if got := th.Narrower("tunnel"); !slices.Contains(got, "tunnel-ventilation") {
		t.Errorf("Narrower(tunnel) = %v", got)
	}
	c, ok := th.Concept("covid-19")
	if !ok || c.Label(model.LangZH) == "" || c.Label("xx") != c.Label(model.LangEN) {
		t.Errorf("Concept(covid-19) = %+v, %v", c, ok)
	}
	if th.Len() < 3000 {
		t.Errorf("Len = %d, want at least 3000 concepts", th.Len())
	}
}

func TestBuiltinIsWellFormed(t *testing.T) {
	tax := model.NewTaxonomy()
	for _, c := range Builtin() {
		for _, s := range c.Spheres {
			if !tax.Has(s) {
				t.Errorf("concept %s: unknown sphere %q", c.ID, s)
			}
		}
		for _, lang := range model.Langs {
			if len(c.Labels[lang]) == 0 {
				t.Errorf("concept %s: no %s label", c.ID, lang)
			}
		}
	}
}

func TestNewRejectsBadInput(t *testing.T) {
	an := load(t).an
	tests := []struct {
		name string
		cs   []Concept
	}{
		{"duplicate", []Concept{{ID: "a"}, {ID: "a"}}},
		{"unknown broader", []Concept{{ID: "a", Broader: "b"}}},
	}
	for _, tt := range tests {
		if _, err := New(an, tt.cs); err == nil {
			t.Errorf("%s: New succeeded", tt.name)
		}
	}
}
