package translit

import (
	"strings"
	"unicode"
)

// practicalNames holds the settled English forms of first names whose
// everyday spelling the letter rules would not produce (Alexander, not
// Aleksandr; Yuri, not Yury).
var practicalNames = map[string]string{
	"александр": "alexander", "александра": "alexandra", "алексей": "alexei",
	"юрий": "yuri", "дмитрий": "dmitry", "сергей": "sergei", "андрей": "andrei",
	"николай": "nikolai", "евгений": "evgeny", "евгения": "evgenia",
	"татьяна": "tatiana", "наталья": "natalia", "наталия": "natalia",
	"мария": "maria", "марья": "maria", "юлия": "yulia", "ксения": "ksenia",
	"дарья": "daria", "софья": "sofia", "илья": "ilya", "пётр": "pyotr",
	"петр": "pyotr", "фёдор": "fyodor", "федор": "fyodor", "семён": "semyon",
	"семен": "semyon", "артём": "artyom", "артем": "artyom", "алёна": "alyona",
	"алена": "alyona", "матвей": "matvei", "тимофей": "timofei",
	"аркадий": "arkady", "григорий": "grigory", "георгий": "georgy",
	"анатолий": "anatoly", "василий": "vasily", "валерий": "valery",
	"виталий": "vitaly", "геннадий": "gennady", "кирилл": "kirill",
	"максим": "maxim", "михаил": "mikhail", "ольга": "olga", "любовь": "lyubov",
	"елизавета": "elizaveta", "анастасия": "anastasia", "виктория": "victoria",
	"валерия": "valeria", "лидия": "lidia", "софия": "sofia", "василиса": "vasilisa",
}

// practicalText applies the practical romanisation word by word.
func practicalText(s string) string {
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
		b.WriteString(matchCase(practicalWord(rs[i:j]), rs[i:j]))
		i = j
	}
	return b.String()
}

// matchCase gives out the capitalisation of the source word.
func matchCase(out string, src []rune) string {
	if len(src) == 0 || !unicode.IsUpper(src[0]) {
		return out
	}
	if len(src) > 1 && unicode.IsUpper(src[1]) {
		return strings.ToUpper(out)
	}
	return capitalize(out)
}

// practicalEndings are word endings with an established English form.
var practicalEndings = []struct{ ru, lat string }{
	{"ский", "sky"}, {"цкий", "tsky"}, {"ская", "skaya"}, {"цкая", "tskaya"},
	{"ий", "y"}, {"ый", "y"}, {"ей", "ei"}, {"ай", "ai"}, {"ой", "oy"},
	{"ия", "ia"}, {"ья", "ia"},
}

func practicalWord(w []rune) string {
	lw := []rune(strings.ToLower(string(w)))
	if f, ok := practicalNames[string(lw)]; ok {
		return f
	}
	tail := ""
	for _, e := range practicalEndings {
		if strings.HasSuffix(string(lw), e.ru) && len(lw) > len([]rune(e.ru)) {
			tail = e.lat
			lw = lw[:len(lw)-len([]rune(e.ru))]
			break
		}
	}
	var b strings.Builder
	for i, r := range lw {
		prev, next := runeAt(lw, i-1), runeAt(lw, i+1)
		switch r {
		case 'к':
			if next == 'с' && i > 0 {
				b.WriteString("x")
				continue
			}
		case 'с':
			if prev == 'к' && i > 1 {
				continue // written as x with the preceding к
			}
		case 'ь', 'ъ':
			if isRuVowel(next) && next != 'и' {
				switch next {
				case 'я':
					b.WriteString("i") // Tatiana, Natalia
				default:
					b.WriteString("y") // Vasilyev, Solovyov
				}
			}
			continue
		case 'я':
			if prev == 'ь' || prev == 'и' {
				b.WriteString("a")
				continue
			}
		case 'ё':
			if prev == 'ж' || prev == 'ч' || prev == 'ш' || prev == 'щ' {
				b.WriteString("e")
				continue
			}
			if prev == 'ь' {
				b.WriteString("o")
				continue
			}
		case 'е':
			if prev == 'ь' {
				b.WriteString("e")
				continue
			}
		case 'ю':
			if prev == 'ь' {
				b.WriteString("u")
				continue
			}
		}
		if out, ok := ruOverrides[Practical][r]; ok {
			b.WriteString(out)
		} else if out, ok := ruBase[r]; ok {
			b.WriteString(out)
		} else {
			b.WriteRune(r)
		}
	}
	b.WriteString(tail)
	return b.String()
}
