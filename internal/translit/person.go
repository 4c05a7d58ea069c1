package translit

import (
	"strings"

	"talentbridge/internal/model"
)

// partForm is one spelling of one name part.
type partForm struct {
	text string // as written (display)
	norm string // lower-case, without diacritics or punctuation
	key  string // Key(text)
}

// roleSet holds every spelling of one part of a person's name.
type roleSet struct {
	forms    []partForm // a few dozen at most: scanned, not hashed
	initials []string   // keys of multi-syllable initials (X.M. for Xiaoming)
	// strict turns off near-spelling matches: pinyin syllables one letter
	// apart (Xiaoming, Xiaoling) are different names.
	strict bool
}

func (rs *roleSet) empty() bool { return len(rs.forms) == 0 }

func (rs *roleSet) add(text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	norm := lowerPlain(text)
	if norm == "" {
		return
	}
	for _, f := range rs.forms {
		if f.text == text {
			return
		}
	}
	rs.forms = append(rs.forms, partForm{text: text, norm: norm, key: Key(text)})
}

func (rs *roleSet) hasNorm(norm string) bool {
	for _, f := range rs.forms {
		if f.norm == norm {
			return true
		}
	}
	return false
}

func (rs *roleSet) hasKey(key string) bool {
	for _, f := range rs.forms {
		if f.key == key {
			return true
		}
	}
	return false
}

func (rs *roleSet) addInitials(syl []string) {
	if len(syl) < 2 {
		return
	}
	var b strings.Builder
	for _, s := range syl {
		b.WriteString(plainSyllable(s)[:1])
	}
	rs.initials = append(rs.initials, Key(b.String()))
}

// Origin is the naming tradition a person's name was read in.
type Origin uint8

// The naming traditions.
const (
	OriginOther   Origin = iota
	OriginRussian        // Family Given Patronymic, Cyrillic source
	OriginChinese        // family name first, characters or pinyin source
)

// Person is a name prepared for matching: every part in every script and
// system, with folded keys. Build it once per expert (NewPerson) and match
// many queries against it. A Person is immutable and safe to share.
type Person struct {
	roles   [numRoles]roleSet
	display []string // whole-name forms, for Aliases
	origin  Origin
}

// Origin reports the naming tradition the name was read in.
func (p *Person) Origin() Origin { return p.origin }

// Parts returns every spelling of one part of the name.
func (p *Person) Parts(r Role) []string {
	out := make([]string, len(p.roles[r].forms))
	for i, f := range p.roles[r].forms {
		out[i] = f.text
	}
	return out
}

// nativeText picks the form of the name to read the others from.
func nativeText(name model.Text, nativeLang string) (string, string) {
	if s := strings.TrimSpace(name[nativeLang]); s != "" {
		return s, nativeLang
	}
	for _, l := range model.Langs {
		if s := strings.TrimSpace(name[l]); s != "" {
			return s, l
		}
	}
	return "", ""
}

// NewPerson reads a person's name (one form per language, as in the
// interchange format) and prepares it for matching. nativeLang names the
// form to start from; when empty the first of ru, zh, en present is used.
func NewPerson(name model.Text, nativeLang string) *Person {
	p := &Person{}
	text, lang := nativeText(name, nativeLang)
	if text == "" {
		return p
	}
	p.addNative(text, lang)
	for _, l := range model.Langs {
		if l != lang && strings.TrimSpace(name[l]) != "" {
			p.absorb(name[l])
		}
	}
	for l, s := range name { // languages beyond the three, in any order
		if l != lang && l != model.LangRU && l != model.LangZH && l != model.LangEN {
			p.absorb(s)
		}
	}
	return p
}

func (p *Person) addNative(text, lang string) {
	switch DetectScript(text) {
	case ScriptCyrillic:
		if !looksRussian(text) {
			if py, ok := CyrillicToPinyin(text); ok && (lang == model.LangZH || looksChineseLatin(py)) {
				p.addChineseLatin(py)
				p.absorb(text)
				return
			}
		}
		p.addRussian(ParseRu(text))
	case ScriptHan:
		if strings.ContainsFunc(text, isNameDot) {
			p.addForeignHan(text)
			return
		}
		p.addChinese(ParseZh(text), text)
	default:
		if lang == model.LangZH || looksChineseLatin(text) {
			p.addChineseLatin(text)
			return
		}
		n := ParseLatin(text)
		p.addPlain(n)
	}
}

// looksRussian reports Cyrillic that reads as a Russian name rather than a
// Palladius spelling of a Chinese one.
func looksRussian(s string) bool {
	for _, w := range splitWords(s) {
		if isRuGiven(w) || isRuPatronymic(w) || isRuFamilyLike(w) && len([]rune(w)) > 4 {
			return true
		}
	}
	return false
}

