package model

import (
	"net/mail"
	"regexp"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// ValidORCID reports whether s is an ORCID iD in the form 0000-0002-1825-0097
// whose last character is the ISO 7064 MOD 11-2 check digit of the others.
func ValidORCID(s string) bool {
	if len(s) != 19 {
		return false
	}
	total := 0
	n := 0
	for i := 0; i < 19; i++ {
		c := s[i]
		if i == 4 || i == 9 || i == 14 {
			if c != '-' {
				return false
			}
			continue
		}
		n++
		if n == 16 {
			return c == orcidCheck(total)
		}
		if c < '0' || c > '9' {
			return false
		}
		total = (total + int(c-'0')) * 2
	}
	return false
}

func orcidCheck(total int) byte {
	r := (12 - total%11) % 11
	if r == 10 {
		return 'X'
	}
	return byte('0' + r)
}

// ValidCountry reports whether s is an ISO 3166-1 alpha-2 country code.
func ValidCountry(s string) bool {
	if len(s) != 2 || s != strings.ToUpper(s) {
		return false
	}
	r, err := language.ParseRegion(s)
	return err == nil && r.IsCountry() && r.String() == s
}

// ValidLanguage reports whether s is an ISO 639-1 (two-letter) language code.
func ValidLanguage(s string) bool {
	if len(s) != 2 || s != strings.ToLower(s) {
		return false
	}
	b, err := language.ParseBase(s)
	return err == nil && b.String() == s
}

// ValidEmail reports whether s is a plain address such as name@example.org
// (no display name, a dot in the domain).
func ValidEmail(s string) bool {
	if len(s) > 254 || strings.ContainsAny(s, " <>") {
		return false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	dom := s[at+1:]
	return strings.Contains(dom, ".") && !strings.HasPrefix(dom, ".") && !strings.HasSuffix(dom, ".")
}

var phoneRE = regexp.MustCompile(`^\+?[0-9][0-9 ()\-.]{3,38}[0-9]$`)

// ValidPhone reports whether s looks like a telephone number: digits with
// spaces, dashes, dots or parentheses, optionally a leading +.
func ValidPhone(s string) bool { return phoneRE.MatchString(s) }

// ValidDate reports whether s is a calendar date 2006-01-02.
func ValidDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

var externalIDRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:\-]{0,99}$`)

// ValidExternalID reports whether s is a usable external id: up to 100
// letters, digits and . _ : -, not starting with punctuation.
func ValidExternalID(s string) bool { return externalIDRE.MatchString(s) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
