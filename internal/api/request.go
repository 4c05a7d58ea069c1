package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"talentbridge/internal/model"
)

// decodeJSON reads the request body, which must be one JSON object of the
// shape of v and nothing else. Unknown fields are refused by name, so that a
// misspelt field is not silently dropped.
func decodeJSON(r *http.Request, v any) error {
	if !isJSON(r.Header.Get("Content-Type")) {
		return errUnsupportedMediaType
	}
	raw, err := io.ReadAll(r.Body) // bounded by the MaxBytesReader
	if err != nil {
		return fmt.Errorf("api: read body: %w", err)
	}
	if !utf8.Valid(raw) {
		return model.Invalid("", model.CodeBadUTF8)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(err, v)
	}
	if _, err := dec.Token(); err != io.EOF {
		return model.Invalid("", model.CodeTrailingData)
	}
	return nil
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json"))
}

// decodeError turns a decoder error into a validation error naming the
// field where it can.
func decodeError(err error, v any) error {
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te):
		return model.Invalid(jsonPath(te.Field, v), model.CodeBadFormat)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no error type for this; the message is stable.
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return model.Invalid(name, model.CodeUnknownField)
	}
	return model.Invalid("", model.CodeBadJSON)
}

// pathID is the {id} of the path: a positive integer, else a 404 (no record
// can have such an id).
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("api: id %q: %w", r.PathValue("id"), model.ErrNotFound)
	}
	return id, nil
}

// Page sizes of lists.
const (
	defaultLimit = 50
	maxLimit     = 500
)

// pageParams reads ?after=<cursor>&limit=<n>. The cursor is opaque to
// clients; it is the id of the last record of the previous page.
func pageParams(r *http.Request) (after int64, limit int, err error) {
	q := r.URL.Query()
	if s := q.Get("after"); s != "" {
		after, err = strconv.ParseInt(s, 10, 64)
		if err != nil || after < 0 {
			return 0, 0, model.Invalid("after", model.CodeBadFormat)
		}
	}
	limit = defaultLimit
	if s := q.Get("limit"); s != "" {
		limit, err = strconv.Atoi(s)
		if err != nil || limit < 1 || limit > maxLimit {
			return 0, 0, &model.ValidationError{Errors: []model.FieldError{{
				Field: "limit", Code: model.CodeOutOfRange, Params: map[string]any{"min": 1, "max": maxLimit},
			}}}
		}
	}
	return after, limit, nil
}

// cursor renders the next-page cursor; "" when there is no next page.
func cursor(next int64) string {
	if next == 0 {
		return ""
	}
	return strconv.FormatInt(next, 10)
}

// expectedVersion is the version an update must find: from If-Match when
// present, else from the body's "version" field; 0 means unconditional.
func expectedVersion(r *http.Request, bodyVersion int64) (int64, error) {
	h := strings.TrimSpace(r.Header.Get("If-Match"))
	if h == "" {
		return bodyVersion, nil
	}
	if h == "*" {
		return 0, nil
	}
	v, err := strconv.ParseInt(strings.Trim(strings.TrimPrefix(h, "W/"), `"`), 10, 64)
	if err != nil || v <= 0 {
		return 0, model.Invalid("version", model.CodeBadFormat)
	}
	return v, nil
}

// jsonPath removes from a decoder's field path the Go names of the structs
// embedded in v (expertDoc embeds model.Expert, so a bad "spheres" is
// reported as "Expert.spheres"), leaving the path the client sent.
func jsonPath(field string, v any) string {
	t := reflect.TypeOf(v)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return field
	}
	for f := range t.Fields() {
		if f.Anonymous {
			if rest, ok := strings.CutPrefix(field, f.Name+"."); ok {
				return rest
			}
		}
	}
	return field
}
