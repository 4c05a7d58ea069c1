package app

import (
	"strings"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// The matching index holds whole profiles, so its explanations may speak of
// any field. What a caller gets passes through hitView: the expert as
// policy.ExpertView shows them, and only the evidence drawn from fields that
// view shows. Forward matching, similar experts and the requests for an
// expert all use it, so the three explain a pairing the same way.

// visibleTo is the matcher's filter for the experts the caller may see.
func visibleTo(c policy.Caller) func(*model.Expert) bool {
	return func(e *model.Expert) bool {
		_, ok := policy.ExpertView(c, e)
		return ok
	}
}

// hitView returns the hit as the caller may see it, or false when the
// expert is hidden from them.
func hitView(c policy.Caller, h match.Hit) (MatchHit, bool) {
	v, ok := policy.ExpertView(c, h.Expert)
	if !ok {
		return MatchHit{}, false
	}
	return MatchHit{Expert: v, Score: h.Score, Explanation: viewExplanation(h.Expert, v, h.Explanation)}, true
}

// viewExplanation keeps the evidence that the view of the profile shows:
// words found in a hidden field, a hidden output's title, a concept found
// only in hidden fields and the verdict on a constraint read from a hidden
// field are left out.
func viewExplanation(full, view *model.Expert, x match.Explanation) match.Explanation {
	// A field is shown when the view holds all that the profile holds
	// there; an empty field gives no evidence either way.
	shown := map[string]bool{
		model.FieldKeywords:     len(full.Keywords) == 0 || len(view.Keywords) > 0,
		model.FieldBio:          len(full.Bio) == 0 || len(view.Bio) > 0,
		model.FieldPosition:     len(full.Position) == 0 || len(view.Position) > 0,
		model.FieldOrganization: len(full.Organization) == 0 || len(view.Organization) > 0,
		model.FieldOutputs:      len(full.Outputs) == 0 || len(view.Outputs) > 0,
		model.FieldLanguages:    len(full.Languages) == 0 || len(view.Languages) > 0,
		model.FieldAvailability: full.Availability == nil || view.Availability != nil,
	}
	// The matcher's documents and the profile fields they are made of.
	sources := func(doc string) []string {
		switch {
		case doc == "keywords":
			return []string{model.FieldKeywords}
		case doc == "bio":
			return []string{model.FieldBio}
		case doc == "position":
			return []string{model.FieldPosition, model.FieldOrganization}
		case doc == "spheres":
			return nil // the spheres are the profile itself
		case strings.HasPrefix(doc, "outputs"):
			return []string{model.FieldOutputs}
		case strings.HasPrefix(doc, model.KindPractice+"s["):
			return nil // a practice the expert authored: the programme is public
		}
		// "profile" (an ablation) and anything new: everything.
		return []string{model.FieldKeywords, model.FieldBio, model.FieldPosition, model.FieldOrganization, model.FieldOutputs}
	}
	allShown := func(fields ...string) bool {
		for _, f := range fields {
			if !shown[f] {
				return false
			}
		}
		return true
	}

	out := match.Explanation{Spheres: x.Spheres}
	concepts := map[string]bool{}
	for _, f := range x.Fields {
		if allShown(sources(f.Field)...) {
			out.Fields = append(out.Fields, f)
			for _, c := range f.Concepts {
				concepts[c] = true
			}
		}
	}
	for _, o := range x.Outputs {
		if o.Record != "" || shown[model.FieldOutputs] {
			out.Outputs = append(out.Outputs, o)
		}
	}
	for _, c := range x.Concepts {
		if concepts[c.Expert] {
			out.Concepts = append(out.Concepts, c)
		}
	}
	for _, k := range x.Constraints {
		switch k.Name {
		case "languages":
			if !shown[model.FieldLanguages] {
				continue
			}
		case "formats", "window":
			if !shown[model.FieldAvailability] {
				continue
			}
		}
		out.Constraints = append(out.Constraints, k)
	}
	return out
}
