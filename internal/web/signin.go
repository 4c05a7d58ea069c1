package web

import (
	"net/http"

	"talentbridge/internal/policy"
)

// signInData is what the sign-in page shows.
type signInData struct {
	Next   string
	Failed bool
	Closed bool // no admin token configured: no one can sign in
}

// signInForm serves GET /signin.
func (h *handler) signInForm(w http.ResponseWriter, r *http.Request, rq *request) error {
	h.ensureSession(w, r, rq)
	data := signInData{Next: localPath(r.URL.Query().Get("next")), Closed: h.cfg.AdminToken == ""}
	return h.render(w, r, rq, http.StatusOK, "signin", h.tr.T(rq.lang, "web.signin.title", nil), data)
}

// signIn serves POST /signin: the administration token starts an admin
// session. Accounts of other roles come later; the session then carries
// their caller instead.
func (h *handler) signIn(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := checkCSRF(r, rq); err != nil {
		return err
	}
	next := localPath(r.PostFormValue("next"))
	if !equalSecret(r.PostFormValue("token"), h.cfg.AdminToken) {
		data := signInData{Next: next, Failed: true, Closed: h.cfg.AdminToken == ""}
		return h.render(w, r, rq, http.StatusUnauthorized, "signin", h.tr.T(rq.lang, "web.signin.title", nil), data)
	}
	// A new id on sign-in: an id planted in the browser before cannot be
	// used to ride the admin session.
	h.sessions.end(rq.sess.id)
	ss := h.sessions.start(policy.Admin())
	setSessionCookie(w, r, ss, h.cfg.SessionTTL)
	redirect(w, r, next)
	return nil
}

// signOut serves POST /signout.
func (h *handler) signOut(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := checkCSRF(r, rq); err != nil {
		return err
	}
	h.sessions.end(rq.sess.id)
	clearSessionCookie(w, r)
	redirect(w, r, "/")
	return nil
}
