package search

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Parsed
	}{
		{"", Parsed{}},
		{"метро  subway", Parsed{Words: []string{"метро", "subway"}}},
		{`"subway ventilation" fans`, Parsed{Words: []string{"fans"}, Phrases: []string{"subway ventilation"}}},
		{"«Московский метрополитен»", Parsed{Phrases: []string{"Московский метрополитен"}}},
		{`tunnel -fire -"deep station"`, Parsed{Words: []string{"tunnel"}, Excluded: []string{"fire", "deep station"}}},
		{`"open quote`, Parsed{Phrases: []string{"open quote"}}},
		{"- lone", Parsed{Words: []string{"lone"}}},
		{"COVID-19", Parsed{Words: []string{"COVID-19"}}},
	}
	for _, tt := range tests {
		if got := Parse(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		q          Query
		from, size int
	}{
		{Query{}, 0, DefaultPerPage},
		{Query{Page: 3, PerPage: 10}, 20, 10},
		{Query{Page: -1, PerPage: 1000}, 0, MaxPerPage},
	}
	for _, tt := range tests {
		if from, size := tt.q.Window(); from != tt.from || size != tt.size {
			t.Errorf("%+v.Window() = %d, %d; want %d, %d", tt.q, from, size, tt.from, tt.size)
		}
	}
}

func TestAudienceVisibilities(t *testing.T) {
	tests := []struct {
		a    Audience
		want []string
	}{
		{AudiencePublic, []string{model.VisibilityPublic}},
		{AudienceRegistered, []string{model.VisibilityPublic, model.VisibilityRegistered}},
		{AudienceCoordinator, model.Visibilities},
		{AudienceAdmin, model.Visibilities},
	}
	for _, tt := range tests {
		if got := tt.a.Visibilities(); !slices.Equal(got, tt.want) {
			t.Errorf("%d.Visibilities() = %v, want %v", tt.a, got, tt.want)
		}
	}
}

func TestNewDoc(t *testing.T) {
	e := &model.Expert{
		ID:           7,
		Name:         model.Text{"ru": "Пётр Иванов", "en": "Petr Ivanov"},
		Spheres:      []string{"transport.subway", "transport.rail"},
		Keywords:     model.Terms{"ru": {"тоннели"}, "en": {"tunnels"}},
		Email:        "petr@example.org",
		Phone:        "+7 495 555-01-23",
		Outputs:      []model.Output{{Title: "Deep stations", Abstract: "Fans"}},
		Availability: &model.Availability{Formats: []string{"online"}},
	}
	d := NewDoc(e, model.NewTaxonomy(), []string{"Piotr"})
	if want := []string{"transport", "transport.subway", "transport.rail"}; !slices.Equal(d.Spheres, want) {
		t.Errorf("Spheres = %v, want %v", d.Spheres, want)
	}
	for _, label := range []string{"地铁建设、运营与技术", "Транспорт", "Railways"} {
		if !slices.Contains(d.SphereLabels, label) {
			t.Errorf("SphereLabels lack %q: %v", label, d.SphereLabels)
		}
	}
	if d.Visibility != model.VisibilityPublic {
		t.Errorf("Visibility = %q, want public by default", d.Visibility)
	}
	if d.SortNames["en"] != "petr ivanov" || d.SortNames["zh"] != "петр иванов" {
		t.Errorf("SortNames = %v", d.SortNames)
	}
	if !slices.Equal(d.Outputs, []string{"Deep stations", "Fans"}) || !slices.Equal(d.Formats, []string{"online"}) {
		t.Errorf("Outputs %v, Formats %v", d.Outputs, d.Formats)
	}
	// Contact data must not reach the index in any field.
	if dump := strings.ToLower(flatten(reflect.ValueOf(d))); strings.Contains(dump, "petr@") || strings.Contains(dump, "555") {
		t.Errorf("contact data in Doc: %s", dump)
	}
}

func flatten(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return v.String() + " "
	case reflect.Slice, reflect.Array:
		var b strings.Builder
		for i := range v.Len() {
			b.WriteString(flatten(v.Index(i)))
		}
		return b.String()
	case reflect.Map:
		var b strings.Builder
		for _, k := range v.MapKeys() {
			b.WriteString(flatten(v.MapIndex(k)))
		}
		return b.String()
	case reflect.Struct:
		var b strings.Builder
		for i := range v.NumField() {
			b.WriteString(flatten(v.Field(i)))
		}
		return b.String()
	}
	return ""
}
