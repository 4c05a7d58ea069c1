package app

import (
	"reflect"
	"testing"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

func TestMatchExplanationShowsOnlyVisibleFields(t *testing.T) {
	e := &model.Expert{ExternalID: "x", Visibility: "public",
		Keywords: model.Terms{"en": {"ventilation"}}, Bio: model.Text{"en": "tunnels"}, Position: model.Text{"en": "engineer"},
		Organization: model.Text{"en": "Metro"}, Languages: []string{"en"}, Outputs: []model.Output{{Kind: "talk", Title: "Tunnels"}},
		Availability: &model.Availability{Formats: []string{"online"}},
		FieldVisibility: map[string]string{model.FieldBio: model.LevelRegistered, model.FieldOrganization: model.LevelRegistered,
			model.FieldOutputs: model.LevelRegistered, model.FieldAvailability: model.LevelRegistered}}
	x := match.Explanation{
		Fields: []match.FieldEvidence{
			{Field: "keywords", Terms: []string{"ventilation"}, Concepts: []string{"ventilation"}},
			{Field: "bio", Terms: []string{"tunnels"}, Concepts: []string{"tunnel"}},
			{Field: "position", Terms: []string{"metro"}},
			{Field: "spheres", Concepts: []string{"subway"}},
			{Field: "outputs[0]", Terms: []string{"tunnels"}},
		},
		Outputs:  []match.OutputEvidence{{Index: 0, Kind: "talk", Title: "Tunnels"}},
		Concepts: []match.ConceptEvidence{{Request: "ventilation", Expert: "ventilation"}, {Request: "tunnel", Expert: "tunnel"}, {Request: "metro", Expert: "subway"}},
		Spheres:  []match.SphereEvidence{{Request: "transport", Expert: "transport.subway"}},
		Constraints: []match.ConstraintCheck{{Name: "languages", Status: match.Met}, {Name: "formats", Status: match.Met},
			{Name: "window", Status: match.Unknown}, {Name: "direction", Status: match.Missed}},
	}
	h := match.Hit{ExpertID: "x", Expert: e, Score: 0.5, Explanation: x}

	anon, ok := hitView(policy.Anonymous(), h)
	if !ok {
		t.Fatal("a public profile is hidden")
	}
	want := match.Explanation{
		Fields:      []match.FieldEvidence{x.Fields[0], x.Fields[3]},
		Concepts:    []match.ConceptEvidence{x.Concepts[0], x.Concepts[2]},
		Spheres:     x.Spheres,
		Constraints: []match.ConstraintCheck{x.Constraints[0], x.Constraints[3]},
	}
	if !reflect.DeepEqual(anon.Explanation, want) || anon.Score != 0.5 || anon.Expert.Bio != nil {
		t.Errorf("anonymous:\n got %+v\nwant %+v", anon.Explanation, want)
	}
	if all, _ := hitView(policy.Admin(), h); !reflect.DeepEqual(all.Explanation, x) {
		t.Errorf("admin: %+v", all.Explanation)
	}
	e.Visibility = "registered"
	if _, ok := hitView(policy.Anonymous(), h); ok {
		t.Error("a hidden profile is shown")
	}
}
