package model

import "testing"

func TestValidORCID(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"0000-0002-1825-0097", true},  // the ORCID documentation's example
		{"0000-0001-5109-3700", true},  // another published example
		{"0000-0002-1694-233X", true},  // check digit X
		{"0000-0002-1825-0098", false}, // wrong check digit
		{"0000-0002-1694-2339", false},
		{"0000000218250097", false},     // no hyphens
		{"0000-0002-1825-009", false},   // too short
		{"0000-0002-1825-00970", false}, // too long
		{"000a-0002-1825-0097", false},
		{"0000_0002_1825_0097", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := ValidORCID(tt.in); got != tt.want {
			t.Errorf("ValidORCID(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestValidCountryAndLanguage(t *testing.T) {
	for _, c := range []string{"RU", "CN", "US", "DE", "KZ", "HK"} {
		if !ValidCountry(c) {
			t.Errorf("ValidCountry(%q) = false", c)
		}
	}
	for _, c := range []string{"", "ru", "XX", "ZZ", "RUS", "419", "EU", "R"} {
		if ValidCountry(c) {
			t.Errorf("ValidCountry(%q) = true", c)
		}
	}
	for _, l := range []string{"ru", "zh", "en", "de", "fr", "kk"} {
		if !ValidLanguage(l) {
			t.Errorf("ValidLanguage(%q) = false", l)
		}
	}
	for _, l := range []string{"", "RU", "rus", "xx", "qq", "r"} {
		if ValidLanguage(l) {
			t.Errorf("ValidLanguage(%q) = true", l)
		}
	}
}

func TestValidEmailPhoneDate(t *testing.T) {
	for _, s := range []string{"m.ivanova@example.org", "zhang.wei@example.cn", "a+b@sub.example.ru"} {
		if !ValidEmail(s) {
			t.Errorf("ValidEmail(%q) = false", s)
		}
	}
	for _, s := range []string{"", "plain", "a@b", "Maria <m@example.org>", "a@@example.org", "a@example.", "a b@example.org"} {
		if ValidEmail(s) {
			t.Errorf("ValidEmail(%q) = true", s)
		}
	}
	for _, s := range []string{"+7 495 000-00-00", "+86 10 6275 1234", "8 (495) 123-45-67"} {
		if !ValidPhone(s) {
			t.Errorf("ValidPhone(%q) = false", s)
		}
	}
	for _, s := range []string{"", "call me", "+7", "12ab34"} {
		if ValidPhone(s) {
			t.Errorf("ValidPhone(%q) = true", s)
		}
	}
	if !ValidDate("2024-02-29") || ValidDate("2023-02-29") || ValidDate("01.01.2021") {
		t.Error("ValidDate is wrong about leap days or formats")
	}
}