// looksChineseLatin reports pinyin words, one of which is a family name.
func looksChineseLatin(s string) bool {
	w := splitWords(s)
	if len(w) < 2 || len(w) > 3 || !IsPinyin(s) {
		return false
	}
	return isLatinSurname(w[0]) || isLatinSurname(w[len(w)-1])
}

func (p *Person) addRussian(n Name) {
	p.origin = OriginRussian
	female := ruFemale(n)
	var latin [numRoles][]string // per part, in the order of AllSystems
	for r := RoleFamily; r < numRoles; r++ {
		part := n.part(r)
		if part == "" {
			continue
		}
		rs := &p.roles[r]
		rs.add(part)
		rs.add(yoFold(part))
		latin[r] = make([]string, len(systems))
		for i, sys := range systems {
			latin[r][i] = RuToLatin(part, sys)
			rs.add(latin[r][i])
		}
		rs.add(RuToZh(part, r, female))
		for _, alt := range ruInternational[strings.ToLower(part)] {
			rs.add(alt)
		}
	}
	p.display = append(p.display, joinName(n.Family, n.Given, n.Patronymic), joinName(n.Given, n.Patronymic, n.Family), joinName(n.Given, n.Family))
	at := func(r Role, i int) string {
		if latin[r] == nil {
			return ""
		}
		return latin[r][i]
	}
	for i := range systems {
		fam, giv, pat := at(RoleFamily, i), at(RoleGiven, i), at(RolePatronymic, i)
		p.display = appendUnique(p.display, joinName(giv, fam), joinName(fam, giv, pat))
	}
	z := ruNameZh(n)
	p.display = appendUnique(p.display, strings.Join(nonEmpty(z.Given, z.Patronymic, z.Family), "·"),
		strings.Join(nonEmpty(z.Given, z.Family), "·"), strings.Join(nonEmpty(z.Family, z.Given), "·"))
}

