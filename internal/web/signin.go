package web

import (
	"errors"
	"net/http"
	"strings"

	"talentbridge/internal/model"
)

// signInData is what the sign-in page shows.
type signInData struct {
	Next   string
	Login  string
	Failed bool
}

// signInForm serves GET /signin.
func (h *handler) signInForm(w http.ResponseWriter, r *http.Request, rq *request) error {
	h.ensureFormToken(w, r, rq)
	data := signInData{Next: localPath(r.URL.Query().Get("next"))}
	return h.render(w, r, rq, http.StatusOK, "signin", h.tr.T(rq.lang, "web.signin.title", nil), data)
}

// signIn serves POST /signin: app checks the login and password and starts
// a session, whose token becomes the cookie.
//
// A wrong login, a wrong password, a disabled account and too many attempts
// all get the same page with the same words and status: the page must not
// tell whether an account exists, and the limiter counts unknown logins
// like known ones.
func (h *handler) signIn(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	next := localPath(r.PostFormValue("next"))
	login := strings.TrimSpace(r.PostFormValue("login"))
	token, _, err := h.app.SignIn(r.Context(), login, r.PostFormValue("password"), r.RemoteAddr)
	if errors.Is(err, model.ErrUnauthorized) || errors.Is(err, model.ErrRateLimited) {
		data := signInData{Next: next, Login: login, Failed: true}
		return h.render(w, r, rq, http.StatusUnauthorized, "signin", h.tr.T(rq.lang, "web.signin.title", nil), data)
	}
	if err != nil {
		return err
	}
	// The session app started is new; one the browser held before ends, so
	// that no id known before sign-in stays valid beside it.
	if rq.token != "" {
		if err := h.app.SignOut(r.Context(), rq.token); err != nil {
			h.log.WarnContext(r.Context(), "ending the previous session failed", "err", err)
		}
	}
	_, absolute := h.app.SessionTimeouts()
	setCookie(w, r, sessionCookie, token, absolute)
	clearCookie(w, r, visitorCookie)
	redirect(w, r, next)
	return nil
}

// signOut serves POST /signout: the session ends in the database, not only
// in this browser.
func (h *handler) signOut(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	if rq.token != "" {
		if err := h.app.SignOut(r.Context(), rq.token); err != nil {
			return err
		}
	}
	clearCookie(w, r, sessionCookie)
	redirect(w, r, "/")
	return nil
}
