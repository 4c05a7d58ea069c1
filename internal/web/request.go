package web

import (
	"errors"
	"net/http"
	"net/url"
	"slices"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// langCookie remembers the reader's choice of language.
const langCookie = "tb_lang"

// request is what a page handler knows about who asks and in which language.
type request struct {
	lang   string
	caller policy.Caller
	token  string // the session token; "" for a reader who has not signed in
	csrf   string // the form token; "" until the reader has a cookie to bind it to
	// account is the signed-in reader's account; nil for anonymous readers
	// (and for a caller without an account).
	account *model.User
}

// handlerFunc is a page handler: it writes a response or returns an error
// for the error page.
type handlerFunc func(w http.ResponseWriter, r *http.Request, rq *request) error

// identify reads the language of the request and resolves the session
// cookie through app. A session that has ended (expired, idle, signed out
// elsewhere, account disabled) makes an anonymous reader, and its cookie is
// dropped; only a failure to look it up is an error.
func (h *handler) identify(w http.ResponseWriter, r *http.Request) (*request, error) {
	rq := &request{lang: requestLang(r), caller: policy.Anonymous()}
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		caller, err := h.app.SessionCaller(r.Context(), c.Value)
		switch {
		case err == nil:
			rq.caller, rq.token = caller, c.Value
			rq.csrf = formToken("session", c.Value)
			if caller.UserID != 0 {
				// For the header's name and the one-time password's gate.
				if rq.account, err = h.app.Me(r.Context(), caller); err != nil {
					return rq, err
				}
			}
			return rq, nil
		case errors.Is(err, model.ErrUnauthorized):
			clearCookie(w, r, sessionCookie)
		default:
			return rq, err
		}
	}
	if c, err := r.Cookie(visitorCookie); err == nil && len(c.Value) >= 32 {
		rq.csrf = formToken("visitor", c.Value)
	}
	return rq, nil
}

// requestLang is the language chosen with the switch, else the best match
// for the browser's Accept-Language.
func requestLang(r *http.Request) string {
	if c, err := r.Cookie(langCookie); err == nil && slices.Contains(i18n.Languages(), c.Value) {
		return c.Value
	}
	return i18n.Match(r.Header.Get("Accept-Language"))
}

// ensureFormToken gives a reader who has not signed in a form token (and
// the cookie it is bound to), so that the sign-in form can carry one.
func (h *handler) ensureFormToken(w http.ResponseWriter, r *http.Request, rq *request) {
	if rq.csrf != "" {
		return
	}
	v := randomToken()
	setCookie(w, r, visitorCookie, v, 0)
	rq.csrf = formToken("visitor", v)
}

// checkCSRF verifies a submitted form: the browser must not say it comes
// from another site (Sec-Fetch-Site, Origin), and its token must be the one
// bound to the reader's cookie. Either alone would stop a forged post in
// today's browsers; together they also cover old ones and proxies that
// strip headers.
func (h *handler) checkCSRF(r *http.Request, rq *request) error {
	if err := h.origins.Check(r); err != nil {
		return errBadCSRF
	}
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return errBadRequest
	}
	if !equalSecret(r.PostFormValue("csrf"), rq.csrf) {
		return errBadCSRF
	}
	return nil
}

// requireSignIn sends a reader who has not signed in to the sign-in page,
// to come back here afterwards (to the page a form was posted from, since
// the post itself cannot be repeated). done reports that it answered.
func (h *handler) requireSignIn(w http.ResponseWriter, r *http.Request, rq *request) (done bool) {
	if rq.caller.Authenticated() {
		return false
	}
	next := r.URL.RequestURI()
	if r.Method != http.MethodGet {
		next = r.URL.Path
	}
	redirect(w, r, "/signin?next="+url.QueryEscape(next))
	return true
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
