package web

import (
	"errors"
	"net/http"

	"talentbridge/internal/model"
)

// pageError is a problem of the exchange with no error kind in model.
type pageError struct {
	status int
	key    string // message key
}

func (e *pageError) Error() string { return http.StatusText(e.status) }

var (
	errBadCSRF    = &pageError{http.StatusForbidden, "web.error.csrf"}
	errNoRoute    = &pageError{http.StatusNotFound, "error.not_found"}
	errBadRequest = &pageError{http.StatusBadRequest, "error.invalid"}
	errForbidden  = &pageError{http.StatusForbidden, "error.forbidden"}
)

// classify maps an error to the status and message key of the error page.
// It is the one place that knows the mapping for pages.
func classify(err error) (int, string) {
	var pe *pageError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &pe):
		return pe.status, pe.key
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, "error.too_large"
	case errors.Is(err, model.ErrNotFound):
		return http.StatusNotFound, "error.not_found"
	case errors.Is(err, model.ErrForbidden):
		return http.StatusForbidden, "error.forbidden"
	case errors.Is(err, model.ErrUnauthorized):
		return http.StatusUnauthorized, "error.unauthorized"
	case errors.Is(err, model.ErrConflict):
		return http.StatusConflict, "error.conflict"
	case errors.Is(err, model.ErrInvalid):
		return http.StatusBadRequest, "error.invalid"
	case errors.Is(err, model.ErrTooLarge):
		return http.StatusRequestEntityTooLarge, "error.too_large"
	}
	return http.StatusInternalServerError, "error.internal"
}

// errorData is what the error page shows.
type errorData struct {
	Status  int
	Message string
}

// writeError renders the error page for err, logging server faults once.
func (h *handler) writeError(w http.ResponseWriter, r *http.Request, rq *request, err error) {
	status, key := classify(err)
	if status >= http.StatusInternalServerError && status != http.StatusServiceUnavailable {
		h.log.ErrorContext(r.Context(), "page failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	data := errorData{Status: status, Message: h.tr.T(rq.lang, key, nil)}
	if rerr := h.render(w, r, rq, status, "error", h.tr.T(rq.lang, "web.error.title", nil), data); rerr != nil {
		h.log.ErrorContext(r.Context(), "error page failed", "err", rerr)
		http.Error(w, http.StatusText(status), status)
	}
}
