package web

import (
	"errors"
	"net/http"
	"slices"

	"talentbridge/internal/i18n"
	"talentbridge/internal/policy"
)

// langCookie remembers the reader's choice of language.
const langCookie = "tb_lang"

// request is what a page handler knows about who asks and in which language.
type request struct {
	lang   string
	caller policy.Caller
	sess   *session // nil: the browser has no live session
}

// handlerFunc is a page handler: it writes a response or returns an error
// for the error page.
type handlerFunc func(w http.ResponseWriter, r *http.Request, rq *request) error

// identify reads the session cookie and the language of the request.
func (h *handler) identify(r *http.Request) *request {
	rq := &request{lang: requestLang(r), caller: policy.Anonymous()}
	if c, err := r.Cookie(sessionCookie); err == nil {
		if ss, ok := h.sessions.get(c.Value); ok {
			rq.sess = &ss
			rq.caller = ss.caller
		}
	}
	return rq
}

// requestLang is the language chosen with the switch, else the best match
// for the browser's Accept-Language.
func requestLang(r *http.Request) string {
	if c, err := r.Cookie(langCookie); err == nil && slices.Contains(i18n.Languages(), c.Value) {
		return c.Value
	}
	return i18n.Match(r.Header.Get("Accept-Language"))
}

// ensureSession returns the request's session, starting an anonymous one
// when there is none, so that a form can carry a CSRF token.
func (h *handler) ensureSession(w http.ResponseWriter, r *http.Request, rq *request) session {
	if rq.sess != nil {
		return *rq.sess
	}
	ss := h.sessions.start(rq.caller)
	setSessionCookie(w, r, ss, h.cfg.SessionTTL)
	rq.sess = &ss
	return ss
}

// checkCSRF verifies the token of a submitted form against the session's.
// Together with SameSite=Strict cookies it keeps other sites from posting
// forms in a signed-in reader's name.
func checkCSRF(r *http.Request, rq *request) error {
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return errBadRequest
	}
	if rq.sess == nil || !equalSecret(r.PostFormValue("csrf"), rq.sess.csrf) {
		return errBadCSRF
	}
	return nil
}

// localPath returns next when it is a path on this site, else "/": redirects
// after sign-in or a language switch must not lead elsewhere.
func localPath(next string) string {
	if len(next) == 0 || next[0] != '/' || (len(next) > 1 && (next[1] == '/' || next[1] == '\\')) {
		return "/"
	}
	for _, c := range next {
		if c < 0x20 || c == 0x7f {
			return "/"
		}
	}
	return next
}
