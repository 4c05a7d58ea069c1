package translit

import (
	"testing"

	"talentbridge/internal/model"
)

func BenchmarkAliasesRussian(b *testing.B) {
	name := model.Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova"}
	for b.Loop() {
		Aliases(name, "ru")
	}
}

func BenchmarkAliasesChinese(b *testing.B) {
	name := model.Text{"zh": "欧阳娜娜", "en": "Nana Ouyang"}
	for b.Loop() {
		Aliases(name, "zh")
	}
}

func BenchmarkKey(b *testing.B) {
	for b.Loop() {
		Key("Vysotskiy")
		Key("Zhang Xiao-Ming")
		Key("Щукин")
	}
}

func BenchmarkMatch(b *testing.B) {
	p := NewPerson(model.Text{"ru": "Иванов Иван Петрович"}, "ru")
	q := ParseQuery("Iwanow I.P.")
	for b.Loop() {
		p.Match(q)
	}
}
