package bleve

import (
	"cmp"
	"html"
	"slices"
	"strings"
	"unicode/utf8"

	blevesearch "github.com/blevesearch/bleve/v2/search"
)

// Snippet shape: a fragment is about snippetBytes of text around the first
// match of one value, at most snippetsPerField fragments per field.
const (
	snippetBytes     = 160
	snippetsPerField = 2
)

type span struct{ start, end int }

// snippets builds the highlighted fragments of a hit from the stored field
// values and the match locations Bleve reports (a field's bigram companion
// reports offsets into the same value). Offsets come from textproc, so the
// marks fall exactly on the matched words, typo matches included.
func snippets(dm *blevesearch.DocumentMatch) map[string][]string {
	if dm == nil {
		return nil
	}
	out := map[string][]string{}
	for _, f := range textFields {
		values := storedValues(dm.Fields[f.name])
		if len(values) == 0 {
			continue
		}
		spans := map[int][]span{}
		for _, field := range []string{f.name, f.name + gramSuffix} {
			for _, locs := range dm.Locations[field] {
				for _, l := range locs {
					ap := 0
					if len(l.ArrayPositions) > 0 {
						ap = int(l.ArrayPositions[0])
					}
					spans[ap] = append(spans[ap], span{int(l.Start), int(l.End)})
				}
			}
		}
		for _, ap := range sortedInts(spans) {
			if ap >= len(values) || len(out[f.name]) >= snippetsPerField {
				continue
			}
			if frag := fragment(values[ap], spans[ap]); frag != "" {
				out[f.name] = append(out[f.name], frag)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// storedValues reads a stored field: one string, or several for a list.
func storedValues(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			s, _ := x.(string)
			out = append(out, s)
		}
		return out
	}
	return nil
}

// fragment cuts a window of text around the first span, HTML-escapes it and
// marks every span inside it. Overlapping spans (a word and its sub-words,
// bigrams) are merged first.
func fragment(text string, spans []span) string {
	spans = merge(spans, len(text))
	if len(spans) == 0 {
		return ""
	}
	from := spans[0].start - snippetBytes/4
	to := from + snippetBytes
	from, to = max(from, 0), min(to, len(text))
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	cur := from
	for _, s := range spans {
		if s.start < cur || s.end > to {
			continue
		}
		b.WriteString(html.EscapeString(text[cur:s.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s.start:s.end]))
		b.WriteString("</mark>")
		cur = s.end
	}
	b.WriteString(html.EscapeString(text[cur:to]))
	if to < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

func merge(spans []span, limit int) []span {
	slices.SortFunc(spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	var out []span
	for _, s := range spans {
		if s.start < 0 || s.end > limit || s.start >= s.end {
			continue
		}
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

func sortedInts(m map[int][]span) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
