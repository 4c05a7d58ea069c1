package translit

import "strings"

// QueryForms expands a name query into the forms an index built with
// Aliases may hold: the query itself, its transliterations into the other
// scripts and systems, and the folded keys of its words and of the words
// run together. De-duplicated, the query first.
func QueryForms(q string) []string {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil
	}
	out := []string{q}
	switch DetectScript(q) {
	case ScriptCyrillic:
		if py, ok := CyrillicToPinyin(q); ok && !looksRussian(q) {
			out = appendUnique(out, py)
		}
		out = appendUnique(out, RuToLatin(q, ICAO), RuToLatin(q, Practical), RuToLatin(q, BGN))
		if n := ParseRu(q); n.Family != "" {
			out = appendUnique(out, RuNameToZh(q).Parts()...)
		}
	case ScriptHan:
		if !strings.ContainsFunc(q, isNameDot) {
			n := ParseZh(q)
			out = appendUnique(out, n.Latin(PinyinStyle{}), joinName(JoinPinyin(n.GivenSyl, PinyinStyle{}), JoinPinyin(n.FamilySyl, PinyinStyle{})),
				ZhToCyrillic(q), WadeGilesName(n))
			out = appendUnique(out, LegacySurnames(n.Family)...)
			out = appendUnique(out, Key(n.Family), Key(n.Given))
		}
	default:
		if IsPinyin(q) {
			if c, ok := PinyinToCyrillic(q); ok {
				out = appendUnique(out, c)
			}
		}
	}
	pq := ParseQuery(q)
	var joined strings.Builder
	for _, t := range pq.tokens {
		if !t.initial {
			out = appendUnique(out, t.key)
			joined.WriteString(t.text)
		}
	}
	if j := Key(joined.String()); j != "" {
		out = appendUnique(out, j)
	}
	return out
}
