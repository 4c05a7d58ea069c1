package thesaurus

import (
	"sort"

	"talentbridge/internal/textproc"
)

// Match is one concept found in text.
type Match struct {
	Concept string // concept id
	Lang    string // language of the label that matched
	Label   string // the label as authored
	Start   int    // byte span of the matched words in the analysed text
	End     int
}

// pattern is one analysed label: a sequence of word slots, each satisfied by
// any of its terms (Russian words carry two stems at one position).
type pattern struct {
	concept int32
	lang    string
	label   string
	slots   [][]string
}

type patternRef struct {
	pattern int32
	slot    int16
}

// compile adds the patterns of one label. A Chinese label gets a second
// pattern made of its smallest dictionary words, because the segmenter may
// cut the same characters differently inside a longer sentence (预测模型
// alone is one word; in 传染病预测模型方面 it may be 预测 + 模型).
func (t *Thesaurus) compile(concept int, lang, label string) {
	toks := t.an.Tokens(label, textproc.ModeFull)
	if len(toks) == 0 {
		return
	}
	t.addPattern(concept, lang, label, topSlots(toks))
	if fine, ok := leafSlots(toks); ok {
		t.addPattern(concept, lang, label, fine)
	}
}

func (t *Thesaurus) addPattern(concept int, lang, label string, slots [][]string) {
	if len(slots) == 0 {
		return
	}
	// New compiles one concept at a time, so its patterns are the tail of
	// t.patterns: only those need checking for a duplicate.
	for i := len(t.patterns) - 1; i >= 0 && int(t.patterns[i].concept) == concept; i-- {
		if sameSlots(t.patterns[i].slots, slots) {
			return
		}
	}
	id := int32(len(t.patterns))
	t.patterns = append(t.patterns, pattern{concept: int32(concept), lang: lang, label: label, slots: slots})
	for i, slot := range slots {
		for _, term := range slot {
			t.index[term] = append(t.index[term], patternRef{pattern: id, slot: int16(i)})
		}
	}
}

// topSlots groups the whole words of a label by position.
func topSlots(toks []textproc.Token) [][]string {
	var slots [][]string
	last := -1
	for _, tok := range toks {
		if tok.Sub {
			continue
		}
		if tok.Pos != last {
			slots = append(slots, nil)
			last = tok.Pos
		}
		slots[len(slots)-1] = append(slots[len(slots)-1], tok.Term)
	}
	return slots
}

// leafSlots splits Chinese words of a label into their smallest dictionary
// words, one slot each. It reports false when that changes nothing or when
// the small words do not cover the whole label (a single character dropped
// by the analysis would otherwise be lost from the pattern).
func leafSlots(toks []textproc.Token) ([][]string, bool) {
	var slots [][]string
	changed := false
	for i, tok := range toks {
		switch {
		case tok.Script != textproc.ScriptHan:
			if !tok.Sub {
				slots = append(slots, []string{tok.Term})
			}
		case hasInner(toks, i): // a word with smaller words inside: use those
			changed = true
			if !tok.Sub && !covered(toks, i) {
				return nil, false
			}
		default: // a smallest word, whole or inside a longer one
			slots = append(slots, []string{tok.Term})
		}
	}
	return slots, changed
}

// hasInner reports whether a token of the same word lies strictly inside toks[i].
func hasInner(toks []textproc.Token, i int) bool {
	for j, o := range toks {
		if j != i && o.Pos == toks[i].Pos && o.Start >= toks[i].Start && o.End <= toks[i].End &&
			(o.End-o.Start) < (toks[i].End-toks[i].Start) {
			return true
		}
	}
	return false
}

// covered reports whether the leaf tokens inside toks[i] cover all its bytes.
func covered(toks []textproc.Token, i int) bool {
	at := toks[i].Start
	for at < toks[i].End {
		next := at
		for j, o := range toks {
			if j != i && o.Pos == toks[i].Pos && o.Start == at && !hasInner(toks, j) && o.End > next {
				next = o.End
			}
		}
		if next == at {
			return false
		}
		at = next
	}
	return true
}

func sameSlots(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

// group is the terms of one word position of analysed text.
type group struct {
	terms      []string
	start, end int
}

func groups(toks []textproc.Token) []group {
	var out []group
	last := -1
	for _, tok := range toks {
		if tok.Pos != last || len(out) == 0 {
			out = append(out, group{start: tok.Start, end: tok.End})
			last = tok.Pos
		}
		g := &out[len(out)-1]
		g.terms = append(g.terms, tok.Term)
		g.start, g.end = min(g.start, tok.Start), max(g.end, tok.End)
	}
	return out
}

// TagText analyses text and tags it; see Tag.
func (t *Thesaurus) TagText(text, lang string) []Match {
	return t.Tag(t.an.Tokens(text, textproc.ModeFull), lang)
}

// Tag finds the concepts whose labels occur in tokens (the output of
// textproc's ModeFull analysis). The words of a multi-word label must all
// occur within a window a little wider than the label, in any order, so that
// "ventilation of tunnels" finds "tunnel ventilation" and Russian word order
// may vary. lang restricts the labels tried to one language; "" tries all,
// which is what a mixed-language field needs. Each concept is reported once,
// at its first occurrence; matches come in text order.
func (t *Thesaurus) Tag(tokens []textproc.Token, lang string) []Match {
	gs := groups(tokens)
	found := map[int32]Match{}
	for i, g := range gs {
		for _, term := range g.terms {
			for _, ref := range t.index[term] {
				p := &t.patterns[ref.pattern]
				if lang != "" && p.lang != lang {
					continue
				}
				if prev, ok := found[p.concept]; ok && prev.Start <= g.start {
					continue
				}
				if start, end, ok := matchAt(gs, i, p, int(ref.slot)); ok {
					found[p.concept] = Match{Concept: t.concepts[p.concept].ID, Lang: p.lang, Label: p.label, Start: start, End: end}
				}
			}
		}
	}
	out := make([]Match, 0, len(found))
	for _, m := range found {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Concept < out[j].Concept
	})
	return out
}

// matchAt checks whether pattern p, anchored by its slot at group i, has all
// its other slots within the window around i, and returns the span covered.
func matchAt(gs []group, i int, p *pattern, slot int) (start, end int, ok bool) {
	start, end = gs[i].start, gs[i].end
	if len(p.slots) == 1 {
		return start, end, true
	}
	// One extra word of slack lets an adjective or genitive sit between the
	// words of a label («вентиляция глубоких станций метро»).
	w := len(p.slots) + 1
	lo, hi := max(0, i-w), min(len(gs)-1, i+w)
	for s, want := range p.slots {
		if s == slot {
			continue
		}
		hit := false
		for j := lo; j <= hi && !hit; j++ {
			if j != i || len(gs[j].terms) > 1 { // a Chinese word may hold two slots as sub-words
				if anyIn(want, gs[j].terms) {
					hit = true
					start, end = min(start, gs[j].start), max(end, gs[j].end)
				}
			}
		}
		if !hit {
			return 0, 0, false
		}
	}
	return start, end, true
}

func anyIn(want, have []string) bool {
	for _, w := range want {
		for _, h := range have {
			if w == h {
				return true
			}
		}
	}
	return false
}
