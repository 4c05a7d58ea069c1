package searchtest

import (
	"context"
	"slices"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/search"
)

// Profiles of the scope test, all with the word «криогенные» and nothing
// else in common with the fixtures.
const (
	idScopeMoscow    = 101 // Moscow, coordinators only, organisation "zil"
	idScopePartner   = 102 // Beijing, coordinators only, shared with the partner city
	idScopeBeijing   = 103 // Beijing, coordinators only, not shared
	idScopeUnlisted  = 104 // Beijing, public but not consenting to be listed
	scopeText        = "криогенные"
	scopeContactText = "kriogen.private@example.org"
)

func scopeExperts() []model.Expert {
	bio := model.Text{"ru": "Криогенные установки и сверхпроводимость."}
	return []model.Expert{
		{ID: idScopeMoscow, Name: model.Text{"ru": "Холодов Иван"}, City: "moscow", OrgID: "zil", Bio: bio,
			Visibility: "coordinators", Email: scopeContactText, Consent: &model.Consent{Public: true, Contact: true}},
		{ID: idScopePartner, Name: model.Text{"ru": "Морозов Пётр"}, City: "beijing", Bio: bio,
			Visibility: "coordinators", Consent: &model.Consent{Public: true, PartnerCity: true}},
		{ID: idScopeBeijing, Name: model.Text{"zh": "冷静"}, City: "beijing", Bio: bio,
			Visibility: "coordinators"},
		{ID: idScopeUnlisted, Name: model.Text{"zh": "冰冰"}, City: "beijing", Bio: bio,
			Visibility: "public", Consent: &model.Consent{Public: false}},
	}
}

func scopeDocs() []search.Doc {
	tax := model.NewTaxonomy()
	var out []search.Doc
	for _, e := range scopeExperts() {
		out = append(out, search.NewDoc(&e, tax, nil))
	}
	return out
}

// testScope checks that a searcher sees the profiles they look after beyond
// their audience, and no others, and that a withdrawn consent to share with
// the partner city hides the profile from that city's coordinators at once.
func testScope(t *testing.T, idx search.Index) {
	ctx := context.Background()
	if err := idx.Index(ctx, scopeDocs()...); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = idx.Delete(ctx, idScopeMoscow, idScopePartner, idScopeBeijing, idScopeUnlisted)
	})
	moscowCoordinator := search.Scope{City: "moscow", Partner: true}
	tests := []struct {
		name string
		q    search.Query
		want []int64
	}{
		{"anonymous", search.Query{Text: scopeText}, nil},
		{"registered", search.Query{Text: scopeText, Audience: search.AudienceRegistered}, nil},
		{"moscow coordinator", search.Query{Text: scopeText, Audience: search.AudienceRegistered, Scope: moscowCoordinator},
			[]int64{idScopeMoscow, idScopePartner}},
		{"beijing coordinator", search.Query{Text: scopeText, Audience: search.AudienceRegistered,
			Scope: search.Scope{City: "beijing", Partner: true}}, []int64{idScopePartner, idScopeBeijing, idScopeUnlisted}},
		{"organisation editor", search.Query{Text: scopeText, Audience: search.AudienceRegistered,
			Scope: search.Scope{Orgs: []string{"zil", "other-org"}}}, []int64{idScopeMoscow}},
		{"the expert", search.Query{Text: scopeText, Audience: search.AudienceRegistered,
			Scope: search.Scope{Expert: idScopeBeijing}}, []int64{idScopeBeijing}},
		{"scope with a filter", search.Query{Text: scopeText, Audience: search.AudienceRegistered, Scope: moscowCoordinator,
			Cities: []string{"beijing"}}, []int64{idScopePartner}},
		{"admin", search.Query{Text: scopeText, Audience: search.AudienceAdmin},
			[]int64{idScopeMoscow, idScopePartner, idScopeBeijing, idScopeUnlisted}},
		{"contact details are never indexed", search.Query{Text: `"` + scopeContactText + `"`, Audience: search.AudienceAdmin}, nil},
		{"nor a fixture's e-mail", search.Query{Text: `"ivanov.secret@example.org"`, Audience: search.AudienceAdmin}, nil},
		{"nor a fixture's phone", search.Query{Text: `"+7 495 555-01-23"`, Audience: search.AudienceAdmin}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, idx, tt.q)
			got := ids(res)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) || res.Total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, res.Total, tt.want)
			}
		})
	}

	res := run(t, idx, search.Query{Text: scopeText, Audience: search.AudienceRegistered, Scope: moscowCoordinator, Facets: true})
	for _, c := range res.Facets[search.FacetCity] {
		if c.Count != 1 {
			t.Errorf("city facet %s = %d, want 1 (one visible profile per city)", c.Value, c.Count)
		}
	}

	// Withdrawing consent: the re-indexed profile is gone for Moscow.
	withdrawn := scopeExperts()[1]
	withdrawn.Consent.PartnerCity = false
	if err := idx.Index(ctx, search.NewDoc(&withdrawn, model.NewTaxonomy(), nil)); err != nil {
		t.Fatal(err)
	}
	got := ids(run(t, idx, search.Query{Text: scopeText, Audience: search.AudienceRegistered, Scope: moscowCoordinator}))
	if !slices.Equal(got, []int64{idScopeMoscow}) {
		t.Errorf("after withdrawal the Moscow coordinator finds %v, want [%d]", got, idScopeMoscow)
	}
}
