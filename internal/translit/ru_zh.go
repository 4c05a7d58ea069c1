package translit

import (
	"strings"
	"unicode"
)

// yoFold writes ё as е: the dictionaries are keyed with ё, people often
// type е.
func yoFold(s string) string { return strings.ReplaceAll(s, "ё", "е") }

func foldKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[yoFold(k)] = v
	}
	return out
}

var (
	ruZhMaleYo     = foldKeys(ruZhGivenMale)
	ruZhFemaleYo   = foldKeys(ruZhGivenFemale)
	ruZhSurnamesYo = foldKeys(ruZhSurnames)
	ruZhPatrYo     = foldKeys(ruZhPatronymic)
)

// ruGivenLookup finds a first name in the dictionary, ё or е alike.
func ruGivenLookup(w string) (zh string, female, ok bool) {
	k := yoFold(strings.ToLower(w))
	if zh, ok = ruZhFemaleYo[k]; ok {
		return zh, true, true
	}
	zh, ok = ruZhMaleYo[k]
	return zh, false, ok
}

// RuToZh writes one Russian name word in Chinese characters: the
// conventional form when the dictionary has it, otherwise by the Xinhua
// table. female selects the characters of women's names and the feminine
// family-name endings.
func RuToZh(word string, role Role, female bool) string {
	var parts []string
	for _, w := range strings.Split(word, "-") { // double-barrelled names
		if w != "" {
			parts = append(parts, ruWordToZh(strings.ToLower(w), role, female))
		}
	}
	return strings.Join(parts, "-")
}

func ruWordToZh(w string, role Role, female bool) string {
	k := yoFold(w)
	switch role {
	case RoleGiven:
		if zh, _, ok := ruGivenLookup(k); ok {
			return zh
		}
		return ruZhRules([]rune(w), female, true)
	case RolePatronymic:
		return ruPatronymicToZh(k, female)
	}
	return ruFamilyToZh(k, female)
}

func ruFamilyToZh(k string, female bool) string {
	if zh, ok := ruZhSurnamesYo[k]; ok {
		return zh
	}
	// Feminine forms are written from the masculine one: 伊万诺夫 → 伊万诺娃.
	switch {
	case strings.HasSuffix(k, "ская") || strings.HasSuffix(k, "цкая"):
		masc := ruFamilyToZh(strings.TrimSuffix(k, "ая")+"ий", false)
		if strings.HasSuffix(masc, "基") {
			return strings.TrimSuffix(masc, "基") + "卡娅"
		}
	case strings.HasSuffix(k, "ова") || strings.HasSuffix(k, "ева"):
		masc := ruFamilyToZh(strings.TrimSuffix(k, "а"), false)
		if strings.HasSuffix(masc, "夫") {
			return strings.TrimSuffix(masc, "夫") + "娃"
		}
	case strings.HasSuffix(k, "ина") || strings.HasSuffix(k, "ына"):
		return ruFamilyToZh(strings.TrimSuffix(k, "а"), false) + "娜"
	}
	return ruZhRules([]rune(k), female, false)
}

// ruPatronymicToZh writes a patronymic from the surname-like stem it is
// built on: Петрович = Петров + ич → 彼得罗 + 维奇; Петровна → 彼得罗夫 + 娜.
func ruPatronymicToZh(k string, female bool) string {
	if zh, ok := ruZhPatrYo[k]; ok {
		return zh
	}
	switch {
	case strings.HasSuffix(k, "вич"):
		stem := ruFamilyToZh(strings.TrimSuffix(k, "ич"), false)
		if strings.HasSuffix(stem, "夫") {
			return strings.TrimSuffix(stem, "夫") + "维奇"
		}
	case strings.HasSuffix(k, "вна"):
		stem := ruFamilyToZh(strings.TrimSuffix(k, "на"), false)
		if strings.HasSuffix(stem, "夫") {
			return stem + "娜"
		}
	}
	return ruZhRules([]rune(k), female, false)
}

