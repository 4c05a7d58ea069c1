package bleve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// Ranking knobs, relative to a field's boost.
const (
	subWordBoost = 0.4 // 科学院 inside the query word 中国科学院
	gramBoost    = 0.5 // a bigram (substring) match of Chinese text
	fuzzyBoost   = 0.3 // a typo match: always below an exact one
	prefixBoost  = 0.2 // a clipped word: «метро» for «метрополитен»
	fuzzyMinLen  = 5   // letters a Latin or Cyrillic word needs to allow a typo
)

// textQuery turns parsed query text into Bleve clauses: what must match,
// what may match (and only ranks), what must not match. nil musts and
// shoulds mean the text had nothing searchable. ex widens rare words with
// their typos and longer forms; it may be nil.
func (x *Index) textQuery(text string, ex *expander) (must []query.Query, should query.Query, mustNot []query.Query) {
	p := search.Parse(text)
	var words []query.Query
	for _, w := range p.Words {
		words = append(words, x.groups(w, ex)...)
	}
	for _, ph := range p.Phrases {
		if q := x.phrase(ph); q != nil {
			must = append(must, q)
		}
	}
	for _, e := range p.Excluded {
		if q := x.phrase(e); q != nil {
			mustNot = append(mustNot, q)
		}
	}
	if len(words) > 0 {
		should = disjunction(words...)
	}
	return must, should, mustNot
}

// groups analyses text and returns one query per word position: any field
// matching any form of that word. With an expander, a rare word also admits
// typos and prefixes, and a Chinese one substrings; without, a Chinese word
// always admits substrings.
func (x *Index) groups(text string, ex *expander) []query.Query {
	full := byPos(x.an.Tokens(text, textproc.ModeFull))
	exact := byPos(x.an.Tokens(text, textproc.ModeExact))
	var out []query.Query
	for _, pos := range sortedKeys(exact) {
		var alts []query.Query
		for _, f := range indexedFields {
			for _, t := range formsFor(f, full[pos], exact[pos]) {
				boost := f.boost
				if t.Sub {
					boost *= subWordBoost
				}
				alts = append(alts, term(f.name, t.Term, boost))
			}
		}
		base := exact[pos][0]
		rare := ex == nil || ex.rare(full[pos], exact[pos])
		if ex != nil && rare && fuzzyOK(text, base) {
			alts = append(alts, ex.expand(full[pos], exact[pos])...)
		}
		// The bigrams of the whole Chinese word find it inside words the
		// dictionary segments differently (医学 in 医学院). A bigram phrase
		// reads positions in every document holding its bigrams, so, like
		// typos, it is only for words that match few documents as words.
		if base.Script == textproc.ScriptHan && rare {
			if q := gramPhrase(fGrams, text[base.Start:base.End], gramFieldBoost*gramBoost); q != nil {
				alts = append(alts, q)
			}
		}
		out = append(out, disjunction(alts...))
	}
	return out
}

// formsFor picks the analysis of a word that a field was indexed with.
func formsFor(f indexedField, full, exact []textproc.Token) []textproc.Token {
	if f.mode == textproc.ModeExact {
		return exact
	}
	return full
}

// phrase matches text as a phrase in any field: all-Chinese text as an exact
// substring (consecutive bigrams), anything else as words at their relative
// positions (stop words leave gaps, Chinese sub-words are alternatives). A
// one-word phrase is a plain word.
func (x *Index) phrase(text string) query.Query {
	exact := x.an.Tokens(text, textproc.ModeExact)
	if len(exact) == 0 {
		return nil
	}
	if len(byPos(exact)) == 1 && exact[0].Script != textproc.ScriptHan {
		return disjunction(x.groups(text, nil)...)
	}
	if !slices.ContainsFunc(exact, func(t textproc.Token) bool { return t.Script != textproc.ScriptHan }) {
		return gramPhrase(fGrams, text, gramFieldBoost)
	}
	full := x.an.Tokens(text, textproc.ModeFull)
	var alts []query.Query
	for _, f := range indexedFields {
		if terms := phraseTerms(formsFor(f, full, exact)); len(terms) > 0 {
			q := query.NewMultiPhraseQuery(terms, f.name)
			q.SetBoost(f.boost)
			alts = append(alts, q)
		}
	}
	if len(alts) == 0 {
		return nil
	}
	return disjunction(alts...)
}

