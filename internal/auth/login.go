package auth

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"talentbridge/internal/model"
)

// MaxLoginLen bounds a login, in bytes: an e-mail address fits.
const MaxLoginLen = 254

// NormalizeLogin returns the canonical form of a login as typed in a form:
// trimmed, NFC, lower-cased. Logins are compared in this form, so that
// "Ivan@Example.org" and "ivan@example.org" are one account and one entry
// of the rate limiter.
func NormalizeLogin(s string) string {
	return strings.ToLower(norm.NFC.String(strings.TrimSpace(s)))
}

// ValidLogin reports whether a normalised login may name an account: one
// to MaxLoginLen bytes of valid UTF-8, printable, without spaces.
func ValidLogin(s string) bool {
	if s == "" || len(s) > MaxLoginLen || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsSpace(r) || !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// CheckPassword enforces the password rules: at least MinPasswordLen
// bytes (a passphrase is encouraged), at most MaxPasswordLen, valid UTF-8.
func CheckPassword(p string) error {
	switch {
	case !utf8.ValidString(p):
		return model.Invalid("password", model.CodeBadUTF8)
	case len(p) < MinPasswordLen:
		return &model.ValidationError{Errors: []model.FieldError{{
			Field: "password", Code: model.CodePasswordTooShort, Params: map[string]any{"min": MinPasswordLen}}}}
	case len(p) > MaxPasswordLen:
		return &model.ValidationError{Errors: []model.FieldError{{
			Field: "password", Code: model.CodeTooLong, Params: map[string]any{"max": MaxPasswordLen}}}}
	}
	return nil
}
