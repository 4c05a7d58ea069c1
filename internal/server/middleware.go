package server

import (
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"runtime/debug"
	"time"
)

// DefaultContentSecurityPolicy allows only the site's own resources, no
// framing, no plugins and no foreign form targets.
const DefaultContentSecurityPolicy = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"

// Wrap puts h inside the middleware, outermost first: the request log (so
// it sees the status of a recovered panic), the security headers (so that
// error responses have them too) and panic recovery.
func Wrap(h http.Handler, csp string, log *slog.Logger) http.Handler {
	return logRequests(log, securityHeaders(csp, recoverPanics(log, h)))
}

// securityHeaders sets headers that make browsers stricter. They are set
// before h runs, so that h may override them for a response.
func securityHeaders(csp string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hdr := w.Header()
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("X-Frame-Options", "DENY")
		hdr.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		hdr.Set("Content-Security-Policy", csp)
		h.ServeHTTP(w, r)
	})
}

// internalErrorBody is the answer to a panic. It is the shape of every API
// error; the message is in English because the language machinery is what
// may have failed.
const internalErrorBody = `{"error":{"code":"internal","message":"Internal error; please try again later"}}` + "\n"

// recoverPanics turns a panic in h into a logged 500 rather than a dropped
// connection. http.ErrAbortHandler is passed on: it is a deliberate abort.
func recoverPanics(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rw := &statusWriter{ResponseWriter: w}
		before := w.Header().Clone()
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			log.ErrorContext(r.Context(), "panic serving request",
				"method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if rw.status != 0 {
				return // the response has begun; nothing sensible can be added
			}
			// Whatever h set belonged to a response that is not coming.
			hdr := w.Header()
			clear(hdr)
			maps.Copy(hdr, before)
			hdr.Set("Content-Type", "application/json; charset=utf-8")
			hdr.Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = w.Write([]byte(internalErrorBody))
		}()
		h.ServeHTTP(rw, r)
	})
}

// logRequests logs one line per request: method, path, status, size and
// duration. The query string is left out (it may carry names or other
// personal data), and so are bodies.
func logRequests(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(rw, r)
		status := rw.status
		if status == 0 {
			status = http.StatusOK // nothing written: net/http sends 200
		}
		level := slog.LevelInfo
		if status >= http.StatusInternalServerError {
			level = slog.LevelError
		}
		log.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", status),
			slog.Int64("bytes", rw.bytes),
			slog.Duration("duration", time.Since(start)),
		)
	})
}

// statusWriter records the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 && code >= 200 { // 1xx are interim responses
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer (flush,
// deadlines).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
