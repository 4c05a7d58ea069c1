package demo

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textCtx is what the templates of one language need about an expert. All
// strings are already in that language.
type textCtx struct {
	female   bool
	academic bool
	position string
	org      string
	sphere   string   // label of the main sub-sphere
	terms    []string // the expert's concepts, at least three
	years    int      // years of experience
}

// outKind indexes the output kinds the generator produces.
type outKind int

const (
	publication outKind = iota
	patent
	project
	practice
	talk
	numOutKinds
)

var outKindNames = [numOutKinds]string{"publication", "patent", "project", "practice", "talk"}

// outCtx is what a title or abstract template needs.
type outCtx struct {
	a, b     string // two distinct concepts in the output's language
	year     int
	lastYear int // end of a project
}

// langText holds every template of one language.
type langText struct {
	intro    []func(*textCtx) string // first sentence of a bio
	more     []func(*textCtx) string // further sentences, 1–3 of them used
	titles   [numOutKinds][]func(*outCtx) string
	abstract [numOutKinds]func(*outCtx) string
}

func textFor(lang string) *langText {
	switch lang {
	case "ru":
		return &ruText
	case "zh":
		return &zhText
	}
	return &enText
}

// list joins terms the way the language enumerates: "a, b и c", "a、b和c".
func list(terms []string, sep, and string) string {
	switch len(terms) {
	case 0:
		return ""
	case 1:
		return terms[0]
	}
	return strings.Join(terms[:len(terms)-1], sep) + and + terms[len(terms)-1]
}

// capitalize upper-cases the first letter, for titles and sentence starts.
// Chinese text is unaffected.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases the first letter of a label used mid-sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// ruYears gives "1 год", "3 года", "11 лет", "25 лет".
func ruYears(n int) string {
	word := "лет"
	switch m := n % 100; {
	case m >= 11 && m <= 14:
	case n%10 == 1:
		word = "год"
	case n%10 >= 2 && n%10 <= 4:
		word = "года"
	}
	return strconv.Itoa(n) + " " + word
}

func itoa(n int) string { return strconv.Itoa(n) }