func nonEmpty(parts ...string) []string {
	out := parts[:0:0]
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func joinName(parts ...string) string { return strings.Join(nonEmpty(parts...), " ") }

var pinyinStyles = []PinyinStyle{
	{}, {Tones: true}, {U: UDiaeresis}, {U: UV}, {U: UPlain}, {NoApostrophe: true}, {Hyphen: true},
}

func (p *Person) addChinese(n ZhName, text string) {
	p.origin = OriginChinese
	fam, giv := &p.roles[RoleFamily], &p.roles[RoleGiven]
	fam.strict, giv.strict = true, true
	fam.add(n.Family)
	giv.add(n.Given)
	givens := append([][]string{n.GivenSyl}, n.GivenAlt...)
	for _, st := range pinyinStyles {
		fam.add(JoinPinyin(n.FamilySyl, st))
		for _, g := range givens {
			giv.add(JoinPinyin(g, st))
		}
	}
	for _, l := range LegacySurnames(n.Family) {
		fam.add(l)
	}
	wg := ZhName{FamilySyl: n.FamilySyl, GivenSyl: n.GivenSyl}
	wgFam, wgGiv, _ := strings.Cut(WadeGilesName(wg), " ")
	fam.add(wgFam)
	giv.add(wgGiv)
	if c, ok := palladiusWord(n.FamilySyl); ok {
		fam.add(c)
	}
	for _, g := range givens {
		if c, ok := palladiusWord(g); ok {
			giv.add(c)
		}
	}
	if c, ok := CantoneseGiven(n.Given); ok {
		giv.add(c)
	}
	giv.addInitials(n.GivenSyl)
	latin := n.Latin(PinyinStyle{})
	famL, givL, _ := strings.Cut(latin, " ")
	p.display = appendUnique(p.display, text, n.Family+n.Given, latin, joinName(givL, famL),
		n.Latin(PinyinStyle{Tones: true}), strings.ToUpper(famL)+" "+givL, ZhToCyrillic(n.Family+n.Given), WadeGilesName(wg))
	if c, ok := palladiusExceptions[n.Family+n.Given]; ok {
		p.absorb(c)
	}
}

// addChineseLatin reads a Chinese name known only in pinyin (or Palladius
// read back into pinyin).
func (p *Person) addChineseLatin(text string) {
	w := splitWords(text)
	fi := 0
	if !isLatinSurname(w[0]) && isLatinSurname(w[len(w)-1]) {
		fi = len(w) - 1
	}
	famSyl, _ := SegmentPinyin(w[fi])
	var givSyl []string
	for i, x := range w {
		if i != fi {
			s, _ := SegmentPinyin(x)
			givSyl = append(givSyl, s...)
		}
	}
	for i := range givSyl {
		givSyl[i] = strings.ReplaceAll(givSyl[i], "v", "ü")
	}
	for i := range famSyl {
		famSyl[i] = strings.ReplaceAll(famSyl[i], "v", "ü")
	}
	p.origin = OriginChinese
	fam, giv := &p.roles[RoleFamily], &p.roles[RoleGiven]
	fam.strict, giv.strict = true, true
	fam.add(w[fi])
	for _, st := range pinyinStyles[2:] {
		fam.add(JoinPinyin(famSyl, st))
		giv.add(JoinPinyin(givSyl, st))
	}
	if c, ok := palladiusWord(famSyl); ok {
		fam.add(c)
	}
	if c, ok := palladiusWord(givSyl); ok {
		giv.add(c)
	}
	giv.addInitials(givSyl)
	famL, givL := JoinPinyin(famSyl, PinyinStyle{}), JoinPinyin(givSyl, PinyinStyle{})
	p.display = appendUnique(p.display, text, famL+" "+givL, givL+" "+famL)
}

// addForeignHan reads a foreign name written in characters with middle
// dots (玛丽亚·伊万诺娃): given name first, family name last.
func (p *Person) addForeignHan(text string) {
	w := splitWords(text)
	p.roles[RoleFamily].add(w[len(w)-1])
	if len(w) > 1 {
		p.roles[RoleGiven].add(w[0])
	}
	if len(w) > 2 {
		p.roles[RolePatronymic].add(strings.Join(w[1:len(w)-1], ""))
	}
	p.display = append(p.display, text)
}

func (p *Person) addPlain(n Name) {
	for r := RoleFamily; r < numRoles; r++ {
		p.roles[r].add(n.part(r))
	}
	p.display = appendUnique(p.display, joinName(n.Given, n.Patronymic, n.Family), joinName(n.Family, n.Given, n.Patronymic))
}

// absorb adds the words of another language's form of the name to the
// parts they match; words that match nothing fill the parts no word of
// this form matched (an English nickname, an unusual transcription).
func (p *Person) absorb(text string) {
	q := ParseQuery(text)
	toks := q.tokens
	if len(toks) == 1 && toks[0].script == ScriptHan && p.origin == OriginChinese {
		n := ParseZh(toks[0].text)
		toks = []qToken{newToken(n.Family, false), newToken(n.Given, false)}
	}
	var used [numRoles]bool
	var unmatched []qToken
	for _, t := range toks {
		if t.initial {
			continue
		}
		best, bestRole := 0.0, Role(0)
		for r := RoleFamily; r < numRoles; r++ {
			if s := p.roles[r].score(t); s > best {
				best, bestRole = s, r
			}
		}
		if best > 0 {
			used[bestRole] = true
			p.roles[bestRole].add(t.text)
		} else {
			unmatched = append(unmatched, t)
		}
	}
	for _, t := range unmatched {
		for _, r := range []Role{RoleGiven, RoleFamily, RolePatronymic} {
			if !used[r] && (r != RolePatronymic || p.origin == OriginRussian) {
				used[r] = true
				p.roles[r].add(t.text)
				break
			}
		}
	}
	p.display = appendUnique(p.display, strings.TrimSpace(text))
}

// Aliases lists every form of a person's name for a search index: whole
// names in every script, system and order, each part's spellings, and the
// folded keys of the parts and of family+given run together. De-duplicated,
// in a stable order.
func Aliases(name model.Text, nativeLang string) []string {
	return NewPerson(name, nativeLang).Aliases()
}

// Aliases lists the person's name forms; see the package function.
func (p *Person) Aliases() []string {
	seen := make(map[string]struct{}, 96)
	out := make([]string, 0, 96)
	add := func(s string) {
		if s == "" {
			return
		}
		if _, ok := seen[s]; !ok {
			seen[s] = struct{}{}
			out = append(out, s)
		}
	}
	for _, d := range p.display {
		add(d)
	}
	for r := RoleFamily; r < numRoles; r++ {
		for _, f := range p.roles[r].forms {
			add(f.text)
		}
	}
	for r := RoleFamily; r < numRoles; r++ {
		for _, f := range p.roles[r].forms {
			add(f.key)
		}
	}
	if p.origin == OriginChinese {
		for _, f := range p.roles[RoleFamily].forms {
			for _, g := range p.roles[RoleGiven].forms {
				if DetectScript(f.text) == ScriptLatin && DetectScript(g.text) == ScriptLatin {
					add(f.key + g.key)
				}
			}
		}
	}
	return out
}
