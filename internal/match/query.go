package match

import (
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
)

// queryTerm is one distinct term of a request.
type queryTerm struct {
	term    string
	qtf     float64 // occurrences; translations count their weight
	display string  // a surface form to show in explanations
}

// query is a request analysed once, before the index is locked.
type query struct {
	lang     string
	terms    []queryTerm
	concepts []string // non-vocabulary concepts of the request, in text order
}

// prepare analyses a request: its words, its concepts and, unless concepts
// are off, the labels of those concepts in the other languages (and the
// synonyms in its own), weighted below the request's own words. That
// translation is what lets «вентиляция» reach an English "ventilation".
func (ix *Index) prepare(r Request, useConcepts bool) query {
	text := strings.TrimSpace(r.Title + "\n" + r.Description)
	q := query{lang: textproc.DetectLang(text)}
	toks := ix.an.Tokens(text, textproc.ModeFull)
	at := map[string]int{}
	add := func(term string, w float64, display string) {
		if i, ok := at[term]; ok {
			q.terms[i].qtf += w
			return
		}
		at[term] = len(q.terms)
		q.terms = append(q.terms, queryTerm{term: term, qtf: w, display: display})
	}
	for _, t := range toks {
		if !ix.stop[t.Term] {
			add(t.Term, 1, text[t.Start:t.End])
		}
	}
	if !useConcepts || ix.th == nil {
		return q
	}
	own := make(map[string]bool, len(at))
	for term := range at {
		own[term] = true
	}
	added := map[string]bool{}
	for _, m := range ix.th.Tag(toks, "") {
		c, _ := ix.th.Concept(m.Concept)
		if !c.Vocabulary {
			q.concepts = append(q.concepts, m.Concept)
		}
		for _, lang := range model.Langs {
			w := ix.cfg.TranslationWeight
			if lang == q.lang {
				w = ix.cfg.SynonymWeight
			}
			for _, t := range ix.th.LabelTerms(m.Concept, lang) {
				// A translated word counts once per request, however many
				// concepts bring it, and never on top of the request's own word.
				if own[t.Term] || added[t.Term] || w == 0 {
					continue
				}
				added[t.Term] = true
				add(t.Term, w, t.Word)
			}
		}
	}
	return q
}