// ruZhSuffixes are adjectival family-name endings; т/д + ск is heard as ц
// (Вернадский 维尔纳茨基).
var ruZhSuffixes = []struct{ ru, zh string }{
	{"тский", "茨基"}, {"дский", "茨基"}, {"тская", "茨卡娅"}, {"дская", "茨卡娅"},
	{"ский", "斯基"}, {"цкий", "茨基"}, {"ская", "斯卡娅"}, {"цкая", "茨卡娅"},
}

// ruZhRules applies the Xinhua table letter by letter.
func ruZhRules(w []rune, female, given bool) string {
	suffix := ""
	for _, e := range ruZhSuffixes {
		if n := len([]rune(e.ru)); len(w) > n && string(w[len(w)-n:]) == e.ru {
			w, suffix = w[:len(w)-n], e.zh
			break
		}
	}
	var b strings.Builder
	for i := 0; i < len(w); {
		r := w[i]
		switch {
		case isRuVowel(r):
			i = ruZhVowel(&b, w, i, female)
		case r == 'ь' || r == 'ъ':
			i++
		case r == 'й':
			if !isRuVowel(runeAt(w, i+1)) {
				b.WriteString("伊")
			}
			i++
		case !unicode.IsLetter(r):
			i++
		default:
			i = ruZhConsonant(&b, w, i, female, given)
		}
	}
	b.WriteString(suffix)
	return b.String()
}

func ruZhConsonant(b *strings.Builder, w []rune, i int, female, given bool) int {
	r, next := w[i], runeAt(w, i+1)
	if next == r && r != 'н' {
		return i + 1 // a doubled consonant is written once
	}
	if next == 'ь' {
		if after := runeAt(w, i+2); isRuVowel(after) {
			b.WriteString(ruZhCV(r, 'и', female && given, false))
			return i + 2 // the vowel that follows is read iotated, alone
		}
		if r == 'л' && i+2 >= len(w) {
			b.WriteString("利")
		} else {
			b.WriteString(ruZhTable[ruZhKey{r, 0}])
		}
		return i + 2
	}
	if isRuVowel(next) {
		return ruZhSyllable(b, w, i, female, given)
	}
	if (r == 'в' || r == 'ф') && i == 0 {
		b.WriteString("弗")
	} else {
		b.WriteString(ruZhTable[ruZhKey{r, 0}])
	}
	return i + 1
}

// ruZhCV is a consonant+vowel character, women's forms when female. Family
// names take them only in the ending (final); callers pass female=false
// inside a family name.
func ruZhCV(c, v rune, female, final bool) string {
	return ruZhCVIn(c, v, female, final, true)
}

// ruZhCVIn is ruZhCV; inner=false limits women's characters to the ending
// proper (娃, 娅, 莎, 卡), as in family names.
func ruZhCVIn(c, v rune, female, final, inner bool) string {
	if female {
		k := string([]rune{c, v})
		if final {
			if zh, ok := ruZhFemaleFinal[k]; ok {
				return zh
			}
			if v == 'я' {
				return ruZhCVIn(c, 'и', inner, false, inner) + "娅"
			}
		}
		if zh, ok := ruZhFemale[k]; ok && inner {
			return zh
		}
	}
	return ruZhTable[ruZhKey{c, v}]
}

