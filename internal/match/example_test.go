package match_test

import (
	"fmt"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
	"talentbridge/internal/thesaurus"
)

// A Russian request finds an expert described in English, through the
// thesaurus, and says why.
func Example() {
	an, err := textproc.New()
	if err != nil {
		panic(err)
	}
	th, err := thesaurus.Default(an)
	if err != nil {
		panic(err)
	}
	experts := []*model.Expert{
		{ExternalID: "bj-1", City: model.CityBeijing, Spheres: []string{"transport.subway"},
			Outputs: []model.Output{{Kind: "publication", Title: "Tunnel ventilation of deep subway stations"}}},
		{ExternalID: "bj-2", City: model.CityBeijing, Spheres: []string{"culture.museums"},
			Outputs: []model.Output{{Kind: "project", Title: "Museum of the Grand Canal"}}},
	}
	ix, err := match.Build(an, th, model.NewTaxonomy(), match.DefaultConfig(), experts, 1)
	if err != nil {
		panic(err)
	}
	hits := ix.Rank(match.Request{Title: "вентиляция глубоких станций метро", City: model.CityMoscow,
		Spheres: []string{"transport.subway"}, Hard: match.Hard{Direction: true}}, match.Options{Limit: 1})
	h := hits[0]
	fmt.Println(h.ExpertID, h.Score > 0.5)
	fmt.Println(h.Explanation.Outputs[0].Title)
	for _, c := range h.Explanation.Constraints {
		fmt.Println(c.Name, c.Status)
	}
	// Output:
	// bj-1 true
	// Tunnel ventilation of deep subway stations
	// direction met
}
