package textproc

import (
	"unicode"

	"talentbridge/internal/model"
)

// DetectLang names the product language (model.LangRU, LangZH, LangEN) whose
// script dominates s, counting letters: Cyrillic → ru, Han → zh, Latin → en.
// It returns "" when s has no letters of those scripts.
//
// Script counting rather than a statistical detector: the three product
// languages have three distinct scripts, the answer is deterministic for a
// two-word query, and the index and the matcher must never disagree about
// the same string.
func DetectLang(s string) string {
	var counts [5]int
	for _, r := range s {
		if !unicode.IsDigit(r) {
			counts[ScriptOf(r)]++
		}
	}
	best, lang := 0, ""
	for _, c := range []struct {
		script Script
		lang   string
	}{{ScriptCyrillic, model.LangRU}, {ScriptHan, model.LangZH}, {ScriptLatin, model.LangEN}} {
		if counts[c.script] > best {
			best, lang = counts[c.script], c.lang
		}
	}
	return lang
}
