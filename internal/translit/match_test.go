package translit

import (
	"slices"
	"testing"

	"talentbridge/internal/model"
)

func TestMatchNameRussian(t *testing.T) {
	name := model.Text{model.LangRU: "Иванов Иван Петрович"}
	tests := []struct {
		q  string
		ok bool
	}{
		{"Ivanov I.P.", true},
		{"Ivanov I. P.", true},
		{"I. Ivanov", true},
		{"I.P. Ivanov", true},
		{"Ivan Ivanov", true},
		{"Ivanov Ivan", true},
		{"Iwanow Iwan", true},
		{"Ivan Petrovich Ivanov", true},
		{"Иванов И.П.", true},
		{"иванов иван", true},
		{"伊万·伊万诺夫", true},
		{"伊万诺夫·伊万", true},
		{"Ivanov", true},
		{"Petrov Ivan", false},
		{"Ivanova Maria", false},
		{"I. Petrov", false},
		{"Ivanov S.", false},
		{"Ivan", false}, // a first name alone does not name a person
	}
	p := NewPerson(name, model.LangRU)
	for _, tt := range tests {
		_, ok := p.Match(ParseQuery(tt.q))
		if ok != tt.ok {
			t.Errorf("Match(%q) ok = %v, want %v", tt.q, ok, tt.ok)
		}
		if _, ok2 := MatchName(tt.q, name, model.LangRU); ok2 != ok {
			t.Errorf("MatchName(%q) disagrees with Person.Match", tt.q)
		}
	}
}

func TestMatchNameChinese(t *testing.T) {
	p := NewPerson(model.Text{model.LangZH: "王小明"}, "")
	for _, q := range []string{
		"Wang Xiaoming", "Xiaoming Wang", "WANG Xiaoming", "Wang Xiao-Ming", "Wang Xiao Ming",
		"Wangxiaoming", "Ван Сяомин", "Wang Hsiao-ming", "Wong Siu-ming", "X. Wang", "Wang X.M.",
		"王小明", "王 小明", "Wáng Xiǎomíng",
	} {
		if _, ok := p.Match(ParseQuery(q)); !ok {
			t.Errorf("Match(%q) failed", q)
		}
	}
	for _, q := range []string{"Wang Xiaohong", "Zhang Xiaoming", "Ван Сяохун"} {
		if _, ok := p.Match(ParseQuery(q)); ok {
			t.Errorf("Match(%q) should fail", q)
		}
	}
}

func TestMatchScoreOrder(t *testing.T) {
	p := NewPerson(model.Text{model.LangRU: "Иванов Иван Петрович"}, "")
	exact, _ := p.Match(ParseQuery("Ivanov Ivan Petrovich"))
	folded, _ := p.Match(ParseQuery("Ivanow Ivan"))
	initials, _ := p.Match(ParseQuery("Ivanov I.P."))
	family, _ := p.Match(ParseQuery("Ivanov"))
	if !(exact > folded && folded > initials && initials > family && family > 0) {
		t.Errorf("scores not ordered: exact %.3f folded %.3f initials %.3f family %.3f", exact, folded, initials, family)
	}
	// The stored spelling outranks a folded look-alike: Lyu is 吕, not 刘.
	lyu := NewPerson(model.Text{model.LangZH: "吕伟"}, "")
	liu := NewPerson(model.Text{model.LangZH: "刘伟"}, "")
	q := ParseQuery("Lyu Wei")
	s1, _ := lyu.Match(q)
	s2, _ := liu.Match(q)
	if s1 <= s2 {
		t.Errorf("Lyu Wei: 吕伟 %.3f should beat 刘伟 %.3f", s1, s2)
	}
}

func TestParseQuery(t *testing.T) {
	q := ParseQuery("Prof. Ivanov I.P.")
	if got := q.Initials(); !slices.Equal(got, []string{"I", "P"}) {
		t.Errorf("initials = %v", got)
	}
	if toks := q.Tokens(); len(toks) != 3 || toks[0].Text != "Ivanov" || toks[0].Initial {
		t.Errorf("tokens = %+v", toks)
	}
	if toks := ParseQuery("Yu. A. Gagarin").Tokens(); len(toks) != 3 || !toks[0].Initial || toks[0].Text != "Yu" {
		t.Errorf("Yu.: %+v", toks)
	}
	if toks := ParseQuery("У Ся").Tokens(); toks[0].Initial {
		t.Error("Palladius У (吴) is a family name, not an initial")
	}
	if toks := ParseQuery("玛丽亚·伊万诺娃").Tokens(); len(toks) != 2 || toks[1].Script != ScriptHan {
		t.Errorf("middle dot: %+v", toks)
	}
}

func TestParseLatin(t *testing.T) {
	tests := []struct {
		in   string
		want Name
	}{
		{"Zhang Wei", Name{Family: "Zhang", Given: "Wei"}},
		{"Wei Zhang", Name{Family: "Zhang", Given: "Wei"}},
		{"Maria Ivanova", Name{Family: "Ivanova", Given: "Maria"}},
		{"Ivanova Maria", Name{Family: "Ivanova", Given: "Maria"}},
		{"Ivanov Ivan Petrovich", Name{"Ivanov", "Ivan", "Petrovich"}},
		{"Ivan Petrovich Ivanov", Name{"Ivanov", "Ivan", "Petrovich"}},
		{"John Smith", Name{Family: "Smith", Given: "John"}},
	}
	for _, tt := range tests {
		if got := ParseLatin(tt.in); got != tt.want {
			t.Errorf("ParseLatin(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestQueryForms(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"张伟", []string{"张伟", "Zhang Wei", "Wei Zhang", "Чжан Вэй", "Chang Wei", "Cheung", Key("Zhang")}},
		{"Zhang Wei", []string{"Чжан Вэй", "zhang", "vei", "zhangvei"}},
		{"Иванов Иван", []string{"Ivanov Ivan", "伊万·伊万诺夫", "伊万诺夫·伊万", "ivanov"}},
		{"Чжан Вэй", []string{"Zhang Wei"}},
	}
	for _, tt := range tests {
		got := QueryForms(tt.q)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("QueryForms(%q) = %v, missing %q", tt.q, got, w)
			}
		}
	}
}
