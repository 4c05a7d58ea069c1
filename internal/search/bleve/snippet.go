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

// snippets builds the highlighted fragments of a hit from its stored source
// and the match locations Bleve reports: offsets into the source text (see
// source), which name the field and value a match fell in. Offsets come from
// textproc, so the marks fall exactly on the matched words, typo matches
// included.
func snippets(dm *blevesearch.DocumentMatch) map[string][]string {
	if dm == nil {
		return nil
	}
	raw, _ := dm.Fields[srcField].(string)
	src, err := decodeSource([]byte(raw))
	if err != nil {
		return nil
	}
	places := src.places()
	type key struct{ field, value int }
	spans := map[key][]span{}
	for _, field := range []string{fName, fKeyword, fText, fGrams} {
		for _, locs := range dm.Locations[field] {
			for _, l := range locs {
				p, ok := locate(places, int(l.Start))
				if !ok {
					continue
				}
				k := key{p.field, p.value}
				spans[k] = append(spans[k], span{int(l.Start) - p.base, int(l.End) - p.base})
			}
		}
	}
	out := map[string][]string{}
	for _, p := range places {
		name := textFields[p.field].name
		sp, ok := spans[key{p.field, p.value}]
		if !ok || len(out[name]) >= snippetsPerField {
			continue
		}
		if frag := fragment(p.text, sp); frag != "" {
			out[name] = append(out[name], frag)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
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
