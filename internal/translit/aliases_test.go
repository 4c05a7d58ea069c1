package translit

import (
	"slices"
	"testing"

	"talentbridge/internal/model"
)

func TestAliases(t *testing.T) {
	tests := []struct {
		name   model.Text
		native string
		want   []string
	}{
		{model.Text{"ru": "Иванова Мария Сергеевна"}, "ru", []string{
			"Иванова Мария Сергеевна", "Ivanova Mariia Sergeevna", "Maria Ivanova", "Mariya Ivanova",
			"玛丽亚·伊万诺娃", "伊万诺娃·玛丽亚", "Iwanowa", "ivanova", "maria"}},
		{model.Text{"zh": "欧阳娜娜", "en": "Nana Ouyang"}, "zh", []string{
			"欧阳娜娜", "Ouyang Nana", "Nana Ouyang", "Оуян Нана", "Ou-yang", "Au-Yeung", "Ōuyáng", "ouiangnana"}},
		{model.Text{"zh": "吕小红"}, "", []string{"Lyu Xiaohong", "Lv", "Lü", "Lu", "Люй", "lu", "liu"}},
		{model.Text{"en": "Zhang Wei"}, "en", []string{"Zhang Wei", "Wei Zhang", "Чжан", "Вэй"}},
		{model.Text{"ru": "Чжан Вэй"}, "zh", []string{"Zhang", "Wei", "Чжан Вэй"}},
	}
	for _, tt := range tests {
		got := Aliases(tt.name, tt.native)
		seen := map[string]bool{}
		for _, a := range got {
			if seen[a] {
				t.Errorf("Aliases(%v) repeats %q", tt.name, a)
			}
			seen[a] = true
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Aliases(%v) = %v, missing %q", tt.name, got, w)
			}
		}
	}
}

func TestAliasesEmpty(t *testing.T) {
	if got := Aliases(model.Text{}, ""); len(got) != 0 {
		t.Errorf("Aliases of no name = %v", got)
	}
	if _, ok := MatchName("Ivanov", model.Text{}, ""); ok {
		t.Error("nothing matches a person without a name")
	}
}

func TestNameSimilarity(t *testing.T) {
	tests := []struct {
		a, b     map[string]string
		min, max float64
	}{
		{map[string]string{"zh": "张伟"}, map[string]string{"en": "Zhang Wei"}, 0.9, 1},
		{map[string]string{"zh": "张伟"}, map[string]string{"ru": "Чжан Вэй"}, 0.9, 1},
		{map[string]string{"en": "Zhang Wei"}, map[string]string{"ru": "Чжан Вэй"}, 0.9, 1},
		{map[string]string{"en": "Wei Zhang"}, map[string]string{"zh": "张伟"}, 0.9, 1},
		{map[string]string{"ru": "Иванов Иван"}, map[string]string{"zh": "伊万诺夫·伊万"}, 0.9, 1},
		{map[string]string{"ru": "Иванов Иван Петрович"}, map[string]string{"en": "Ivan Ivanov"}, 0.8, 1},
		{map[string]string{"ru": "Иванова Мария"}, map[string]string{"en": "Maria Iwanowa"}, 0.8, 1},
		{map[string]string{"zh": "张伟"}, map[string]string{"zh": "王芳"}, 0, 0.3},
		{map[string]string{"ru": "Иванов Иван"}, map[string]string{"ru": "Петров Пётр"}, 0, 0.3},
		{map[string]string{"ru": "Иванов Иван"}, map[string]string{"ru": "Петров Иван"}, 0, 0.3},
		{map[string]string{"zh": "张伟"}, map[string]string{"ru": "Иванов Иван"}, 0, 0.3},
	}
	for _, tt := range tests {
		s, ev := NameSimilarity(tt.a, tt.b)
		if s < tt.min || s > tt.max {
			t.Errorf("NameSimilarity(%v, %v) = %.3f %v, want in [%.2f, %.2f]", tt.a, tt.b, s, ev, tt.min, tt.max)
		}
		if s >= 0.8 && len(ev) == 0 {
			t.Errorf("NameSimilarity(%v, %v): no evidence for %.3f", tt.a, tt.b, s)
		}
	}
}

func TestPersonConcurrentUse(t *testing.T) {
	p := NewPerson(model.Text{"ru": "Петров Алексей Николаевич"}, "ru")
	q := ParseQuery("A. Petrov")
	done := make(chan bool)
	for range 4 {
		go func() {
			_, ok := p.Match(q)
			done <- ok
		}()
	}
	for range 4 {
		if !<-done {
			t.Error("concurrent match failed")
		}
	}
}
