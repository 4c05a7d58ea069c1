package api

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// statusError is a problem of the HTTP exchange itself, with no error kind
// in model: a wrong content type, an unknown path or method.
type statusError struct {
	status int
	code   string
}

func (e *statusError) Error() string { return http.StatusText(e.status) }

var (
	errUnsupportedMediaType = &statusError{http.StatusUnsupportedMediaType, "unsupported_media_type"}
	errNoRoute              = &statusError{http.StatusNotFound, "not_found"}
	errMethodNotAllowed     = &statusError{http.StatusMethodNotAllowed, "method_not_allowed"}
	// errUnavailable: free-text search needs the search index, which this
	// process has not attached (a tool using the API without one).
	errUnavailable = &statusError{http.StatusServiceUnavailable, "unavailable"}
)

// Error codes of the error kinds (validation errors carry their own).
const (
	codeNotFound     = "not_found"
	codeConflict     = "conflict"
	codeForbidden    = "forbidden"
	codeUnauthorized = "unauthorized"
	codeTooLarge     = "too_large"
	codeInvalid      = "invalid"
	codeInternal     = "internal"
)

// classify maps an error to its HTTP status and the problems to report, the
// first being the main one. It is the only place that knows the mapping.
func classify(err error) (int, []model.FieldError) {
	one := func(status int, code string) (int, []model.FieldError) {
		return status, []model.FieldError{{Code: code}}
	}
	var (
		se  *statusError
		mbe *http.MaxBytesError
		ve  *model.ValidationError
		fe  model.FieldError
	)
	switch {
	case errors.As(err, &se):
		return one(se.status, se.code)
	case errors.As(err, &mbe), errors.Is(err, model.ErrTooLarge):
		return one(http.StatusRequestEntityTooLarge, codeTooLarge)
	case errors.As(err, &ve) && len(ve.Errors) > 0:
		return http.StatusBadRequest, ve.Errors
	case errors.As(err, &fe):
		return http.StatusBadRequest, []model.FieldError{fe}
	case errors.Is(err, model.ErrInvalid):
		return one(http.StatusBadRequest, codeInvalid)
	case errors.Is(err, model.ErrNotFound):
		return one(http.StatusNotFound, codeNotFound)
	case errors.Is(err, model.ErrConflict):
		return one(http.StatusConflict, codeConflict)
	case errors.Is(err, model.ErrUnauthorized):
		return one(http.StatusUnauthorized, codeUnauthorized)
	case errors.Is(err, model.ErrForbidden):
		return one(http.StatusForbidden, codeForbidden)
	case errors.Is(err, model.ErrRateLimited):
		return one(http.StatusTooManyRequests, model.CodeTooManyAttempts)
	}
	return one(http.StatusInternalServerError, codeInternal)
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error problem `json:"error"`
}

type problem struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
	// Details lists every problem of a bad request (400), the first included.
	Details []problem `json:"details,omitempty"`
}

// writeError reports err to the client in the request's language. Server
// errors are logged here, once, with the cause; the client sees only that
// something went wrong.
func (h *api) writeError(w http.ResponseWriter, r *http.Request, scope string, err error) {
	status, problems := classify(err)
	if status >= http.StatusInternalServerError {
		h.log.ErrorContext(r.Context(), "api request failed",
			"method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="talentbridge"`)
	}
	var ra interface{ RetryAfter() time.Duration }
	if status == http.StatusTooManyRequests && errors.As(err, &ra) {
		w.Header().Set("Retry-After", strconv.Itoa(int(ra.RetryAfter().Seconds())))
	}
	lang := requestLang(r)
	body := errorBody{Error: h.problem(lang, scope, problems[0])}
	if status == http.StatusBadRequest {
		for _, fe := range problems {
			body.Error.Details = append(body.Error.Details, h.problem(lang, scope, fe))
		}
	}
	if werr := writeJSON(w, status, body); werr != nil {
		h.log.ErrorContext(r.Context(), "api error response failed", "err", werr)
	}
}

func (h *api) problem(lang, scope string, fe model.FieldError) problem {
	return problem{Code: fe.Code, Field: fe.Field, Message: h.tr.FieldError(lang, scope, fe)}
}

// requestLang is the language of messages: ?ui_lang= if given, else the
// Accept-Language header.
func requestLang(r *http.Request) string {
	if l := r.URL.Query().Get("ui_lang"); l != "" {
		return i18n.Match(l)
	}
	return i18n.Match(r.Header.Get("Accept-Language"))
}
