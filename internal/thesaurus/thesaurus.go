// Package thesaurus holds the trilingual concepts of the programme's spheres
// and of computer science, and finds them in analysed text.
//
// A concept is language-neutral: a request written in Chinese and a profile
// written in Russian meet at the same concept id. Labels are analysed with
// the same textproc analysis as the text they are looked for in, so «станций
// метро» finds the label «станция метро» and 传染病预测模型 finds 传染病预测.
package thesaurus

import (
	"fmt"
	"sort"

	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
)

// Concept is one idea with its labels in ru, zh and en. The first label of a
// language is the preferred one; the others are synonyms and variants.
type Concept struct {
	ID      string
	Labels  model.Terms // lang → labels, preferred first
	Broader string      // id of the broader concept, or ""
	Spheres []string    // sphere slugs the concept belongs to, if any
	// Vocabulary marks an everyday word of a field (model, method) kept to
	// carry text across languages, not a subject of expertise.
	Vocabulary bool
}

// Label returns the preferred label in lang, falling back to English, then the id.
func (c *Concept) Label(lang string) string {
	if l := c.Labels[lang]; len(l) > 0 {
		return l[0]
	}
	if l := c.Labels[model.LangEN]; len(l) > 0 {
		return l[0]
	}
	return c.ID
}

// Thesaurus is an immutable, compiled set of concepts. It is safe for
// concurrent use.
type Thesaurus struct {
	an       *textproc.Analyzer
	concepts []Concept
	byID     map[string]int
	narrower map[string][]string
	patterns []pattern
	index    map[string][]patternRef  // term → where it occurs in patterns
	terms    []map[string][]LabelTerm // per concept, per language
}

// New compiles concepts for tagging text analysed by an. Ids must be unique
// and every broader id must name a concept.
func New(an *textproc.Analyzer, concepts []Concept) (*Thesaurus, error) {
	t := &Thesaurus{
		an:       an,
		concepts: concepts,
		byID:     make(map[string]int, len(concepts)),
		narrower: map[string][]string{},
		index:    map[string][]patternRef{},
	}
	for i, c := range concepts {
		if _, dup := t.byID[c.ID]; dup {
			return nil, fmt.Errorf("thesaurus: duplicate concept %q", c.ID)
		}
		t.byID[c.ID] = i
	}
	for i := range concepts {
		c := &concepts[i]
		if c.Broader != "" {
			if _, ok := t.byID[c.Broader]; !ok {
				return nil, fmt.Errorf("thesaurus: concept %q: unknown broader %q", c.ID, c.Broader)
			}
			t.narrower[c.Broader] = append(t.narrower[c.Broader], c.ID)
		}
		for _, lang := range model.Langs {
			for _, l := range c.Labels[lang] {
				t.compile(i, lang, l)
			}
		}
		t.terms = append(t.terms, t.labelTerms(c))
	}
	return t, nil
}

// Default compiles the built-in concepts.
func Default(an *textproc.Analyzer) (*Thesaurus, error) { return New(an, Builtin()) }

// Len returns the number of concepts.
func (t *Thesaurus) Len() int { return len(t.concepts) }

// Concept returns the concept with the id.
func (t *Thesaurus) Concept(id string) (*Concept, bool) {
	i, ok := t.byID[id]
	if !ok {
		return nil, false
	}
	return &t.concepts[i], true
}

// Broader returns the id of the concept's broader concept, or "".
func (t *Thesaurus) Broader(id string) string {
	if c, ok := t.Concept(id); ok {
		return c.Broader
	}
	return ""
}

// Narrower returns the ids of the concepts directly under id, sorted.
func (t *Thesaurus) Narrower(id string) []string {
	out := append([]string(nil), t.narrower[id]...)
	sort.Strings(out)
	return out
}

// LabelTerm is one analysed word of a concept's labels.
type LabelTerm struct {
	Term string // as textproc analyses it
	Word string // as written in the label
}

// LabelTerms returns the distinct analysed words of the concept's labels in
// lang: what a request's concept contributes when it is carried over into
// another language. The result is shared; do not modify it.
func (t *Thesaurus) LabelTerms(id, lang string) []LabelTerm {
	i, ok := t.byID[id]
	if !ok {
		return nil
	}
	return t.terms[i][lang]
}

// labelTerms analyses the labels of a concept in each language.
func (t *Thesaurus) labelTerms(c *Concept) map[string][]LabelTerm {
	out := map[string][]LabelTerm{}
	for _, lang := range model.Langs {
		seen := map[string]bool{}
		for _, l := range c.Labels[lang] {
			for _, tok := range t.an.Tokens(l, textproc.ModeFull) {
				if tok.Sub || seen[tok.Term] {
					continue
				}
				seen[tok.Term] = true
				out[lang] = append(out[lang], LabelTerm{Term: tok.Term, Word: l[tok.Start:tok.End]})
			}
		}
	}
	return out
}
