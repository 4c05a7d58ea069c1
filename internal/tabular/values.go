package tabular

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"talentbridge/internal/model"
)

// valueTable maps words in any of the three languages to a canonical value
// and back: the first three names of a value are its ru, zh and en labels.
type valueTable struct {
	byName map[string]string   // folded name (see foldHeader) → value
	labels map[string][]string // value → names, ru, zh, en first
}

func newTable(groups map[string][]string) valueTable {
	t := valueTable{byName: map[string]string{}, labels: groups}
	for value, names := range groups {
		t.byName[foldHeader(value)] = value
		for _, n := range names {
			t.byName[foldHeader(n)] = value
		}
	}
	return t
}

func (t valueTable) lookup(s string) (string, bool) {
	v, ok := t.byName[foldHeader(s)]
	return v, ok
}

// label names a value in lang, or returns the value itself.
func (t valueTable) label(value, lang string) string {
	names := t.labels[value]
	for i, l := range model.Langs {
		if l == lang && i < len(names) {
			return names[i]
		}
	}
	return value
}

// The first name in each list is the label used on export in ru, zh, en.
var (
	cityTable = newTable(map[string][]string{
		model.CityMoscow:  {"Москва", "莫斯科", "Moscow", "Moskva", "Мск"},
		model.CityBeijing: {"Пекин", "北京", "Beijing", "Peking"},
		model.CityOther:   {"Другой", "其他", "Other", "Другое"},
	})
	countryTable = newTable(map[string][]string{
		"RU": {"Россия", "俄罗斯", "Russia", "РФ", "Российская Федерация", "Russian Federation", "俄罗斯联邦"},
		"CN": {"Китай", "中国", "China", "КНР", "PRC", "中华人民共和国", "People's Republic of China"},
	})
	formatTable = newTable(map[string][]string{
		"lecture":        {"Лекции", "讲座", "Lectures", "Лекция", "讲课"},
		"consulting":     {"Консультирование", "咨询", "Consulting", "Консультации", "Consultation"},
		"internship":     {"Стажировки", "实习", "Internship", "Стажировка", "Internships"},
		"joint-research": {"Совместные исследования", "联合研究", "Joint research", "合作研究"},
		"online":         {"Онлайн", "线上", "Online", "在线"},
		"mentoring":      {"Наставничество", "指导", "Mentoring", "Менторство", "导师"},
	})
	visibilityTable = newTable(map[string][]string{
		model.VisibilityPublic:       {"Всем", "公开", "Public", "Публичный", "Открытый"},
		model.VisibilityRegistered:   {"Зарегистрированным", "注册用户", "Registered", "Для зарегистрированных", "仅注册用户"},
		model.VisibilityCoordinators: {"Координаторам", "协调员", "Coordinators", "Только координаторам", "仅协调员"},
	})
	languageTable = newTable(map[string][]string{
		"ru": {"русский", "俄语", "Russian", "俄文"},
		"zh": {"китайский", "汉语", "Chinese", "中文", "普通话", "Mandarin"},
		"en": {"английский", "英语", "English", "英文"},
		"de": {"немецкий", "德语", "German"},
		"fr": {"французский", "法语", "French"},
		"es": {"испанский", "西班牙语", "Spanish"},
		"it": {"итальянский", "意大利语", "Italian"},
		"pt": {"португальский", "葡萄牙语", "Portuguese"},
		"ja": {"японский", "日语", "Japanese"},
		"ko": {"корейский", "韩语", "Korean"},
		"ar": {"арабский", "阿拉伯语", "Arabic"},
		"kk": {"казахский", "哈萨克语", "Kazakh"},
	})
)

// cityOf maps a city cell to moscow, beijing or other: the registry tells
// the two partner cities apart and calls every other place "other".
func cityOf(s string) string {
	if v, ok := cityTable.lookup(s); ok {
		return v
	}
	return model.CityOther
}

// countryOf maps a country name or an ISO code to the code.
func countryOf(s string) (string, bool) {
	if v, ok := countryTable.lookup(s); ok {
		return v, true
	}
	if s = strings.TrimSpace(s); len(s) == 2 && model.ValidCountry(strings.ToUpper(s)) {
		return strings.ToUpper(s), true
	}
	return "", false
}

// languageOf maps a language name or an ISO 639-1 code to the code.
func languageOf(s string) (string, bool) {
	if v, ok := languageTable.lookup(s); ok {
		return v, true
	}
	if s = strings.ToLower(strings.TrimSpace(s)); model.ValidLanguage(s) {
		return s, true
	}
	return "", false
}

