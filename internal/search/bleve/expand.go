package bleve

import (
	"cmp"
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"talentbridge/internal/textproc"
)

// Expansion limits. A word is widened to its typos and longer forms (and a
// Chinese word to substrings, see groups) only when it is rare: a misspelt word matches nothing, a real one usually
// matches plenty, and walking the term dictionary for the typos of every
// common word is what made broad queries slow. The few candidates kept are
// the most frequent, and they become plain term queries, so the snippet pass
// reuses them instead of walking the dictionary again.
const (
	expandBelow   = 20 // documents a word's exact forms may match and still be widened
	maxExpansions = 10 // typo or prefix terms kept per word and field
)

// expander widens rare words using the term dictionaries of one index
// snapshot.
type expander struct {
	ctx context.Context
	r   index.IndexReader
}

// rare reports whether a word, given its full and exact analysis, matches
// few enough documents to be widened.
func (e *expander) rare(full, exact []textproc.Token) bool {
	return e.frequency(full, exact) < expandBelow
}

// expand returns the typo and prefix alternatives of one word, given its
// full and exact analysis.
func (e *expander) expand(full, exact []textproc.Token) []query.Query {
	var out []query.Query
	for _, f := range indexedFields {
		forms := formsFor(f, full, exact)
		skip := func(t string) bool {
			return slices.ContainsFunc(forms, func(tok textproc.Token) bool { return tok.Term == t })
		}
		var typos []candidate
		for _, t := range forms {
			if !t.Sub {
				typos = append(typos, e.fuzzy(f.name, t.Term, skip)...)
			}
		}
		for _, c := range best(typos) {
			out = append(out, term(f.name, c.term, f.boost*fuzzyBoost))
		}
		// A long word also matches as the start of a longer one, well
		// below an exact match: «метро» finds «метрополитен». The prefix
		// is the unstemmed word, the indexed terms are stems.
		for _, c := range best(e.prefix(f.name, exact[0].Term, skip)) {
			out = append(out, term(f.name, c.term, f.boost*prefixBoost))
		}
	}
	return out
}

// frequency counts the documents the word's exact forms match, field by
// field (a document matching in two fields counts twice: it is an estimate).
func (e *expander) frequency(full, exact []textproc.Token) uint64 {
	var n uint64
	for _, f := range indexedFields {
		for _, t := range formsFor(f, full, exact) {
			tfr, err := e.r.TermFieldReader(e.ctx, []byte(t.Term), f.name, false, false, false)
			if err != nil {
				continue
			}
			n += tfr.Count()
			_ = tfr.Close()
		}
	}
	return n
}

type candidate struct {
	term  string
	count uint64
}

func (e *expander) fuzzy(field, term string, skip func(string) bool) []candidate {
	fr, ok := e.r.(index.IndexReaderFuzzy)
	if !ok {
		return nil
	}
	fd, err := fr.FieldDictFuzzy(field, term, 1, "")
	if err != nil {
		return nil
	}
	return collect(fd, skip)
}

func (e *expander) prefix(field, prefix string, skip func(string) bool) []candidate {
	fd, err := e.r.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil
	}
	return collect(fd, skip)
}

func collect(fd index.FieldDict, skip func(string) bool) []candidate {
	defer fd.Close()
	var out []candidate
	for {
		de, err := fd.Next()
		if err != nil || de == nil {
			return out
		}
		if !skip(de.Term) {
			out = append(out, candidate{de.Term, de.Count})
		}
	}
}

// best keeps the most frequent candidates, each once.
func best(cs []candidate) []candidate {
	slices.SortFunc(cs, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.term, b.term))
	})
	cs = slices.CompactFunc(cs, func(a, b candidate) bool { return a.term == b.term })
	return cs[:min(len(cs), maxExpansions)]
}
