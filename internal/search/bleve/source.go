package bleve

import (
	"encoding/binary"
	"errors"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// posGap separates the positions of two values of one field, so that a
// phrase never runs from the end of one value into the next.
const posGap = 16

// source is a document's text: the non-empty values of each of textFields,
// in order, laid end to end with a newline after each. Offsets into that
// string identify a value and a place in it.
type source struct {
	values [][]string // by textFields index
	han    bool       // some value holds Chinese characters
}

func newSource(d *search.Doc) *source {
	s := &source{values: make([][]string, len(textFields))}
	for i, f := range textFields {
		for _, v := range f.values(d) {
			if v != "" {
				s.values[i] = append(s.values[i], v)
				s.han = s.han || hasHan(v)
			}
		}
	}
	return s
}

// has reports whether an indexed field gets any text.
func (s *source) has(field string) bool {
	for i, f := range textFields {
		if f.index == field && len(s.values[i]) > 0 {
			return true
		}
	}
	return false
}

// each calls fn with every value in order, its textFields index and its
// offset in the source text.
func (s *source) each(fn func(field int, v string, base int)) {
	base := 0
	for i, vs := range s.values {
		for _, v := range vs {
			fn(i, v, base)
			base += len(v) + 1
		}
	}
}

// sourceAnalyzer analyses the values that go into one indexed field with
// textproc. Bleve hands it the field's value, which is empty: the values
// are in src, and the tokens carry offsets into the whole source text.
type sourceAnalyzer struct {
	an    *textproc.Analyzer
	mode  textproc.Mode
	src   *source
	field string
}

func (a sourceAnalyzer) Analyze([]byte) analysis.TokenStream {
	var out analysis.TokenStream
	pos := 0
	var seen map[string]bool
	a.src.each(func(field int, v string, base int) {
		if textFields[field].index != a.field {
			return
		}
		toks := a.an.Tokens(v, a.mode)
		if a.field == fName {
			// Names come in many spellings that fold alike ("CHANG Ou",
			// "Chang Ou"; "Zhōu", "Zhou") and as lone parts of the full
			// name ("Chang"). A value whose words an earlier one already
			// gave, in the same order, or a single word already given,
			// would only repeat their postings: half the name tokens.
			if seen == nil {
				seen = map[string]bool{}
			}
			if repeats(seen, toks) {
				return
			}
		}
		out, pos = appendTokens(out, toks, base, pos)
	})
	return out
}

// repeats reports whether the words of toks were given before, as the same
// sequence or, for one word, anywhere, and records them as given.
func repeats(seen map[string]bool, toks []textproc.Token) bool {
	if len(toks) == 0 {
		return true
	}
	var key strings.Builder
	for i, t := range toks {
		if i > 0 {
			key.WriteByte(0)
		}
		key.WriteString(t.Term)
	}
	k := key.String()
	if seen[k] {
		return true
	}
	seen[k] = true
	for _, t := range toks {
		seen[t.Term] = true
	}
	return false
}

// gramSourceAnalyzer yields the Chinese character bigrams of all values.
type gramSourceAnalyzer struct{ src *source }

func (a gramSourceAnalyzer) Analyze([]byte) analysis.TokenStream {
	var out analysis.TokenStream
	pos := 0
	a.src.each(func(_ int, v string, base int) {
		if hasHan(v) {
			out, pos = appendTokens(out, textproc.Grams(v), base, pos)
		}
	})
	return out
}

// appendTokens adds the tokens of one value, shifted to its place in the
// source text and after the positions of the values before it, and returns
// the position the next value starts after.
func appendTokens(out analysis.TokenStream, toks []textproc.Token, base, pos int) (analysis.TokenStream, int) {
	// Two allocations per value rather than two per token: the tokens
	// and their terms each share one block.
	block := make([]analysis.Token, len(toks))
	size := 0
	for _, t := range toks {
		size += len(t.Term)
	}
	terms := make([]byte, 0, size)
	last := 0
	for i, t := range toks {
		typ := analysis.AlphaNumeric
		if t.Script == textproc.ScriptHan {
			typ = analysis.Ideographic
		}
		from := len(terms)
		terms = append(terms, t.Term...)
		block[i] = analysis.Token{Term: terms[from:len(terms):len(terms)], Start: base + t.Start, End: base + t.End, Position: pos + t.Pos, Type: typ}
		out = append(out, &block[i])
		last = max(last, t.Pos)
	}
	if last == 0 {
		return out, pos
	}
	return out, pos + last + posGap
}

// keywordAnalyzer keeps the whole value as one term.
type keywordAnalyzer struct{}

func (keywordAnalyzer) Analyze(b []byte) analysis.TokenStream {
	return analysis.TokenStream{{Term: b, Start: 0, End: len(b), Position: 1, Type: analysis.AlphaNumeric}}
}

// noAnalyzer is for stored-only fields, which are never searched.
type noAnalyzer struct{}

func (noAnalyzer) Analyze([]byte) analysis.TokenStream { return nil }

// encodeSource packs the values for storing: per textFields entry a count,
// then each value's length and bytes.
func encodeSource(values [][]string) []byte {
	var b []byte
	for _, vs := range values {
		b = binary.AppendUvarint(b, uint64(len(vs)))
		for _, v := range vs {
			b = binary.AppendUvarint(b, uint64(len(v)))
			b = append(b, v...)
		}
	}
	return b
}

var errBadSource = errors.New("search: malformed stored source")

// decodeSource unpacks encodeSource.
func decodeSource(b []byte) (*source, error) {
	s := &source{values: make([][]string, len(textFields))}
	next := func() (uint64, error) {
		n, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, errBadSource
		}
		b = b[k:]
		return n, nil
	}
	for i := range s.values {
		n, err := next()
		if err != nil {
			return nil, err
		}
		for range n {
			l, err := next()
			if err != nil || l > uint64(len(b)) {
				return nil, errBadSource
			}
			s.values[i] = append(s.values[i], string(b[:l]))
			b = b[l:]
		}
	}
	return s, nil
}

// place is one value of the source and its offset in the source text.
type place struct {
	field, value, base int
	text               string
}

// places lists the values with their offsets, in order.
func (s *source) places() []place {
	var out []place
	idx := map[int]int{}
	s.each(func(field int, v string, base int) {
		out = append(out, place{field: field, value: idx[field], base: base, text: v})
		idx[field]++
	})
	return out
}

// locate finds the value holding a source text offset.
func locate(ps []place, offset int) (place, bool) {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].base > offset }) - 1
	if i < 0 || offset > ps[i].base+len(ps[i].text) {
		return place{}, false
	}
	return ps[i], true
}
