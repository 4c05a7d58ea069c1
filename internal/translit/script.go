package translit

import (
	"strings"
	"unicode"
)

// Script is the writing system of a name or name part.
type Script uint8

// The scripts the package distinguishes.
const (
	ScriptOther Script = iota
	ScriptLatin
	ScriptCyrillic
	ScriptHan
)

// String names the script for logs and evidence.
func (s Script) String() string {
	switch s {
	case ScriptLatin:
		return "latin"
	case ScriptCyrillic:
		return "cyrillic"
	case ScriptHan:
		return "han"
	}
	return "other"
}

func runeScript(r rune) Script {
	switch {
	case r < 0x80:
		if (r|0x20) >= 'a' && (r|0x20) <= 'z' {
			return ScriptLatin
		}
		return ScriptOther
	case r >= 0x400 && r <= 0x52f:
		return ScriptCyrillic
	case isHan(r):
		return ScriptHan
	case unicode.IsLetter(r) && unicode.In(r, unicode.Latin):
		return ScriptLatin
	}
	return ScriptOther
}

func isHan(r rune) bool {
	return (r >= 0x4e00 && r <= 0x9fff) || (r >= 0x3400 && r <= 0x4dbf) ||
		(r >= 0xf900 && r <= 0xfaff) || (r >= 0x20000 && r <= 0x2ebef)
}

// DetectScript returns the script most letters of s are written in.
func DetectScript(s string) Script {
	var n [4]int
	for _, r := range s {
		n[runeScript(r)]++
	}
	best := ScriptOther
	for sc := ScriptLatin; sc <= ScriptHan; sc++ {
		if n[sc] > n[best] || (best == ScriptOther && n[sc] > 0) {
			best = sc
		}
	}
	return best
}

// isNameDot reports the separators written between parts of a foreign name
// in Chinese (the middle dot and its look-alikes).
func isNameDot(r rune) bool {
	switch r {
	case '·', '・', '•', '‧', '⋅', '･', '∙', '．':
		return true
	}
	return false
}

// splitWords splits a name on white space, commas, semicolons and middle
// dots. Hyphens and full stops stay inside words; callers decide about them.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == '/' || r == '(' || r == ')' || isNameDot(r)
	})
}

// latinFold maps Latin letters with diacritics to plain ASCII. Háček letters
// become digraphs because that is how scholarly transliterations of Russian
// (č, š, ž, šč) are read by people who retype them.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a", 'ǎ': "a",
	'ç': "c", 'ć': "c", 'č': "ch", 'ĉ': "c",
	'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'ĕ': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ǐ': "i", 'ĭ': "i", 'ı': "i",
	'ł': "l", 'ľ': "l", 'ĺ': "l",
	'ñ': "n", 'ń': "n", 'ň': "n", 'ǹ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ō': "o", 'ǒ': "o", 'ő': "o", 'ø': "o", 'ŏ': "o",
	'ŕ': "r", 'ř': "r",
	'ś': "s", 'š': "sh", 'ş': "s", 'ß': "ss",
	'ť': "t", 'ţ': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ǔ': "u", 'ǖ': "u", 'ǘ': "u", 'ǚ': "u", 'ǜ': "u", 'ů': "u", 'ű': "u", 'ŭ': "u",
	'ý': "y", 'ÿ': "y",
	'ź': "z", 'ż': "z", 'ž': "zh",
	'ḿ': "m",
}

// lowerPlain lower-cases a Latin string and removes diacritics; letters of
// other scripts are lower-cased and kept, everything else is dropped.
func lowerPlain(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r < 0x80:
			// punctuation, digits, apostrophes: not part of a name key
		default:
			if f, ok := latinFold[r]; ok {
				b.WriteString(f)
			} else if unicode.IsLetter(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