// excelEpoch is day 0 of spreadsheet serial dates (the 1900 system, whose
// fictitious 29 February 1900 this epoch absorbs for every later date).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

var dateLayouts = []string{"2006-01-02", "02.01.2006", "2.1.2006", "2006/1/2", "2006.01.02", "2006年1月2日", "2006-1-2"}

// dateOf reads a date in the forms coordinators type (ISO, Russian
// day.month.year, Chinese year年month月day日) or a spreadsheet serial number,
// and returns it as 2006-01-02.
func dateOf(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if d, _, ok := strings.Cut(s, " "); ok { // "2024-01-31 00:00:00"
		s = d
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && n >= 1 && n < 2958466 {
		return excelEpoch.AddDate(0, 0, int(n)).Format(time.DateOnly), true
	}
	return "", false
}

// langOfText decides the language of a cell by its script: any Han
// character makes it Chinese (Chinese text often carries Latin acronyms),
// else any Cyrillic letter Russian, else any Latin letter English. Text
// without letters has no language.
func langOfText(s string) string {
	var cyr, lat bool
	for _, r := range s {
		switch {
		case r < 0x80:
			lat = lat || (r|0x20 >= 'a' && r|0x20 <= 'z')
		case unicode.Is(unicode.Han, r):
			return model.LangZH
		case unicode.Is(unicode.Cyrillic, r):
			cyr = true
		case unicode.Is(unicode.Latin, r):
			lat = true
		}
	}
	switch {
	case cyr:
		return model.LangRU
	case lat:
		return model.LangEN
	}
	return ""
}

// maxJoin bounds how many pieces of a list cell may form one value, and
// maxValueBytes how long a value made of several pieces may be (the longest
// sphere label is about a hundred bytes).
const (
	maxJoin       = 6
	maxValueBytes = 256
)

// listSeparators split a cell holding several values: ASCII and full-width
// semicolons and commas, the Chinese enumeration comma, and line breaks
// (Alt+Enter inside a spreadsheet cell).
func isListSeparator(r rune) bool {
	switch r {
	case ';', '；', ',', '，', '、', '\n', '\r':
		return true
	}
	return false
}

// splitList splits a multi-value cell, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, isListSeparator) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// matchList splits a cell into values that lookup knows, joining adjacent
// pieces back when together they form one value: a sphere label such as
// "Exchange of instructors and students, joint study" contains a comma, and
// "地铁建设、运营与技术" an enumeration comma. It returns the values found
// and the pieces that matched nothing.
//
// At most maxJoin pieces are joined, which keeps a cell of many separators
// from costing more than linear time.
func matchList(s string, lookup func(string) (string, bool)) (found, unknown []string) {
	if !strings.ContainsFunc(s, isListSeparator) {
		if v, ok := lookup(s); ok {
			return []string{v}, nil
		}
	}
	// Spans of the pieces between separators, in byte offsets.
	type span struct{ from, to int }
	var spans []span
	start := -1
	for i, r := range s {
		if isListSeparator(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	for i := 0; i < len(spans); {
		j := min(len(spans), i+maxJoin)
		for ; j > i; j-- { // longest run of pieces that is one value
			if j > i+1 && spans[j-1].to-spans[i].from > maxValueBytes {
				continue // longer than any label: not worth folding
			}
			if v, ok := lookup(s[spans[i].from:spans[j-1].to]); ok {
				found = append(found, v)
				break
			}
		}
		if j > i {
			i = j
			continue
		}
		if p := strings.TrimSpace(s[spans[i].from:spans[i].to]); p != "" {
			unknown = append(unknown, p)
		}
		i++
	}
	return found, unknown
}

// memo remembers the answers of a lookup for the values of one file, which
// repeat from row to row (the same few spheres, formats and languages).
// It stops learning at memoSize entries, so a file of unique values cannot
// make it grow without bound.
type memo struct {
	lookup func(string) (string, bool)
	seen   map[string]memoEntry
}

type memoEntry struct {
	value string
	ok    bool
}

const memoSize = 4096

func newMemo(lookup func(string) (string, bool)) *memo {
	return &memo{lookup: lookup, seen: map[string]memoEntry{}}
}

func (m *memo) get(s string) (string, bool) {
	if e, ok := m.seen[s]; ok {
		return e.value, e.ok
	}
	v, ok := m.lookup(s)
	if len(m.seen) < memoSize {
		m.seen[s] = memoEntry{v, ok}
	}
	return v, ok
}
