package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// t2s maps a Traditional Chinese character to its Simplified form. It is
// built once from the authored table and never written afterwards.
var t2s = func() map[rune]rune {
	m := make(map[rune]rune, 1500)
	var prev rune = -1
	for _, r := range t2sPairs {
		if unicode.IsSpace(r) {
			continue
		}
		if prev < 0 {
			prev = r
			continue
		}
		m[prev] = r
		prev = -1
	}
	return m
}()

// ToSimplified folds Traditional Chinese characters to Simplified ones,
// character by character; other runes pass through. Each rune maps to exactly
// one rune, so rune offsets are preserved.
func ToSimplified(s string) string {
	if !hasTraditional(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(simplify(r))
	}
	return b.String()
}

func simplify(r rune) rune {
	if s, ok := t2s[r]; ok {
		return s
	}
	return r
}

func hasTraditional(s string) bool {
	for _, r := range s {
		if _, ok := t2s[r]; ok {
			return true
		}
	}
	return false
}

// Normalize folds s into the form both the index and the matcher compare:
// Unicode NFKC, full case folding, ё→е, diacritics removed from Latin letters
// (pinyin tone marks, accents) and Traditional Chinese folded to Simplified.
// Cyrillic й keeps its breve: it is a distinct letter, not an accent.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	s = cases.Fold().String(s)
	s = stripLatinMarks(s)
	s = yoFolder.Replace(s)
	return ToSimplified(s)
}

// yoFolder writes ё as е, as most Russian text does; a Replacer is safe for
// concurrent use and never changes after construction.
var yoFolder = strings.NewReplacer("ё", "е", "Ё", "е")

// foldWord is Normalize with fast paths for the common words: all ASCII, or
// all basic Cyrillic letters, where lower-casing is the whole of folding.
func foldWord(w string) string {
	if isASCII(w) {
		return strings.ToLower(w)
	}
	if isBasicCyrillic(w) {
		// Lower-cased, ё is the only letter left to fold; most words have
		// none, and a Replacer costs more than looking.
		lw := strings.ToLower(w)
		if strings.Contains(lw, "ё") {
			lw = strings.ReplaceAll(lw, "ё", "е")
		}
		return lw
	}
	return Normalize(w)
}

// isBasicCyrillic reports whether w holds only the letters А–я, Ё and ё,
// which NFKC leaves alone and case folding merely lower-cases.
func isBasicCyrillic(w string) bool {
	for _, r := range w {
		if (r < 'А' || r > 'я') && r != 'Ё' && r != 'ё' {
			return false
		}
	}
	return true
}

// stripLatinMarks removes combining marks that follow a Latin letter. The
// decomposition is local to the marks found, so other scripts are untouched.
func stripLatinMarks(s string) string {
	if isASCII(s) {
		return s
	}
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	var base rune
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			if unicode.Is(unicode.Latin, base) {
				continue
			}
		} else {
			base = r
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
