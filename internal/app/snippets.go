package app

import (
	"talentbridge/internal/model"
	"talentbridge/internal/search"
)

// snippetFields maps the index fields that quote restrictable profile
// fields to those fields.
var snippetFields = map[string]string{
	search.FieldOrg:      model.FieldOrganization,
	search.FieldPosition: model.FieldPosition,
	search.FieldKeyword:  model.FieldKeywords,
	search.FieldBio:      model.FieldBio,
	search.FieldOutput:   model.FieldOutputs,
}

// visibleSnippets drops the snippets quoting a field that the view v (the
// caller's, from policy.ExpertView) does not show. The index holds only what
// every viewer of a profile sees (policy.IndexView), so this drops nothing
// unless the index lags behind a change of settings: a belt to those braces.
func visibleSnippets(v *model.Expert, snippets map[string][]string) map[string][]string {
	var out map[string][]string
	for field, frags := range snippets {
		if f, ok := snippetFields[field]; ok && !shows(v, f) {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[field] = frags
	}
	return out
}

// shows reports whether a view holds the field.
func shows(v *model.Expert, field string) bool {
	switch field {
	case model.FieldOrganization:
		return len(v.Organization) > 0
	case model.FieldPosition:
		return len(v.Position) > 0
	case model.FieldKeywords:
		return len(v.Keywords) > 0
	case model.FieldBio:
		return len(v.Bio) > 0
	case model.FieldOutputs:
		return len(v.Outputs) > 0
	}
	return true
}
