package textproc

import (
	"unicode"
	"unicode/utf8"
)

// Script is the writing system of a run of text; it decides the analysis.
type Script uint8

// Scripts the analysis distinguishes. Digits count as Latin so that "5G" or
// "COVID-19" stay with the letters next to them.
const (
	ScriptNone     Script = iota // separators, punctuation, symbols
	ScriptLatin                  // English analysis
	ScriptCyrillic               // Russian analysis
	ScriptHan                    // Chinese segmentation
	ScriptOther                  // any other letters: folded, not stemmed
)

func (s Script) String() string {
	switch s {
	case ScriptLatin:
		return "latin"
	case ScriptCyrillic:
		return "cyrillic"
	case ScriptHan:
		return "han"
	case ScriptOther:
		return "other"
	}
	return "none"
}

// ScriptOf classifies one rune.
func ScriptOf(r rune) Script {
	switch {
	case r < utf8.RuneSelf:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return ScriptLatin
		}
		return ScriptNone
	// Fast paths for the letters of nearly all text, before the Unicode
	// tables: the Russian alphabet and the core CJK ideographs.
	case 'А' <= r && r <= 'я' || r == 'Ё' || r == 'ё':
		return ScriptCyrillic
	case 0x4E00 <= r && r <= 0x9FA5:
		return ScriptHan
	case unicode.Is(unicode.Han, r):
		return ScriptHan
	case unicode.Is(unicode.Cyrillic, r):
		return ScriptCyrillic
	case unicode.Is(unicode.Latin, r), unicode.IsDigit(r):
		return ScriptLatin
	case unicode.IsLetter(r):
		return ScriptOther
	case unicode.Is(unicode.Mn, r):
		// A combining mark belongs to the letter before it; the caller
		// merges it into the current run.
		return ScriptOther
	}
	return ScriptNone
}

// mayBeMark rules out the runes that are surely not combining marks (those
// below U+0300, the Russian alphabet, the core CJK ideographs), so that the
// Unicode table is asked about few runes.
func mayBeMark(r rune) bool {
	return r >= 0x300 && (r < 'А' || r > 'я') && (r < 0x4E00 || r > 0x9FA5)
}

// run is a maximal span of one script: a word for alphabetic scripts, a
// stretch of characters for Han (segmented later).
type run struct {
	start, end int
	script     Script
}

// runs splits text into words and Han stretches. An apostrophe between two
// Latin letters stays inside the word ("O'Neil", "expert's"); a combining mark
// stays with the letter it follows.
func runs(text string) []run {
	var out []run
	cur := run{start: -1}
	flush := func(end int) {
		if cur.start >= 0 {
			cur.end = end
			out = append(out, cur)
		}
		cur = run{start: -1}
	}
	for i, r := range text {
		sc := ScriptOf(r)
		if cur.start >= 0 && mayBeMark(r) && unicode.Is(unicode.Mn, r) {
			continue
		}
		if (r == '\'' || r == '’') && cur.script == ScriptLatin && cur.start >= 0 {
			next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
			if ScriptOf(next) == ScriptLatin {
				continue
			}
		}
		if sc == ScriptNone {
			flush(i)
			continue
		}
		if cur.start >= 0 && sc != cur.script {
			flush(i)
		}
		if cur.start < 0 {
			cur = run{start: i, script: sc}
		}
	}
	flush(len(text))
	return out
}
