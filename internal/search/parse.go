package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes that open and close a phrase: ASCII, Russian and English typographic.
const (
	openQuotes  = "\"«“"
	closeQuotes = "\"»”"
)

// Parsed is free query text split into its parts.
type Parsed struct {
	Words    []string // plain words: any of them may match
	Phrases  []string // "quoted phrases": each must match as a phrase
	Excluded []string // -words and -"phrases": none may match
}

// Parse splits query text. A quote left open runs to the end of the text; a
// lone "-" is ignored.
func Parse(text string) Parsed {
	var p Parsed
	rest := strings.TrimSpace(text)
	for rest != "" {
		neg := false
		if rest[0] == '-' {
			neg = true
			rest = rest[1:]
		}
		var part string
		quoted := false
		if r, n := utf8.DecodeRuneInString(rest); strings.ContainsRune(openQuotes, r) {
			quoted = true
			body := rest[n:]
			end := strings.IndexAny(body, closeQuotes)
			if end < 0 {
				part, rest = body, ""
			} else {
				_, m := utf8.DecodeRuneInString(body[end:])
				part, rest = body[:end], body[end+m:]
			}
		} else {
			end := strings.IndexFunc(rest, unicode.IsSpace)
			if end < 0 {
				end = len(rest)
			}
			part, rest = rest[:end], rest[end:]
		}
		rest = strings.TrimSpace(rest)
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case neg:
			p.Excluded = append(p.Excluded, part)
		case quoted:
			p.Phrases = append(p.Phrases, part)
		default:
			p.Words = append(p.Words, part)
		}
	}
	return p
}
