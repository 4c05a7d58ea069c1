package translit

import (
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// ZhName is a Chinese name split into family and given name, with the
// tone-marked pinyin of each character (ü written as ü).
type ZhName struct {
	Family, Given       string   // characters
	FamilySyl, GivenSyl []string // one tone-marked syllable per character
	// GivenAlt holds further readings of the given name when one of its
	// characters is read more than one way in names.
	GivenAlt [][]string
}

// charReading returns the first dictionary reading of r, tone-marked.
func charReading(r rune) string {
	v, ok := pinyin.PinyinDict[int(r)]
	if !ok {
		return ""
	}
	if i := strings.IndexByte(v, ','); i >= 0 {
		v = v[:i]
	}
	return v
}

// ParseZh splits a Chinese personal name into family and given name:
// a compound family name when the first two characters form one, else the
// first character. Characters without a reading are skipped in the pinyin.
func ParseZh(s string) ZhName {
	s = strings.Map(func(r rune) rune {
		if isHan(r) {
			return r
		}
		return -1
	}, s)
	var n ZhName
	if s == "" {
		return n
	}
	rs := []rune(s)
	if len(rs) >= 3 {
		if syl, ok := compoundSurnames[string(rs[:2])]; ok {
			n.Family, n.FamilySyl = string(rs[:2]), []string{syl[0], syl[1]}
			n.setGiven(rs[2:])
			return n
		}
	}
	n.Family = string(rs[0])
	if syl, ok := surnameReadings[rs[0]]; ok {
		n.FamilySyl = []string{syl}
	} else if syl := charReading(rs[0]); syl != "" {
		n.FamilySyl = []string{syl}
	}
	n.setGiven(rs[1:])
	return n
}

func (n *ZhName) setGiven(rs []rune) {
	n.Given = string(rs)
	alt := false
	for _, r := range rs {
		if h, ok := givenHeteronyms[r]; ok {
			n.GivenSyl = append(n.GivenSyl, h[0])
			alt = alt || len(h) > 1
			continue
		}
		if syl := charReading(r); syl != "" {
			n.GivenSyl = append(n.GivenSyl, syl)
		}
	}
	if !alt {
		return
	}
	// One variant per heteronym character, the others at their first
	// reading: enough for the realistic spellings, bounded in number.
	for i, r := range rs {
		h := givenHeteronyms[r]
		for _, reading := range h[min(1, len(h)):] {
			v := append([]string(nil), n.GivenSyl...)
			if i < len(v) {
				v[i] = reading
				n.GivenAlt = append(n.GivenAlt, v)
			}
		}
	}
}

// hanToPinyinSyl reads a run of characters as a name when possible (family
// name readings first), otherwise character by character.
func hanToPinyinSyl(s string) []string {
	n := ParseZh(s)
	return append(append([]string(nil), n.FamilySyl...), n.GivenSyl...)
}

// UStyle says how ü is written.
type UStyle uint8

// The ways ü (in lü, nü, lüe, nüe) is written in practice.
const (
	UYu        UStyle = iota // lyu, nyu: GB/T 28039 where ü is unavailable (passports)
	UDiaeresis               // lü
	UV                       // lv: keyboard input
	UPlain                   // lu: ü dropped
)

// PinyinStyle configures how a syllable sequence is written.
type PinyinStyle struct {
	Tones        bool   // keep tone marks (ü then always written ü)
	U            UStyle // ü spelling when Tones is false
	NoApostrophe bool   // drop the syllable-dividing apostrophe (Xi'an → Xian)
	Hyphen       bool   // join syllables with hyphens (Xiao-ming)
}

var toneless = map[rune]rune{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a', 'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i', 'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u', 'ǖ': 'ü', 'ǘ': 'ü', 'ǚ': 'ü', 'ǜ': 'ü',
	'ń': 'n', 'ň': 'n', 'ǹ': 'n', 'ḿ': 'm', 'ê': 'e',
}

// plainSyllable removes tone marks and keeps ü.
func plainSyllable(s string) string {
	return strings.Map(func(r rune) rune {
		if t, ok := toneless[r]; ok {
			return t
		}
		return r
	}, s)
}

// writeU spells ü in the requested style.
func writeU(s string, u UStyle) string {
	if !strings.ContainsRune(s, 'ü') {
		return s
	}
	switch u {
	case UYu:
		return strings.ReplaceAll(s, "ü", "yu")
	case UV:
		return strings.ReplaceAll(s, "ü", "v")
	case UPlain:
		return strings.ReplaceAll(s, "ü", "u")
	}
	return s
}

// JoinPinyin writes syllables as one word per GB/T 28039: joined, with an
// apostrophe before a syllable beginning with a, o or e, capitalised.
func JoinPinyin(syl []string, st PinyinStyle) string {
	var b strings.Builder
	for i, s := range syl {
		if !st.Tones {
			s = writeU(plainSyllable(s), st.U)
		}
		if i > 0 {
			first, _ := utf8.DecodeRuneInString(plainSyllable(s))
			switch {
			case st.Hyphen:
				b.WriteByte('-')
			case !st.NoApostrophe && (first == 'a' || first == 'o' || first == 'e'):
				b.WriteByte('\'')
			}
		}
		b.WriteString(s)
	}
	return capitalize(b.String())
}

// Latin writes the name family first, e.g. "Zhang Wei", "Ouyang Nana".
func (n ZhName) Latin(st PinyinStyle) string {
	fam, giv := JoinPinyin(n.FamilySyl, st), JoinPinyin(n.GivenSyl, st)
	return strings.TrimSpace(fam + " " + giv)
}

// ZhToPinyin writes a Chinese name in GB/T 28039-2011 form (family name
// first, each part one word, ü as yu): 张伟 → "Zhang Wei".
func ZhToPinyin(s string) string {
	return ParseZh(s).Latin(PinyinStyle{})
}
