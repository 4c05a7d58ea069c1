package translit

import (
	"slices"
	"strings"
	"unicode/utf8"

	"talentbridge/internal/model"
)

// qToken is one word of a query.
type qToken struct {
	text    string
	norm    string
	key     string
	initial bool
	script  Script
}

func newToken(text string, initial bool) qToken {
	return qToken{text: text, norm: lowerPlain(text), key: Key(text), initial: initial, script: DetectScript(text)}
}

// Query is a parsed name query: words in the order typed, initials marked.
type Query struct {
	Raw    string
	tokens []qToken
}

// Token is one word of a parsed query, for callers that want to show or
// log how a query was read.
type Token struct {
	Text    string
	Key     string
	Initial bool
	Script  Script
}

// Tokens returns the words of the query.
func (q Query) Tokens() []Token {
	out := make([]Token, len(q.tokens))
	for i, t := range q.tokens {
		out[i] = Token{t.text, t.key, t.initial, t.script}
	}
	return out
}

// Initials returns the initials of the query, in order ("I.P." → I, P).
func (q Query) Initials() []string {
	var out []string
	for _, t := range q.tokens {
		if t.initial {
			out = append(out, t.text)
		}
	}
	return out
}

// titles are words around a name that are not part of it.
var titles = map[string]bool{
	"dr": true, "prof": true, "professor": true, "mr": true, "mrs": true, "ms": true,
	"академик": true, "проф": true, "профессор": true, "д-р": true, "доктор": true,
	"教授": true, "博士": true, "院士": true, "先生": true, "女士": true, "研究员": true,
}

// ParseQuery reads a name as typed: words split on spaces, commas and
// middle dots; "I.P." and single letters become initials; titles dropped.
func ParseQuery(q string) Query {
	out := Query{Raw: q}
	for _, w := range splitWords(q) {
		if titles[strings.ToLower(strings.TrimRight(w, "."))] {
			continue
		}
		parts, dotted := splitInitials(w)
		for _, part := range parts {
			n := utf8.RuneCountInString(part)
			sc := DetectScript(part)
			initial := sc != ScriptHan && (n == 1 || dotted && n <= 2 && len(parts) > 1 || dotted && n <= 2 && strings.HasSuffix(w, "."))
			if initial && !dotted && sc == ScriptCyrillic && palladiusVowel(part) {
				initial = false // У, Е: the Palladius spellings of 吴, 叶
			}
			if sc == ScriptHan && strings.ContainsFunc(part, func(r rune) bool { return !isHan(r) }) {
				part = strings.Map(func(r rune) rune {
					if isHan(r) {
						return r
					}
					return -1
				}, part)
			}
			out.tokens = append(out.tokens, newToken(part, initial))
		}
	}
	return out
}

func palladiusVowel(s string) bool {
	switch strings.ToLower(s) {
	case "у", "е", "и", "э", "о", "а", "я", "ю":
		return true
	}
	return false
}

// Scores of one query word against one part of a name.
const (
	scoreExact = 1.0  // the same spelling
	scoreKey   = 0.95 // the same folded key
	scoreFuzzy = 0.8  // one or two letters apart
)

// Weights of the parts in a name's score.
var roleWeight = [numRoles]float64{RoleFamily: 0.5, RoleGiven: 0.35, RolePatronymic: 0.15}

// initialCredit is the share of a part's weight an initial earns.
const initialCredit = 0.6

func (rs *roleSet) score(t qToken) float64 {
	if rs.empty() || t.key == "" && t.norm == "" {
		return 0
	}
	if t.initial {
		for _, f := range rs.forms {
			if strings.HasPrefix(f.key, t.key) || strings.HasPrefix(f.norm, t.norm) {
				return scoreExact
			}
		}
		if slices.Contains(rs.initials, t.key) {
			return scoreExact
		}
		return 0
	}
	if rs.hasNorm(t.norm) {
		return scoreExact
	}
	if rs.hasKey(t.key) {
		return scoreKey
	}
	if rs.strict {
		return 0
	}
	if t.script == ScriptHan {
		tr := []rune(t.norm)
		if len(tr) < 3 {
			return 0
		}
		for _, f := range rs.forms {
			if fr := []rune(f.norm); isHan(fr[0]) && editDistance(tr, fr, 1) <= 1 {
				return scoreFuzzy
			}
		}
		return 0
	}
	maxD := 0
	switch {
	case len(t.key) >= 11:
		maxD = 2
	case len(t.key) >= 5:
		maxD = 1
	}
	if maxD == 0 {
		return 0
	}
	tk := []rune(t.key)
	for _, f := range rs.forms {
		if d := len(f.key) - len(t.key); d > maxD || -d > maxD {
			continue
		}
		if editDistance(tk, []rune(f.key), maxD) <= maxD {
			return scoreFuzzy
		}
	}
	return 0
}

// editDistance is the optimal-string-alignment distance of a and b, cut
// short once it exceeds limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// MayName reports whether the query can name anyone: Match refuses an
// empty query and one of more than six words, whoever the person.
func (q Query) MayName() bool { return len(q.tokens) > 0 && len(q.tokens) <= 6 }

