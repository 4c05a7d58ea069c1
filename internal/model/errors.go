// Package model holds TalentBridge's domain types, their validation and the
// error kinds shared by every layer. It imports nothing of ours.
package model

import (
	"errors"
	"fmt"
	"strings"
)

// Error kinds. Every error that crosses a package boundary wraps one of these,
// so that the edges (API, web, CLI) can map it to a status and a message.
var (
	ErrNotFound     = errors.New("not found")
	ErrInvalid      = errors.New("invalid")
	ErrConflict     = errors.New("conflict")
	ErrForbidden    = errors.New("forbidden")
	ErrUnauthorized = errors.New("unauthorized")
	ErrTooLarge     = errors.New("too large")
)

// FieldError is one validation problem: a translatable message key (Code), the
// offending field as a JSON path ("name.ru", "outputs[2].title") and optional
// parameters for the message (such as a length limit).
type FieldError struct {
	Field  string
	Code   string
	Params map[string]any
}

func (e FieldError) Error() string {
	if len(e.Params) == 0 {
		return fmt.Sprintf("%s: %s", e.Field, e.Code)
	}
	return fmt.Sprintf("%s: %s %v", e.Field, e.Code, e.Params)
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (e FieldError) Unwrap() error { return ErrInvalid }

// ValidationError collects every FieldError found in one record.
type ValidationError struct {
	Errors []FieldError
}

func (v *ValidationError) Error() string {
	parts := make([]string, len(v.Errors))
	for i, e := range v.Errors {
		parts[i] = e.Error()
	}
	return "invalid: " + strings.Join(parts, "; ")
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (v *ValidationError) Unwrap() error { return ErrInvalid }

// First returns the first problem, for transports that report one.
func (v *ValidationError) First() FieldError { return v.Errors[0] }

func (v *ValidationError) add(field, code string, params map[string]any) {
	v.Errors = append(v.Errors, FieldError{Field: field, Code: code, Params: params})
}

func (v *ValidationError) orNil() error {
	if len(v.Errors) == 0 {
		return nil
	}
	return v
}

// Invalid builds a single-field validation error.
func Invalid(field, code string) error {
	return &ValidationError{Errors: []FieldError{{Field: field, Code: code}}}
}

// Validation error codes. They double as message keys ("error.<code>") in
// the locale files.
const (
	CodeRequired        = "required"
	CodeTooLong         = "too_long"
	CodeTooMany         = "too_many"
	CodeBadFormat       = "bad_format"
	CodeBadChecksum     = "bad_checksum"
	CodeUnknownLanguage = "unknown_language"
	CodeUnknownCountry  = "unknown_country"
	CodeUnknownCity     = "unknown_city"
	CodeUnknownSphere   = "unknown_sphere"
	CodeUnknownValue    = "unknown_value"
	CodeBadEmail        = "bad_email"
	CodeBadDate         = "bad_date"
	CodeDateOrder       = "date_order"
	CodeBadUTF8         = "bad_utf8"
	CodeBadJSON         = "bad_json"
	CodeDuplicate       = "duplicate"
	CodeOutOfRange      = "out_of_range"
)

// Codes for problems with a line of an input file as a whole.
const (
	CodeLineTooLong  = "line_too_long"
	CodeUnknownField = "unknown_field"
	CodeTrailingData = "trailing_data"
)
