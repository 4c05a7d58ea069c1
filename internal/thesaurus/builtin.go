package thesaurus

import (
	"strings"

	"talentbridge/internal/model"
)

// entry is the compact authored form of a concept: labels are separated by
// "|", sphere slugs by spaces. The tables in data_*.go are immutable.
type entry struct {
	id, broader, spheres string
	en, ru, zh           string
}

// Builtin returns a fresh copy of the authored concepts: the programme's
// spheres and the computer-science vocabulary.
func Builtin() []Concept {
	var out []Concept
	for _, table := range [][]entry{transport, health, city, society, science, computing,
		medEpidemiology, medClinical, medCare, medWellbeing, eduEducation, culCulture, touTourism, mdaMedia, spoSport, govGovernance,
		mathConcepts, physicsConcepts, chemistryConcepts, earthConcepts, materialsConcepts, biologyConcepts,
		computingTheory, computingAI, engineeringConcepts, innovationConcepts,
		transport2, transport3, city2, city3, energyDomain, economy, economy2} {
		for _, e := range table {
			out = append(out, e.concept())
		}
	}
	for _, e := range computingTerms {
		c := e.concept()
		c.Vocabulary = true
		out = append(out, c)
	}
	return out
}

func (e entry) concept() Concept {
	c := Concept{ID: e.id, Broader: e.broader, Labels: model.Terms{}}
	if e.spheres != "" {
		c.Spheres = strings.Fields(e.spheres)
	}
	for lang, s := range map[string]string{model.LangEN: e.en, model.LangRU: e.ru, model.LangZH: e.zh} {
		if s != "" {
			c.Labels[lang] = strings.Split(s, "|")
		}
	}
	return c
}