// Match scores a query against the person: 1 for the full name spelled as
// stored, less for other spellings, missing parts and initials. ok says the
// query names this person: every word is explained by a different part of
// the name, the family name is among them, in any order.
func (p *Person) Match(q Query) (score float64, ok bool) {
	toks := q.tokens
	if !q.MayName() || p.roles[RoleFamily].empty() {
		return 0, false
	}
	// Each gap between two words of the same kind may be closed: "Xiao Ming"
	// is one given name, "X. M." its initials, "Ou Yang" one family name.
	gaps := len(toks) - 1
	for mask := 0; mask < 1<<gaps; mask++ {
		alt, valid := mergeTokens(toks, mask)
		if !valid {
			continue
		}
		if s, good := p.assign(alt); good && s > score {
			score, ok = s, true
		}
	}
	if len(toks) == 1 && !toks[0].initial {
		if s, good := p.matchJoined(toks[0]); good && s > score {
			score, ok = s, true
		}
	}
	return score, ok
}

func mergeTokens(toks []qToken, mask int) ([]qToken, bool) {
	if mask == 0 {
		return toks, len(toks) <= int(numRoles)
	}
	out := make([]qToken, 0, len(toks))
	cur := toks[0]
	for i := 1; i < len(toks); i++ {
		if mask&(1<<(i-1)) == 0 {
			out = append(out, cur)
			cur = toks[i]
			continue
		}
		t := toks[i]
		if t.initial != cur.initial || t.script != cur.script {
			return nil, false
		}
		text := cur.text + t.text
		cur = newToken(text, cur.initial)
	}
	out = append(out, cur)
	return out, len(out) <= int(numRoles)
}

// assign finds the best one-to-one assignment of words to parts.
func (p *Person) assign(toks []qToken) (float64, bool) {
	var sc [int(numRoles) * 3]float64 // sc[i*numRoles+r]
	for i, t := range toks {
		for r := RoleFamily; r < numRoles; r++ {
			s := p.roles[r].score(t)
			if t.initial {
				if r == RoleFamily {
					s = 0
				}
				s *= initialCredit
			}
			sc[i*int(numRoles)+int(r)] = s
		}
	}
	best, found := 0.0, false
	var used [numRoles]bool
	var rec func(i int, total float64, patr bool)
	rec = func(i int, total float64, patr bool) {
		if i == len(toks) {
			if !used[RoleFamily] {
				return
			}
			den := roleWeight[RoleFamily] + roleWeight[RoleGiven]
			if patr {
				den += roleWeight[RolePatronymic]
			}
			if s := total / den; !found || s > best {
				best, found = s, true
			}
			return
		}
		for r := RoleFamily; r < numRoles; r++ {
			s := sc[i*int(numRoles)+int(r)]
			if used[r] || s == 0 || r == RoleFamily && toks[i].initial {
				continue
			}
			used[r] = true
			rec(i+1, total+s*roleWeight[r], patr || r == RolePatronymic)
			used[r] = false
		}
	}
	rec(0, 0, false)
	return best, found
}

// matchJoined reads one word as family and given name run together
// (Zhangwei, 张伟, Чжанвэй), in either order.
func (p *Person) matchJoined(t qToken) (float64, bool) {
	fam, giv := &p.roles[RoleFamily], &p.roles[RoleGiven]
	if giv.empty() {
		return 0, false
	}
	best := 0.0
	try := func(s string, has func(*roleSet, string) bool) {
		for i := 1; i < len(s); i++ {
			if !utf8.RuneStart(s[i]) {
				continue
			}
			a, b := s[:i], s[i:]
			if has(fam, a) && has(giv, b) {
				best = max(best, 1)
			}
			if has(giv, a) && has(fam, b) {
				best = max(best, 0.98)
			}
		}
	}
	try(t.norm, (*roleSet).hasNorm)
	if best == 0 && t.script == ScriptHan {
		// Split characters first, then fold each side: folding the whole
		// would merge letters across the boundary (万俟+雅 → moqi+ia).
		rs := []rune(t.text)
		for i := 1; i < len(rs); i++ {
			if fam.hasKey(Key(string(rs[:i]))) && giv.hasKey(Key(string(rs[i:]))) {
				best = max(best, scoreKey)
			}
		}
		if best > 0 {
			return best, true
		}
	}
	if best == 0 {
		try(t.key, (*roleSet).hasKey)
		best *= scoreKey
	}
	return best * (roleWeight[RoleFamily] + roleWeight[RoleGiven]) / (roleWeight[RoleFamily] + roleWeight[RoleGiven]), best > 0
}

// MatchName says whether query names the person whose name is given (one
// form per language, see NewPerson), and how closely. For many queries
// against one person, or one query against many, build the Person and the
// Query once and call Person.Match.
func MatchName(query string, name model.Text, nativeLang string) (float64, bool) {
	return NewPerson(name, nativeLang).Match(ParseQuery(query))
}
