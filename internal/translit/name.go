package translit

import (
	"strings"
	"unicode"
)

// Role is the part a word plays in a personal name.
type Role uint8

// The parts of a name. Russian names have all three; Chinese names have a
// family and a given name.
const (
	RoleFamily Role = iota
	RoleGiven
	RolePatronymic
	numRoles
)

// String names the role.
func (r Role) String() string {
	switch r {
	case RoleFamily:
		return "family"
	case RoleGiven:
		return "given"
	case RolePatronymic:
		return "patronymic"
	}
	return "unknown"
}

// Name is a personal name split into its parts, all in one script.
type Name struct {
	Family, Given, Patronymic string
}

func (n Name) part(r Role) string {
	switch r {
	case RoleFamily:
		return n.Family
	case RoleGiven:
		return n.Given
	}
	return n.Patronymic
}

var ruPatronymicEndings = []string{"ович", "евич", "ёвич", "ич", "овна", "евна", "ёвна", "ична", "инична"}

func isRuPatronymic(w string) bool {
	w = strings.ToLower(w)
	for _, e := range ruPatronymicEndings {
		if strings.HasSuffix(w, e) && len([]rune(w)) > len([]rune(e))+2 {
			return e != "ич" || !isRuFamilyLike(w) // -ич: Ильич, but Шостакович is a family name
		}
	}
	return false
}

var ruFamilyEndings = []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ова", "ева", "ёва",
	"ина", "ына", "ская", "цкая", "ко", "ук", "юк", "ых", "их", "ой", "ий", "ец"}

// isRuFamilyLike reports a word ending like a Russian family name and not
// being a known first name.
func isRuFamilyLike(w string) bool {
	w = strings.ToLower(w)
	if isRuGiven(w) {
		return false
	}
	for _, e := range ruFamilyEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func isRuGiven(w string) bool {
	_, _, ok := ruGivenLookup(w)
	return ok
}

// ParseRu splits a Russian name. The stored order is "Family Given
// Patronymic"; "Given Patronymic Family" and "Given Family" are recognised
// by the patronymic ending and the dictionary of first names.
func ParseRu(s string) Name {
	w := splitWords(s)
	switch len(w) {
	case 0:
		return Name{}
	case 1:
		return Name{Family: w[0]}
	case 2:
		if isRuGiven(w[0]) && !isRuGiven(w[1]) || isRuFamilyLike(w[1]) && !isRuFamilyLike(w[0]) {
			return Name{Family: w[1], Given: w[0]}
		}
		return Name{Family: w[0], Given: w[1]}
	}
	if isRuPatronymic(w[1]) && !isRuPatronymic(w[2]) {
		return Name{Given: w[0], Patronymic: w[1], Family: strings.Join(w[2:], " ")}
	}
	return Name{Family: w[0], Given: w[1], Patronymic: strings.Join(w[2:], " ")}
}

// ruFemale guesses whether a Russian name is a woman's, from the patronymic,
// then the first name, then the family name.
func ruFemale(n Name) bool {
	if p := strings.ToLower(n.Patronymic); p != "" {
		return strings.HasSuffix(p, "на")
	}
	if g := strings.ToLower(n.Given); g != "" {
		if _, ok := ruZhGivenFemale[g]; ok {
			return true
		}
		if _, ok := ruZhGivenMale[g]; ok {
			return false
		}
		return strings.HasSuffix(g, "а") || strings.HasSuffix(g, "я")
	}
	f := strings.ToLower(n.Family)
	for _, e := range []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// ParseLatin splits a Latin-script name. Chinese names are recognised by
// their family name (a known surname in pinyin or an older spelling) and
// may be in either order; otherwise the Western order "Given Family" is
// assumed unless the first word ends like a Russian family name.
func ParseLatin(s string) Name {
	w := splitWords(s)
	switch len(w) {
	case 0:
		return Name{}
	case 1:
		return Name{Family: w[0]}
	}
	first, fok := latinSurnameKeys[Key(w[0])]
	last, lok := latinSurnameKeys[Key(w[len(w)-1])]
	if fok && (!lok || first <= last) {
		return Name{Family: w[0], Given: strings.Join(w[1:], " ")}
	}
	if lok {
		return Name{Family: w[len(w)-1], Given: strings.Join(w[:len(w)-1], " ")}
	}
	if len(w) == 3 && latinPatronymic(w[2]) {
		return Name{Family: w[0], Given: w[1], Patronymic: w[2]}
	}
	if len(w) == 3 && latinPatronymic(w[1]) {
		return Name{Given: w[0], Patronymic: w[1], Family: w[2]}
	}
	if latinRuFamily(w[0]) && !latinRuFamily(w[len(w)-1]) {
		return Name{Family: w[0], Given: strings.Join(w[1:], " ")}
	}
	return Name{Family: w[len(w)-1], Given: strings.Join(w[:len(w)-1], " ")}
}

func latinPatronymic(w string) bool {
	k := strings.ToLower(w)
	for _, e := range []string{"vich", "vna", "wna", "witsch", "ichna"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

func latinRuFamily(w string) bool {
	k := Key(w)
	for _, e := range []string{"ov", "ev", "in", "ski", "ova", "eva", "ina", "skaia", "ko", "uk"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// isLatinSurname reports a word that is a Chinese family name in pinyin or
// in one of its older spellings.
func isLatinSurname(w string) bool {
	_, ok := latinSurnameKeys[Key(w)]
	return ok
}

// splitInitials turns "I.P." into ["I", "P"] and keeps other words.
func splitInitials(w string) (parts []string, initials bool) {
	if !strings.Contains(w, ".") {
		return []string{w}, false
	}
	for _, p := range strings.Split(w, ".") {
		if p = strings.TrimFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }); p != "" {
			parts = append(parts, p)
		}
	}
	return parts, true
}
