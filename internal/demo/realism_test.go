package demo

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"talentbridge/internal/model"
)

var (
	// Фамилия Имя Отчество, the patronymic ending as patronymics do.
	ruFullName = regexp.MustCompile(`^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(вич|вна|ич|ична)$`)
	ruEnName   = regexp.MustCompile(`^[A-Z][a-z]+ [A-Z][a-z]+$`)
	ruZhName   = regexp.MustCompile(`^\p{Han}+·\p{Han}+$`)
	// Family name, then the given name's syllables (apostrophe at an
	// ambiguous boundary, as in Xi'an).
	pinyinName = regexp.MustCompile(`^[A-Z][a-z]+ [A-Z][a-z]+('[a-z]+)?$`)
	palladius  = regexp.MustCompile(`^[А-ЯЁ][а-яё]* [А-ЯЁ][а-яёъ]*$`) // Е, У and И are one letter
)

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

func TestMoscowNames(t *testing.T) {
	var female, withZH, n int
	for _, e := range sample(t, 21) {
		if e.City != model.CityMoscow {
			continue
		}
		n++
		if e.NativeLang != "ru" || e.Country != "RU" {
			t.Fatalf("%s: native %s, country %s", e.ExternalID, e.NativeLang, e.Country)
		}
		if !ruFullName.MatchString(e.Name["ru"]) {
			t.Fatalf("%s: Russian name %q is not Фамилия Имя Отчество", e.ExternalID, e.Name["ru"])
		}
		if !ruEnName.MatchString(e.Name["en"]) {
			t.Fatalf("%s: English name %q", e.ExternalID, e.Name["en"])
		}
		if zh, ok := e.Name["zh"]; ok {
			withZH++
			if !ruZhName.MatchString(zh) {
				t.Fatalf("%s: Chinese form %q", e.ExternalID, zh)
			}
		}
		// Feminine family names agree across scripts: Иванова ↔ Ivanova,
		// Толстая ↔ Tolstaya.
		ruFamily := strings.Fields(e.Name["ru"])[0]
		enFamily := strings.Fields(e.Name["en"])[1]
		if strings.HasSuffix(e.Name["ru"], "вна") || strings.HasSuffix(e.Name["ru"], "ична") {
			female++
			ruFem := strings.HasSuffix(ruFamily, "а") || strings.HasSuffix(ruFamily, "я")
			if ruFem != strings.HasSuffix(enFamily, "a") {
				t.Fatalf("%s: %q and %q disagree in form", e.ExternalID, ruFamily, enFamily)
			}
		}
	}
	if f := float64(female) / float64(n); f < 0.35 || f > 0.55 {
		t.Errorf("women are %.2f of Moscow experts, want about 0.45", f)
	}
	if z := float64(withZH) / float64(n); z < 0.2 || z > 0.45 {
		t.Errorf("%.2f of Moscow experts have a Chinese name form, want some but not most", z)
	}
}

func TestBeijingNames(t *testing.T) {
	var compound, withRU, n int
	for _, e := range sample(t, 22) {
		if e.City != model.CityBeijing {
			continue
		}
		n++
		zh := e.Name["zh"]
		if e.NativeLang != "zh" || e.Country != "CN" || !allHan(zh) {
			t.Fatalf("%s: name %q native %s country %s", e.ExternalID, zh, e.NativeLang, e.Country)
		}
		if l := len([]rune(zh)); l < 2 || l > 4 {
			t.Fatalf("%s: name %q has %d characters", e.ExternalID, zh, l)
		}
		if len([]rune(zh)) == 4 || strings.HasPrefix(zh, "欧阳") || strings.HasPrefix(zh, "司马") {
			compound++
		}
		if !pinyinName.MatchString(e.Name["en"]) {
			t.Fatalf("%s: pinyin %q", e.ExternalID, e.Name["en"])
		}
		if ru, ok := e.Name["ru"]; ok {
			withRU++
			if !palladius.MatchString(ru) {
				t.Fatalf("%s: Palladius form %q", e.ExternalID, ru)
			}
		}
	}
	if c := float64(compound) / float64(n); c == 0 || c > 0.05 {
		t.Errorf("compound surnames in %.3f of Beijing names, want a few", c)
	}
	if r := float64(withRU) / float64(n); r < 0.2 || r > 0.45 {
		t.Errorf("%.2f of Beijing experts have a Russian name form, want some but not most", r)
	}
}

func TestChineseNameForms(t *testing.T) {
	// A fixed draw is enough to check that the three forms describe one
	// name: as many pinyin syllables as characters, family name first.
	g := New(3)
	for i := range 500 {
		n := chineseName(g.rng(i), i%2 == 0, true)
		fam, giv, _ := strings.Cut(n.text["en"], " ")
		ruFam, _, _ := strings.Cut(n.text["ru"], " ")
		if !strings.HasPrefix(strings.ToLower(n.text["en"]), n.family) || fam == "" || giv == "" || ruFam == "" {
			t.Fatalf("forms disagree: %v", n.text)
		}
	}
}