// phraseTerms lays tokens out by position: alternatives share a slot, a gap
// left by a stop word is an empty slot.
func phraseTerms(toks []textproc.Token) [][]string {
	if len(toks) == 0 {
		return nil
	}
	first, last := toks[0].Pos, toks[len(toks)-1].Pos
	out := make([][]string, last-first+1)
	for _, t := range toks {
		slot := &out[t.Pos-first]
		if !slices.Contains(*slot, t.Term) {
			*slot = append(*slot, t.Term)
		}
	}
	return out
}

// gramPhrase matches the Han characters of text as a substring.
func gramPhrase(field, text string, boost float64) query.Query {
	grams := textproc.Grams(text)
	if len(grams) == 0 {
		return nil
	}
	if len(grams) == 1 {
		return term(field, grams[0].Term, boost)
	}
	first := grams[0].Pos
	terms := make([][]string, grams[len(grams)-1].Pos-first+1)
	for _, g := range grams {
		terms[g.Pos-first] = append(terms[g.Pos-first], g.Term)
	}
	q := query.NewMultiPhraseQuery(terms, field)
	q.SetBoost(boost)
	return q
}

// fuzzyOK allows a typo in Latin and Cyrillic words of five letters or more.
func fuzzyOK(text string, t textproc.Token) bool {
	if t.Script != textproc.ScriptLatin && t.Script != textproc.ScriptCyrillic {
		return false
	}
	return utf8.RuneCountInString(text[t.Start:t.End]) >= fuzzyMinLen
}

func term(field, t string, boost float64) query.Query {
	q := query.NewTermQuery(t)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

func terms(field string, values []string) query.Query {
	qs := make([]query.Query, len(values))
	for i, v := range values {
		qs[i] = term(field, v, 1)
	}
	return disjunction(qs...)
}

func disjunction(qs ...query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

func conjunction(qs ...query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewConjunctionQuery(qs)
}

func byPos(toks []textproc.Token) map[int][]textproc.Token {
	m := map[int][]textproc.Token{}
	for _, t := range toks {
		m[t.Pos] = append(m[t.Pos], t)
	}
	return m
}

func sortedKeys(m map[int][]textproc.Token) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// filters returns the visibility and facet filters of q: all must hold.
func filters(q search.Query) []query.Query {
	out := []query.Query{visibility(q)}
	for _, f := range []struct {
		field  string
		values []string
	}{
		{kwSphere, q.Spheres}, {kwCity, q.Cities}, {kwOrg, q.Orgs},
		{kwLanguage, q.Languages}, {kwFormat, q.Formats},
	} {
		if len(f.values) > 0 {
			out = append(out, terms(f.field, f.values))
		}
	}
	return out
}

// visibility matches the profiles the searcher may see: those of the
// audience's visibilities, and those their Scope adds.
func visibility(q search.Query) query.Query {
	alts := []query.Query{terms(kwVisibility, q.Audience.Visibilities())}
	sc := q.Scope
	var looked []query.Query
	if sc.City != "" {
		looked = append(looked, term(kwCity, sc.City, 1))
	}
	if len(sc.Orgs) > 0 {
		looked = append(looked, terms(kwOrg, sc.Orgs))
	}
	if sc.Partner {
		looked = append(looked, term(kwPartner, "1", 1))
	}
	if len(looked) > 0 {
		alts = append(alts, query.NewConjunctionQuery([]query.Query{
			term(kwVisibility, "coordinators", 1), disjunction(looked...)}))
	}
	if sc.Expert != 0 {
		alts = append(alts, query.NewDocIDQuery([]string{docID(sc.Expert)}))
	}
	return disjunction(alts...)
}

// sortField is the name-sort field for a UI language.
func sortField(lang string) string {
	switch lang = strings.ToLower(lang); lang {
	case "ru", "zh", "en":
		return sortPrefix + lang
	}
	return sortPrefix + "en"
}
