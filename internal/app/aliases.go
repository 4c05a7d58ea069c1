package app

import "talentbridge/internal/model"

// expertAliases lists the name forms the index holds for an expert beside
// the name: the transliterations of the name and, for each of its other
// names (a form kept by a merge, say), that form and its transliterations.
func (ix *indexer) expertAliases(e *model.Expert) []string {
	out := ix.aliases(e.Name, e.NativeLang)
	for _, l := range model.Langs {
		for _, n := range e.OtherNames[l] {
			out = append(out, n)
			out = append(out, ix.aliases(model.Text{l: n}, l)...)
		}
	}
	return out
}
