package translit

import (
	"strings"
	"unicode"
)

// Palladius is the Russian system for writing Chinese (system of archimandrite
// Palladius, as fixed in the standard Russian–Chinese transcription tables).

var palInitials = []struct{ py, cy string }{
	{"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"},
	{"d", "д"}, {"t", "т"}, {"n", "н"}, {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"},
	{"j", "цз"}, {"q", "ц"}, {"x", "с"}, {"r", "ж"}, {"z", "цз"}, {"c", "ц"}, {"s", "с"},
}

// palFinals are finals after an initial.
var palFinals = map[string]string{
	"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй",
	"en": "энь", "eng": "эн", "o": "о", "ong": "ун", "ou": "оу", "i": "и", "ia": "я",
	"ian": "янь", "iang": "ян", "iao": "яо", "ie": "е", "in": "инь", "ing": "ин",
	"iong": "юн", "iu": "ю", "u": "у", "ua": "уа", "uai": "уай", "uan": "уань",
	"uang": "уан", "ui": "уй", "un": "унь", "uo": "о", "v": "юй", "ve": "юэ",
}

// palWhole are syllables without an initial or with a special form.
var palWhole = map[string]string{
	"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй",
	"en": "энь", "eng": "эн", "er": "эр", "o": "о", "ou": "оу",
	"ya": "я", "yan": "янь", "yang": "ян", "yao": "яо", "ye": "е", "yi": "и", "yin": "инь",
	"ying": "ин", "yo": "ё", "yong": "юн", "you": "ю", "yu": "юй", "yuan": "юань",
	"yue": "юэ", "yun": "юнь", "wa": "ва", "wai": "вай", "wan": "вань", "wang": "ван",
	"wei": "вэй", "wen": "вэнь", "weng": "вэн", "wo": "во", "wu": "у",
	"zi": "цзы", "ci": "цы", "si": "сы", "hui": "хуэй",
	"ju": "цзюй", "qu": "цюй", "xu": "сюй", "jue": "цзюэ", "que": "цюэ", "xue": "сюэ",
	"juan": "цзюань", "quan": "цюань", "xuan": "сюань", "jun": "цзюнь", "qun": "цюнь",
	"xun": "сюнь",
}

// palladiusSyllable writes one toneless pinyin syllable (ü as v or ü).
func palladiusSyllable(syl string) string {
	syl = strings.ReplaceAll(plainSyllable(strings.ToLower(syl)), "ü", "v")
	if c, ok := syllableAliases[syl]; ok {
		syl = c
	}
	if c, ok := palWhole[syl]; ok {
		return c
	}
	for _, p := range palInitials {
		if strings.HasPrefix(syl, p.py) {
			if f, ok := palFinals[syl[len(p.py):]]; ok {
				return p.cy + f
			}
			break
		}
	}
	return ""
}

// palladiusWord joins syllables as one Cyrillic word, writing ъ between a
// syllable ending in н (a -ng final) and one beginning with a vowel
// (长安 Чанъань), as the transcription rules require.
func palladiusWord(syl []string) (string, bool) {
	var b strings.Builder
	prevN := false
	for i, s := range syl {
		c := palladiusSyllable(s)
		if c == "" {
			return "", false
		}
		if i > 0 && prevN && strings.ContainsRune("аеёиоуыэюя", []rune(c)[0]) {
			b.WriteString("ъ")
		}
		b.WriteString(c)
		prevN = strings.HasSuffix(c, "н")
	}
	return capitalize(b.String()), true
}

// PinyinToCyrillic writes pinyin in the Palladius system word by word:
// "Zhang Wei" → "Чжан Вэй", "Ouyang Nana" → "Оуян Нана". Words that are not
// pinyin are kept as they are and reported by ok=false.
func PinyinToCyrillic(s string) (out string, ok bool) {
	words := strings.Fields(s)
	ok = true
	for i, w := range words {
		syl, good := SegmentPinyin(w)
		if good {
			if c, good2 := palladiusWord(syl); good2 {
				words[i] = c
				continue
			}
		}
		ok = false
	}
	return strings.Join(words, " "), ok
}

// ZhToCyrillic writes a Chinese name in Palladius, family name first, with
// the conventional Russian forms of well-known names taking precedence:
// 王小明 → "Ван Сяомин".
func ZhToCyrillic(s string) string {
	key := strings.Map(func(r rune) rune {
		if isHan(r) {
			return r
		}
		return -1
	}, s)
	if c, ok := palladiusExceptions[key]; ok {
		return c
	}
	n := ParseZh(key)
	return n.Cyrillic()
}

// Cyrillic writes the name in Palladius, family name first.
func (n ZhName) Cyrillic() string {
	fam, _ := palladiusWord(n.FamilySyl)
	giv, _ := palladiusWord(n.GivenSyl)
	return strings.TrimSpace(fam + " " + giv)
}

// palladiusExceptions are conventional Russian forms that depart from the
// system: historical figures known under older or southern spellings, and
// people known in Russia under their English names.
var palladiusExceptions = map[string]string{
	"孙中山": "Сунь Ятсен", "孫中山": "Сунь Ятсен", "孙逸仙": "Сунь Ятсен",
	"蒋介石": "Чан Кайши", "蔣介石": "Чан Кайши", "孔子": "Конфуций", "孟子": "Мэн-цзы",
	"老子": "Лао-цзы", "庄子": "Чжуан-цзы", "成龙": "Джеки Чан", "李小龙": "Брюс Ли",
	"李连杰": "Джет Ли", "吴宇森": "Джон Ву", "李安": "Энг Ли", "杨致远": "Джерри Янг",
	"陈省身": "Чэнь Шэншэнь", "丘成桐": "Яу Шинтун", "杨振宁": "Янг Чжэньнин",
	"李政道": "Ли Чжэндао", "钱学森": "Цянь Сюэсэнь", "袁隆平": "Юань Лунпин",
}

// cyrSyllables maps each Palladius syllable back to pinyin (v for ü).
var cyrSyllables = func() map[string]string {
	m := make(map[string]string, 420)
	for _, py := range strings.Fields(pinyinSyllableList) {
		c := palladiusSyllable(py)
		if _, dup := m[c]; c != "" && !dup {
			m[c] = py
		}
	}
	return m
}()

// CyrillicToPinyin reads a Palladius spelling back into pinyin word by
// word: "Чжан Сяомин" → "Zhang Xiaoming". ok is false when a word is not
// Palladius.
func CyrillicToPinyin(s string) (out string, ok bool) {
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	ok = true
	for i, w := range words {
		syl, good := segmentCyr(strings.ToLower(w))
		if !good {
			ok = false
			continue
		}
		for j, p := range syl {
			syl[j] = strings.ReplaceAll(p, "v", "ü")
		}
		words[i] = JoinPinyin(syl, PinyinStyle{Tones: true})
	}
	return strings.Join(words, " "), ok
}

// segmentCyr splits a Cyrillic word into Palladius syllables, fewest first.
func segmentCyr(w string) ([]string, bool) {
	var out []string
	for _, chunk := range strings.Split(w, "ъ") {
		rs := []rune(chunk)
		n := len(rs)
		best, next := make([]int, n+1), make([]int, n+1)
		for i := range best {
			best[i] = -1
		}
		best[n] = 0
		for i := n - 1; i >= 0; i-- {
			for l := min(6, n-i); l >= 1; l-- {
				if best[i+l] < 0 {
					continue
				}
				if _, ok := cyrSyllables[string(rs[i:i+l])]; !ok {
					continue
				}
				c := best[i+l] + 2
				if i > 0 && strings.ContainsRune("аеёиоуыэюя", rs[i]) {
					c++ // a vowel-initial syllable inside a word would have had ъ
				}
				if best[i] < 0 || c < best[i] {
					best[i], next[i] = c, i+l
				}
			}
		}
		if best[0] < 0 {
			return nil, false
		}
		for i := 0; i < n; i = next[i] {
			out = append(out, cyrSyllables[string(rs[i:next[i]])])
		}
	}
	return out, len(out) > 0
}
