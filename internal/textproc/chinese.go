package textproc

import (
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// zhStop holds the function words that carry no meaning on their own. Kept
// short on purpose: single characters that also start real words (中, 大) are
// not here.
var zhStop = map[string]bool{
	"的": true, "了": true, "和": true, "与": true, "及": true, "或": true,
	"是": true, "等": true, "之": true, "其": true, "并": true, "也": true,
	"在": true, "对": true, "为": true, "于": true, "以": true, "而": true,
}

// hanText is a Han run folded to Simplified, with a map from its byte offsets
// back to the original text (folding keeps runes, not necessarily bytes).
type hanText struct {
	simp   string
	toOrig []int // byte offset in simp → byte offset in the original text
	runes  []int // byte offset in simp of each rune, plus len(simp)
}

func newHanText(text string, r run) hanText {
	src := text[r.start:r.end]
	h := hanText{toOrig: make([]int, 0, len(src)+1)}
	buf := make([]byte, 0, len(src))
	for i, c := range src {
		s := simplify(c)
		h.runes = append(h.runes, len(buf))
		for range utf8.RuneLen(s) {
			h.toOrig = append(h.toOrig, r.start+i)
		}
		buf = utf8.AppendRune(buf, s)
	}
	h.runes = append(h.runes, len(buf))
	h.toOrig = append(h.toOrig, r.end)
	h.simp = string(buf)
	return h
}

// han segments a Han run into the longest dictionary words, then walks the
// dictionary's own split of each word down to its smallest multi-character
// words (中国科学院计算技术研究所 → 中国科学院, 科学院, 计算, 技术, 研究所,
// 研究 …), so that 研究所 finds the institute. This is gse's search mode done
// by hand: gse's ModeSegment(…, true) replaces a whole-text word by its parts,
// so the query 医学 alone would become 医 + 学.
func (a *Analyzer) han(out []Token, text string, r run, mode Mode, pos *int) []Token {
	h := newHanText(text, r)
	for _, seg := range a.seg.ModeSegment([]byte(h.simp), false) {
		*pos++
		word := seg.Token().Text()
		if mode == ModeFull && zhStop[word] {
			continue
		}
		seen := map[[2]int]bool{}
		var walk func(tok *gse.Token, start int, top bool)
		walk = func(tok *gse.Token, start int, top bool) {
			end := start + len(tok.Text())
			// Single characters inside a longer word (所 of 研究所) would
			// match far too much; the word itself and the bigram field
			// cover them.
			if !seen[[2]int{start, end}] && (top || utf8.RuneCountInString(tok.Text()) > 1) {
				seen[[2]int{start, end}] = true
				out = append(out, Token{Term: tok.Text(), Start: h.toOrig[start], End: h.toOrig[end], Pos: *pos, Script: ScriptHan, Sub: !top})
			}
			if subs := tok.Segments(); len(subs) > 1 {
				for _, s := range subs {
					walk(s.Token(), start+s.Start(), false)
				}
			}
		}
		walk(seg.Token(), seg.Start(), true)
	}
	return out
}

// Grams returns the character bigrams of every Han stretch of text (folded to
// Simplified), positioned one per character, and a lone character as a
// unigram. They back up the dictionary: a name or term gse does not know is
// still found as a sequence of bigrams, and a phrase of bigrams at
// consecutive positions is an exact substring match. Runs are separated by a
// position gap so that a phrase never spans two of them.
func Grams(text string) []Token {
	var out []Token
	pos := 0
	for _, r := range runs(text) {
		if r.script != ScriptHan {
			continue
		}
		h := newHanText(text, r)
		n := len(h.runes) - 1
		if n == 1 {
			pos++
			out = append(out, Token{Term: h.simp, Start: r.start, End: r.end, Pos: pos, Script: ScriptHan})
		}
		for i := 0; i+1 < n; i++ {
			pos++
			s, e := h.runes[i], h.runes[i+2]
			out = append(out, Token{Term: h.simp[s:e], Start: h.toOrig[s], End: h.toOrig[e], Pos: pos, Script: ScriptHan})
		}
		pos++ // gap between runs
	}
	return out
}
