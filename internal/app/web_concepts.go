package app

import (
	"talentbridge/internal/model"
	"talentbridge/internal/thesaurus"
)

// ConceptLabels returns the preferred label of every thesaurus concept in
// each language, by concept id. Match explanations name concepts by id and
// label them in the request's language; the pages label them in the
// reader's. It builds a fresh table on each call: callers keep it.
func ConceptLabels() map[string]model.Text {
	concepts := thesaurus.Builtin()
	out := make(map[string]model.Text, len(concepts))
	for i := range concepts {
		c := &concepts[i]
		t := model.Text{}
		for _, l := range model.Langs {
			t[l] = c.Label(l)
		}
		out[c.ID] = t
	}
	return out
}
