// Package textproc is the one text analysis shared by the search index and
// the matcher: Unicode normalisation, script detection, Chinese word
// segmentation, Traditional→Simplified folding, Russian and English stemming
// and stop words.
//
// Analysis is chosen per script run, not per declared language: a Cyrillic
// word gets Russian analysis, a Han stretch Chinese segmentation, a Latin word
// English analysis, whatever language the field claims. Mixed fields
// ("Институт ИИ 人工智能 AI lab") then analyse correctly, and a query, which
// never declares its language, is analysed exactly as the indexed text was.
package textproc

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/go-ego/gse"
)

// Token is one term of analysed text.
type Token struct {
	Term   string // normalised (and, in ModeFull, stemmed) term
	Start  int    // byte offset of the source text in the analysed string
	End    int    // byte offset just past it
	Pos    int    // 1-based position; see Analyzer.Tokens for gaps and sharing
	Script Script // script of the source text
	Sub    bool   // a part of the preceding longer word at the same Pos
}

// Mode selects how much linguistic processing a field gets.
type Mode uint8

const (
	// ModeFull stems and drops stop words: biographies, titles, keywords.
	ModeFull Mode = iota
	// ModeExact only folds (case, NFKC, ё, T→S, Latin diacritics): names and
	// aliases, where «Иванова» must not become «Иванов».
	ModeExact
)

// Analyzer holds the Chinese dictionary and the stop lists. Build one per
// process with New and pass it to whoever analyses text; it is safe for
// concurrent use, and apart from a bounded cache of its own results it never
// changes after New returns.
type Analyzer struct {
	seg      gse.Segmenter
	ruStop   analysis.TokenMap
	enStop   analysis.TokenMap
	hans     *hanCache     // analyses of short Han runs (hancache.go)
	LoadTime time.Duration // how long New took to load the dictionary
}

// minDictFreq drops the dictionary's rarest entries. Of gse's 352 000
// Simplified words, 200 000 have a frequency below 5; they are mostly long
// compounds (临床医学) whose parts are common words anyway. Without them the
// dictionary loads three times faster (≈0.5 s instead of ≈1.7 s), the
// compounds are indexed as their parts, and the character bigrams still
// match them as a whole.
const minDictFreq = 5

// New loads gse's embedded Simplified Chinese dictionary (Traditional text is
// folded to Simplified before segmentation, so one dictionary serves both) and
// the stop lists. Loading takes about half a second and tens of megabytes of
// heap, which is why it happens once per process.
func New() (*Analyzer, error) {
	start := time.Now()
	a := &Analyzer{ruStop: analysis.NewTokenMap(), enStop: analysis.NewTokenMap(), hans: newHanCache()}
	a.seg.SkipLog = true
	a.seg.MinTokenFreq = minDictFreq
	if err := a.seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("textproc: load Chinese dictionary: %w", err)
	}
	if err := a.ruStop.LoadBytes(ru.RussianStopWords); err != nil {
		return nil, fmt.Errorf("textproc: russian stop words: %w", err)
	}
	if err := a.enStop.LoadBytes(en.EnglishStopWords); err != nil {
		return nil, fmt.Errorf("textproc: english stop words: %w", err)
	}
	a.LoadTime = time.Since(start)
	return a, nil
}

// Tokens analyses text in the given mode. Positions count words; a dropped
// stop word leaves a gap, so that a phrase query built from the same analysis
// keeps its spacing. Chinese sub-words found in search mode (科学院 inside
// 中国科学院) share the position of the word that contains them.
func (a *Analyzer) Tokens(text string, mode Mode) []Token {
	var out []Token
	pos := 0
	for _, r := range runs(text) {
		if r.script == ScriptHan {
			out = a.hanCached(out, text, r, mode, &pos)
			continue
		}
		pos++
		word := text[r.start:r.end]
		term := foldWord(word)
		if r.script == ScriptLatin {
			term = trimApostrophes(term)
		}
		if term == "" {
			continue
		}
		tok := Token{Term: term, Start: r.start, End: r.end, Pos: pos, Script: r.script}
		if mode == ModeExact {
			out = append(out, tok)
			continue
		}
		if stopped := a.stop(term, r.script); stopped {
			continue
		}
		tok.Term = stem(term, r.script)
		out = append(out, tok)
		// Snowball reads -ен/-ена as verb endings, so «метрополитен» and
		// «метрополитена» stem to «метрополит» while «метрополитеном»
		// keeps «метрополитен». A second, inflection-only stem at the same
		// position ties all the case forms of a noun together.
		if r.script == ScriptCyrillic {
			if light := lightStemRU(term); light != tok.Term {
				tok.Term = light
				out = append(out, tok)
			}
		}
	}
	return out
}

// stop reports whether term is a Russian or English stop word.
func (a *Analyzer) stop(term string, sc Script) bool {
	switch sc {
	case ScriptCyrillic:
		return a.ruStop[term]
	case ScriptLatin:
		return a.enStop[term]
	}
	return false
}

// minStemRunes keeps short words whole: they are mostly abbreviations (ИИ,
// МГУ, AI, CAD) that a stemmer would mangle.
const minStemRunes = 4

// stem applies the Snowball stemmer of the word's script.
func stem(term string, sc Script) string {
	if utf8.RuneCountInString(term) < minStemRunes {
		return term
	}
	switch sc {
	case ScriptCyrillic:
		env := snowballstem.NewEnv(term)
		russian.Stem(env)
		return env.Current()
	case ScriptLatin:
		if !hasLetter(term) {
			return term
		}
		env := snowballstem.NewEnv(term)
		english.Stem(env)
		return env.Current()
	}
	return term
}

// trimApostrophes turns "expert's" into "expert" and "o'neil" into "oneil".
func trimApostrophes(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	if strings.ContainsAny(s, "'’") {
		s = strings.NewReplacer("'", "", "’", "").Replace(s)
	}
	return s
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return true
		}
	}
	return false
}
