package demo

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"talentbridge/internal/model"
)

func TestEverySubSphereHasVocabulary(t *testing.T) {
	g := New(0)
	tax := model.NewTaxonomy()
	for _, s := range tax.All() {
		if s.Parent == "" {
			continue
		}
		if n := len(g.vocab[s.Slug]); n < 4 {
			t.Errorf("%s: %d concepts, want at least 4", s.Slug, n)
		}
	}
	for _, group := range vocabGroups {
		for _, v := range group {
			if !tax.Has(v.slug) {
				t.Errorf("vocabulary for unknown sphere %q", v.slug)
			}
			for _, c := range v.concepts {
				checkTerm(t, v.slug, "ru", c.ru, unicode.Cyrillic)
				checkTerm(t, v.slug, "zh", c.zh, unicode.Han)
				checkTerm(t, v.slug, "en", c.en, unicode.Latin)
			}
		}
	}
}

// checkTerm wants a usable keyword written in the script (Russian and
// Chinese terms may also contain Latin acronyms such as CBTC or NICA).
func checkTerm(t *testing.T, slug, lang, s string, script *unicode.RangeTable) {
	t.Helper()
	if s == "" || strings.TrimSpace(s) != s || utf8.RuneCountInString(s) > model.MaxKeyword {
		t.Errorf("%s %s: bad term %q", slug, lang, s)
		return
	}
	for _, r := range s {
		if unicode.Is(script, r) {
			return
		}
	}
	t.Errorf("%s %s: term %q has no letter of its script", slug, lang, s)
}

func TestOrganizations(t *testing.T) {
	g := New(0)
	orgs := g.Organizations()
	if n := len(orgs); n < 60 || n > 110 {
		t.Errorf("%d organisations, want about 60–100", n)
	}
	seen := map[string]bool{}
	perCity := map[string]int{}
	for _, o := range orgs {
		o.Normalize()
		if err := o.Validate(); err != nil {
			t.Errorf("%s: %v", o.ExternalID, err)
		}
		if seen[o.ExternalID] {
			t.Errorf("duplicate id %s", o.ExternalID)
		}
		seen[o.ExternalID] = true
		perCity[o.City]++
		for _, l := range model.Langs {
			if o.Name[l] == "" {
				t.Errorf("%s: no %s name", o.ExternalID, l)
			}
		}
	}
	for _, c := range model.Cities {
		if perCity[c] < 8 {
			t.Errorf("%d organisations in %s, want several", perCity[c], c)
		}
	}
	// The fresh slice is the caller's to change.
	orgs[0].Name["en"] = "changed"
	if g.Organizations()[0].Name["en"] == "changed" {
		t.Error("Organizations shares its maps between calls")
	}
}

func TestOrgStaffing(t *testing.T) {
	g := New(0)
	tax := model.NewTaxonomy()
	for _, o := range g.orgs {
		if len(o.subs) == 0 || len(o.roles) == 0 {
			t.Errorf("%s: no sub-spheres or roles", o.id)
		}
		for _, s := range o.subs {
			sp, ok := tax.Get(s)
			if !ok || sp.Parent == "" {
				t.Errorf("%s: %q is not a sub-sphere", o.id, s)
			}
		}
		if o.city == model.CityOther && !model.ValidPhone(strings.ReplaceAll(o.phone, "#", "5")) {
			t.Errorf("%s: bad phone template %q", o.id, o.phone)
		}
		if !model.ValidEmail("a.b.1@" + o.mailHost()) {
			t.Errorf("%s: bad mail host %q", o.id, o.mailHost())
		}
	}
	for r, list := range positions {
		for _, p := range list {
			if p.ru == "" || p.zh == "" || p.en == "" {
				t.Errorf("role %d: incomplete position %+v", r, p)
			}
		}
	}
}

var asciiName = regexp.MustCompile(`^[A-Z][a-z]+$`)

func TestNameTables(t *testing.T) {
	for _, m := range ruMales {
		if !asciiName.MatchString(m.en) || m.ru == "" || m.zh == "" || m.patM == "" || m.patF == "" {
			t.Errorf("incomplete male name %+v", m)
		}
	}
	for _, list := range [][]given{ruFemales, kzMales, kzFemales} {
		for _, f := range list {
			if !asciiName.MatchString(f.en) || f.ru == "" || f.zh == "" {
				t.Errorf("incomplete given name %+v", f)
			}
		}
	}
	for _, list := range [][]ruSurname{ruSurnames, kzSurnames} {
		for _, s := range list {
			if !asciiName.MatchString(s.en) || !asciiName.MatchString(s.enF) || s.zhF == "" {
				t.Errorf("incomplete surname %+v", s)
			}
		}
	}
	for _, list := range [][]zhPart{zhCommon, zhSurnames, zhCompound, zhGiven} {
		for _, p := range list {
			py := strings.ToLower(p.py)
			if p.han == "" || p.pal == "" || !regexp.MustCompile(`^[a-z]+$`).MatchString(py) {
				t.Errorf("incomplete Chinese name part %+v", p)
			}
		}
	}
}

func TestORCIDChecksum(t *testing.T) {
	g := New(5)
	for i := range 2000 {
		s := orcid(g.rng(i))
		if !model.ValidORCID(s) {
			t.Fatalf("orcid() = %q fails the checksum", s)
		}
	}
}

func TestTextHelpers(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"ruYears 1", ruYears(1), "1 год"},
		{"ruYears 3", ruYears(3), "3 года"},
		{"ruYears 5", ruYears(5), "5 лет"},
		{"ruYears 11", ruYears(11), "11 лет"},
		{"ruYears 12", ruYears(12), "12 лет"},
		{"ruYears 21", ruYears(21), "21 год"},
		{"ruYears 34", ruYears(34), "34 года"},
		{"ruList", ruList([]string{"а", "б", "в"}), "а, б и в"},
		{"zhList", zhList([]string{"甲", "乙", "丙"}), "甲、乙和丙"},
		{"enList two", enList([]string{"a", "b"}), "a and b"},
		{"capitalize ru", capitalize("тоннельная вентиляция"), "Тоннельная вентиляция"},
		{"capitalize acronym", capitalize("CBTC signalling"), "CBTC signalling"},
		{"capitalize zh", capitalize("隧道通风"), "隧道通风"},
		{"lowerFirst", lowerFirst("Subway construction"), "subway construction"},
		{"pad6", pad6(42), "000042"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
