package translit

import (
	"strings"
	"unicode"
)

// System is a Russian-to-Latin romanisation system.
type System uint8

// The romanisation systems people meet for Russian names.
const (
	// ICAO is ICAO Doc 9303 as used in Russian passports since 2014
	// (ю iu, я ia, ъ ie, ц ts, й i, х kh, щ shch).
	ICAO System = iota
	// GOST52535 is GOST R 52535.1-2006, the 2010–2014 passport form (ц tc).
	GOST52535
	// MVD2000 is the MVD order 782-2000 passport form (ю yu, я ya, й y).
	MVD2000
	// BGN is BGN/PCGN 1947 (ye after vowels, ë, primes for ь and ъ).
	BGN
	// GOST779B is GOST 7.79-2000 system B (ц cz/c, щ shh, х x, й j).
	GOST779B
	// Practical is the common English-language form (Yuri, Dmitry,
	// Alexander, -sky, Tatiana, Natalia, Sergei).
	Practical
)

// systems lists every system in a stable order.
var systems = []System{ICAO, GOST52535, MVD2000, BGN, GOST779B, Practical, German}

// String names the system.
func (s System) String() string {
	switch s {
	case ICAO:
		return "icao"
	case GOST52535:
		return "gost52535"
	case MVD2000:
		return "mvd2000"
	case BGN:
		return "bgn"
	case GOST779B:
		return "gost779b"
	case Practical:
		return "practical"
	case German:
		return "german"
	}
	return "unknown"
}

// ruBase is the letter table shared by the passport systems; each system
// below lists only where it departs from it.
var ruBase = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "ie", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iu",
	'я': "ia",
	// Letters of Ukrainian and Belarusian names met in Russian records.
	'і': "i", 'ї': "i", 'є': "ie", 'ґ': "g", 'ў': "u",
}

var ruOverrides = [...]map[rune]string{
	ICAO:      {},
	GOST52535: {'ц': "tc", 'ъ': ""},
	MVD2000:   {'й': "y", 'ъ': "", 'ю': "yu", 'я': "ya"},
	BGN:       {'ё': "ë", 'й': "y", 'ъ': "\u201d", 'ь': "\u2019", 'ю': "yu", 'я': "ya"},
	GOST779B: {'ё': "yo", 'й': "j", 'х': "x", 'ц': "cz", 'щ': "shh", 'ъ': "``", 'ы': "y`",
		'ь': "`", 'э': "e`", 'ю': "yu", 'я': "ya", 'і': "i'"},
	Practical: {'ё': "yo", 'й': "y", 'ъ': "", 'ю': "yu", 'я': "ya"},
}

func isRuVowel(r rune) bool {
	switch r {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я':
		return true
	}
	return false
}

// RuToLatin romanises the Cyrillic letters of s in the given system and
// keeps everything else. Capitalisation follows the source letter (Ж → Zh,
// ЖУК → ZHUK).
func RuToLatin(s string, sys System) string {
	switch sys {
	case Practical:
		return practicalText(s)
	case German:
		return germanText(s)
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) * 2)
	for i, r := range rs {
		lr := unicode.ToLower(r)
		out, ok := ruLetter(rs, i, lr, sys)
		if !ok {
			b.WriteRune(r)
			continue
		}
		writeCased(&b, out, r != lr, rs, i)
	}
	return b.String()
}

// ruLetter romanises the letter at rs[i] (lower-cased as lr) with the
// context rules of sys.
func ruLetter(rs []rune, i int, lr rune, sys System) (string, bool) {
	out, ok := ruOverrides[sys][lr]
	if !ok {
		out, ok = ruBase[lr]
	}
	if !ok {
		return "", false
	}
	prev, next := runeAt(rs, i-1), runeAt(rs, i+1)
	switch sys {
	case BGN:
		// ye/yë word-initially and after vowels, й, ъ and ь.
		if lr == 'е' || lr == 'ё' {
			if !isCyrLetter(prev) || isRuVowel(prev) || prev == 'й' || prev == 'ъ' || prev == 'ь' {
				out = "y" + out
			}
		}
		// The middle dot keeps t·s, sh·ch, k·h, s·h and z·h from reading as
		// one letter; й and ы before a, u, y, e get y·.
		switch {
		case lr == 'т' && next == 'с', lr == 'ш' && next == 'ч',
			(lr == 'к' || lr == 'с' || lr == 'з') && next == 'х':
			out += "·"
		case (lr == 'й' || lr == 'ы') && isVowelAUYE(next):
			out += "·"
		}
	case GOST779B:
		if lr == 'ц' && (next == 'е' || next == 'и' || next == 'ы' || next == 'й' || next == 'і') {
			out = "c"
		}
	}
	return out, true
}

func isVowelAUYE(r rune) bool {
	return r == 'а' || r == 'у' || r == 'ы' || r == 'э'
}

func runeAt(rs []rune, i int) rune {
	if i < 0 || i >= len(rs) {
		return 0
	}
	return unicode.ToLower(rs[i])
}

func isCyrLetter(r rune) bool {
	return r >= 0x400 && r <= 0x52f && unicode.IsLetter(r)
}

// writeCased writes out in the case of the source letter: all capitals when
// the neighbouring letters are capitals too, otherwise a capital first letter.
func writeCased(b *strings.Builder, out string, upper bool, rs []rune, i int) {
	if !upper || out == "" {
		b.WriteString(out)
		return
	}
	allCaps := (i+1 < len(rs) && unicode.IsUpper(rs[i+1])) || (i > 0 && unicode.IsUpper(rs[i-1]) && !(i+1 < len(rs) && unicode.IsLower(rs[i+1])))
	if allCaps {
		b.WriteString(strings.ToUpper(out))
		return
	}
	b.WriteString(capitalize(out))
}

// RuToLatinAll returns s in every system, de-duplicated, in the order of AllSystems.
func RuToLatinAll(s string) []string {
	out := make([]string, 0, len(systems))
	for _, sys := range systems {
		out = appendUnique(out, RuToLatin(s, sys))
	}
	return out
}

func appendUnique(list []string, items ...string) []string {
	for _, it := range items {
		if it == "" {
			continue
		}
		dup := false
		for _, have := range list {
			if have == it {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

// AllSystems lists every romanisation system in a stable order.
func AllSystems() []System { return append([]System(nil), systems...) }
