package translit

import "strings"

// German is the Duden transcription German-language sources use for Russian
// names (Iwanow, Schukow, Tschaikowski); matching needs it because
// German- and Polish-trained authors carry these forms.
const German System = Practical + 1

var germanLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "w", 'г': "g", 'д': "d", 'е': "e", 'ё': "jo", 'ж': "sch",
	'з': "s", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "ch", 'ц': "z",
	'ч': "tsch", 'ш': "sch", 'щ': "schtsch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e",
	'ю': "ju", 'я': "ja",
}

// germanText applies the German transcription word by word.
func germanText(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isCyrLetter(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isCyrLetter(rs[j]) {
			j++
		}
		b.WriteString(matchCase(germanWord(rs[i:j]), rs[i:j]))
		i = j
	}
	return b.String()
}

func germanWord(w []rune) string {
	lw := []rune(strings.ToLower(string(w)))
	tail := ""
	switch {
	case strings.HasSuffix(string(lw), "ский") || strings.HasSuffix(string(lw), "цкий"):
		tail, lw = "ki", lw[:len(lw)-3] // Tschaikowski, Wyssozki
	case strings.HasSuffix(string(lw), "ий") && len(lw) > 3:
		tail, lw = "i", lw[:len(lw)-2] // Juri, Dmitri
	}
	var b strings.Builder
	for i, r := range lw {
		prev, next := runeAt(lw, i-1), runeAt(lw, i+1)
		switch {
		case r == 'е' && (i == 0 || isRuVowel(prev) || prev == 'ь' || prev == 'ъ'):
			b.WriteString("je")
		case r == 'ё' && strings.ContainsRune("жчшщ", prev):
			b.WriteString("o") // Chruschtschow
		case r == 'с' && isRuVowel(prev) && isRuVowel(next):
			b.WriteString("ss") // Denissow: a single s would be voiced
		case r == 'ь' && isRuVowel(next) && !strings.ContainsRune("еёюя", next):
			b.WriteString("j") // Wassiljew
		case r == 'й' && isRuVowel(next):
			b.WriteString("j")
		case r == 'к' && next == 'с' && i > 0:
			b.WriteString("x")
		case r == 'с' && prev == 'к' && i > 1:
		default:
			if out, ok := germanLetters[r]; ok {
				b.WriteString(out)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteString(tail)
	return b.String()
}

// ruInternational are forms some Russians use abroad that no transcription
// gives: the Korean spelling of Korean-Russian family names, the English
// form of a first name.
var ruInternational = map[string][]string{
	"пак": {"Park", "Bak"}, "цой": {"Choi", "Tsoi"}, "ким": {"Kim"}, "тен": {"Teng"},
	"алиса": {"Alice"}, "даниил": {"Daniel"}, "мария": {"Mariya", "Marie"},
	"юлия": {"Julia"}, "кристина": {"Christina"}, "виктория": {"Victoria"},
	"евгений": {"Eugene"}, "михаил": {"Michael"}, "пётр": {"Peter"}, "павел": {"Paul"},
	"екатерина": {"Catherine", "Katerina"}, "елизавета": {"Elizabeth"}, "иосиф": {"Joseph"},
}
