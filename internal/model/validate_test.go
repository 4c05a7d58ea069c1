package model

import (
	"errors"

	"golang.org/x/text/unicode/norm"
	"reflect"
	"strings"
	"testing"
)

func validExpert() Expert {
	return Expert{
		ExternalID:   "msk-000123",
		Name:         Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova", "zh": "玛丽亚·伊万诺娃"},
		City:         "moscow",
		Country:      "RU",
		Organization: Text{"ru": "Московский метрополитен"},
		Spheres:      []string{"transport", "transport.subway"},
		Keywords:     Terms{"ru": {"тоннельная вентиляция"}, "zh": {"隧道通风"}},
		Languages:    []string{"ru", "en"},
		ORCID:        "0000-0002-1825-0097",
		Email:        "m.ivanova@example.org",
		Phone:        "+7 495 000-00-00",
		Outputs:      []Output{{Kind: "publication", Title: "Ventilation of deep stations", Year: 2020, Lang: "en"}},
		Availability: &Availability{Formats: []string{"lecture"}, From: "2021-01-01", Until: "2023-12-31"},
	}
}

func TestValidateAcceptsAValidExpert(t *testing.T) {
	e := validExpert()
	e.Normalize()
	if err := e.Validate(NewTaxonomy()); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if e.NativeLang != "ru" || e.Visibility != VisibilityPublic {
		t.Errorf("defaults: native_lang %q, visibility %q", e.NativeLang, e.Visibility)
	}
}

func TestValidateReportsFieldAndCode(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Expert)
		field string
		code  string
	}{
		{"no external id", func(e *Expert) { e.ExternalID = "" }, "external_id", CodeRequired},
		{"bad external id", func(e *Expert) { e.ExternalID = "a b" }, "external_id", CodeBadFormat},
		{"no name", func(e *Expert) { e.Name = nil }, "name", CodeRequired},
		{"blank name", func(e *Expert) { e.Name = Text{"ru": "  "} }, "name", CodeRequired},
		{"name language", func(e *Expert) { e.Name["de"] = "Iwanowa" }, "name.de", CodeUnknownLanguage},
		{"long name", func(e *Expert) { e.Name["en"] = strings.Repeat("x", MaxName+1) }, "name.en", CodeTooLong},
		{"bad utf8", func(e *Expert) { e.Bio = Text{"en": "a\xffb"} }, "bio.en", CodeBadUTF8},
		{"long bio", func(e *Expert) { e.Bio = Text{"ru": strings.Repeat("я", MaxBio+1)} }, "bio.ru", CodeTooLong},
		{"orcid checksum", func(e *Expert) { e.ORCID = "0000-0002-1825-0098" }, "orcid", CodeBadChecksum},
		{"orcid format", func(e *Expert) { e.ORCID = "12345" }, "orcid", CodeBadFormat},
		{"country", func(e *Expert) { e.Country = "XX" }, "country", CodeUnknownCountry},
		{"city", func(e *Expert) { e.City = "paris" }, "city", CodeUnknownCity},
		{"sphere", func(e *Expert) { e.Spheres = []string{"transport.teleport"} }, "spheres[0]", CodeUnknownSphere},
		{"language", func(e *Expert) { e.Languages = []string{"ru", "xx"} }, "languages[1]", CodeUnknownLanguage},
		{"email", func(e *Expert) { e.Email = "not-an-address" }, "email", CodeBadEmail},
		{"phone", func(e *Expert) { e.Phone = "call me" }, "phone", CodeBadFormat},
		{"output kind", func(e *Expert) { e.Outputs[0].Kind = "poem" }, "outputs[0].kind", CodeUnknownValue},
		{"output title", func(e *Expert) { e.Outputs[0].Title = "" }, "outputs[0].title", CodeRequired},
		{"output year", func(e *Expert) { e.Outputs[0].Year = 1200 }, "outputs[0].year", CodeOutOfRange},
		{"output url", func(e *Expert) { e.Outputs[0].URL = "javascript:alert(1)" }, "outputs[0].url", CodeBadFormat},
		{"format", func(e *Expert) { e.Availability.Formats = []string{"teleport"} }, "availability.formats[0]", CodeUnknownValue},
		{"date", func(e *Expert) { e.Availability.From = "2021-13-01" }, "availability.from", CodeBadDate},
		{"date order", func(e *Expert) { e.Availability.Until = "2020-01-01" }, "availability.until", CodeDateOrder},
		{"visibility", func(e *Expert) { e.Visibility = "secret" }, "visibility", CodeUnknownValue},
		{"keywords", func(e *Expert) { e.Keywords["ru"] = make([]string, MaxKeywords+1) }, "", ""}, // emptied by Normalize
		{"keyword length", func(e *Expert) { e.Keywords["en"] = []string{strings.Repeat("k", MaxKeyword+1)} }, "keywords.en[0]", CodeTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := validExpert()
			tt.edit(&e)
			e.Normalize()
			err := e.Validate(NewTaxonomy())
			if tt.code == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			var ve *ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("want a ValidationError wrapping ErrInvalid, got %v", err)
			}
			for _, fe := range ve.Errors {
				if fe.Field == tt.field && fe.Code == tt.code {
					return
				}
			}
			t.Fatalf("want %s/%s, got %v", tt.field, tt.code, ve.Errors)
		})
	}
}