func ruZhSyllable(b *strings.Builder, w []rune, i int, female, given bool) int {
	c, v, j := w[i], w[i+1], i+2
	switch runeAt(w, j) {
	case 'й':
		switch v {
		case 'а':
			if zh, ok := ruZhNasal[string(c)+"ай"]; ok {
				b.WriteString(zh)
				return j + 1
			}
		case 'е', 'и', 'ы':
			b.WriteString(ruZhCV(c, v, female && given, false))
			return j + 1
		}
		b.WriteString(ruZhCV(c, v, female && given, false) + "伊")
		return j + 1
	case 'н':
		after := runeAt(w, j+1)
		// A woman's first name in -ина: 伊琳娜, 加林娜.
		if female && given && v == 'и' && after == 'а' && j+2 == len(w) {
			if c == 'л' || c == 'р' {
				b.WriteString("琳")
			} else {
				b.WriteString(ruZhNasal[string(c)+"ин"])
			}
			return j
		}
		// After в, м, п, л the н is heard twice: Иванов 伊万诺夫.
		if v == 'а' && isRuVowel(after) && strings.ContainsRune("вмпл", c) {
			b.WriteString(ruZhNasal[string(c)+"ан"])
			return j
		}
		if !isRuVowel(after) && after != 'н' || after == 'н' && v != 'и' {
			if zh, ok := ruZhNasal[string([]rune{c, v, 'н'})]; ok {
				b.WriteString(zh)
				if after == 'ь' {
					return j + 2
				}
				return j + 1
			}
		}
	}
	final := j == len(w)
	b.WriteString(ruZhCVIn(c, v, female && (given || final), final, given))
	return j
}

// ruZhVowel writes a vowel that has no consonant before it.
func ruZhVowel(b *strings.Builder, w []rune, i int, female bool) int {
	v, next := w[i], runeAt(w, i+1)
	if next == 'й' {
		switch v {
		case 'а':
			b.WriteString("艾")
		case 'е':
			b.WriteString("耶")
		case 'о':
			b.WriteString("奥伊")
		case 'у':
			b.WriteString("乌伊")
		default:
			b.WriteString(ruZhTable[ruZhKey{0, v}])
		}
		return i + 2
	}
	if next == 'н' {
		after := runeAt(w, i+2)
		zh, ok := ruZhNasal[string([]rune{v, 'н'})]
		if ok && (!isRuVowel(after) || v == 'я') {
			b.WriteString(zh)
			if isRuVowel(after) {
				return i + 1 // the н also opens the next syllable: 塔季扬娜
			}
			if after == 'ь' {
				return i + 3
			}
			return i + 2
		}
	}
	switch {
	case v == 'е' && i == 0:
		b.WriteString("叶")
	case v == 'я' && female && i == len(w)-1:
		b.WriteString("娅")
	case v == 'я' && i == 0:
		b.WriteString("亚")
	default:
		b.WriteString(ruZhTable[ruZhKey{0, v}])
	}
	return i + 1
}

// ZhNameOrders are the orders RuNameToZh writes a Russian name in.
type ZhNameOrders struct {
	Full        string // 玛丽亚·谢尔盖耶夫娜·伊万诺娃: the Chinese convention
	Short       string // 玛丽亚·伊万诺娃
	FamilyFirst string // 伊万诺娃·玛丽亚·谢尔盖耶夫娜: the Russian record order
	FamilyShort string // 伊万诺娃·玛丽亚
}

// Parts returns the distinct forms, the conventional one first.
func (o ZhNameOrders) Parts() []string {
	return appendUnique(nil, o.Full, o.Short, o.FamilyFirst, o.FamilyShort)
}

// RuNameToZh writes a Russian name given as "Family Given Patronymic" in
// Chinese, joined by the middle dot, in both orders.
func RuNameToZh(s string) ZhNameOrders {
	n := ParseRu(s)
	z := ruNameZh(n)
	join := func(parts ...string) string {
		return strings.Join(appendUnique(nil, parts...), "·")
	}
	return ZhNameOrders{
		Full:        join(z.Given, z.Patronymic, z.Family),
		Short:       join(z.Given, z.Family),
		FamilyFirst: join(z.Family, z.Given, z.Patronymic),
		FamilyShort: join(z.Family, z.Given),
	}
}

// ruNameZh writes each part of a Russian name in characters.
func ruNameZh(n Name) Name {
	female := ruFemale(n)
	var z Name
	if n.Family != "" {
		z.Family = RuToZh(n.Family, RoleFamily, female)
	}
	if n.Given != "" {
		z.Given = RuToZh(n.Given, RoleGiven, female)
	}
	if n.Patronymic != "" {
		z.Patronymic = RuToZh(n.Patronymic, RolePatronymic, female)
	}
	return z
}