func TestNormalizeIsIdempotent(t *testing.T) {
	e := validExpert()
	e.Name["en"] = "  Maria Ivanova "
	e.Spheres = append(e.Spheres, "transport", " transport.subway")
	e.Languages = []string{"RU", "ru", "en"}
	e.Email = "M.Ivanova@Example.ORG"
	e.Name["ru"] = "Иванова Мари\u0301я" // combining accent, composed by NFC where possible
	e.Normalize()
	once := e
	once.Name = Text{}
	for k, v := range e.Name {
		once.Name[k] = v
	}
	e.Normalize()
	if !reflect.DeepEqual(once.Name, e.Name) || !reflect.DeepEqual(e.Spheres, []string{"transport", "transport.subway"}) {
		t.Fatalf("not idempotent or not deduplicated: %v %v", e.Name, e.Spheres)
	}
	if !reflect.DeepEqual(e.Languages, []string{"ru", "en"}) || e.Email != "M.Ivanova@example.org" {
		t.Fatalf("languages %v email %q", e.Languages, e.Email)
	}
}

func TestOrganizationValidate(t *testing.T) {
	o := Organization{ExternalID: "org-msk-metro", Name: Text{"ru": "Московский метрополитен"}, City: "Moscow", Kind: "transport-operator"}
	o.Normalize()
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	o.Kind = "spaceport"
	o.Website = "ftp://x"
	var ve *ValidationError
	if err := o.Validate(); !errors.As(err, &ve) || len(ve.Errors) != 2 {
		t.Fatalf("want two problems, got %v", err)
	}
}

func TestNFCStableAgreesWithNormalisation(t *testing.T) {
	samples := []string{
		"Иванова Мария Сергеевна", "Zhang Wei", "中国科学院计算技术研究所", "Ångström — «тест»", "Ｔｅｓｔ，测试。",
		"Мари\u0301я", "e\u0301", "\u2126", "\uf900", "й", "и\u0306", "ё", "е\u0308", "\u0483", "Ελληνικά",
	}
	for _, s := range samples {
		if nfcStable(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("nfcStable(%q) is true but NFC changes it", s)
		}
		if got := normString(s); !norm.NFC.IsNormalString(got) {
			t.Errorf("normString(%q) = %q is not NFC", s, got)
		}
	}
	if !nfcStable("Иванова Мария 张伟 Zhang-Wei, 2021") {
		t.Error("ordinary names should take the fast path")
	}
}

func TestNFCStableRangesExhaustively(t *testing.T) {
	for r := rune(1); r < 0x10000; r++ {
		s := string(r)
		if !nfcStable(s) {
			continue
		}
		for _, before := range []string{"", "a", "e", "и", "中", "\u00e9", "\u0415"} {
			if x := before + s; !norm.NFC.IsNormalString(x) {
				t.Fatalf("U+%04X after %q is not NFC-stable", r, before)
			}
		}
	}
}
