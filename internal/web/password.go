package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// passwordPath is the page where a reader changes their password.
const passwordPath = "/account/password"

// passwordData is what the password page shows.
type passwordData struct {
	// Forced: the account holds a one-time password, which must be
	// changed before anything else.
	Forced   bool
	Login    string // for password managers
	Next     string
	Done     bool
	Problems map[string]string // field ("current", "password", "confirm") → message
}

// passwordForm serves GET /account/password.
func (h *handler) passwordForm(w http.ResponseWriter, r *http.Request, rq *request) error {
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	data := passwordData{Forced: rq.mustChange(), Login: rq.login(), Next: localPath(r.URL.Query().Get("next")),
		Done: r.URL.Query().Get("done") == "1"}
	return h.render(w, r, rq, http.StatusOK, "password", h.tr.T(rq.lang, "web.password.title", nil), data)
}

// changePassword serves POST /account/password: the current password, and
// the new one twice. app ends every session of the account when the
// password changes; this browser is signed in again with the new one, so
// that only the other sessions end.
func (h *handler) changePassword(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	ctx := r.Context()
	data := passwordData{Forced: rq.mustChange(), Login: rq.login(), Next: localPath(r.PostFormValue("next")),
		Problems: map[string]string{}}
	current, password := r.PostFormValue("current"), r.PostFormValue("password")
	if password != r.PostFormValue("confirm") {
		data.Problems["confirm"] = h.tr.T(rq.lang, "web.password.mismatch", nil)
	} else {
		err := h.app.ChangeOwnPassword(ctx, rq.caller, current, password)
		var ve *model.ValidationError
		switch {
		case errors.Is(err, model.ErrUnauthorized) || errors.Is(err, model.ErrRateLimited):
			data.Problems["current"] = h.tr.T(rq.lang, "web.password.wrong", nil)
		case errors.As(err, &ve):
			var msgs []string
			for _, fe := range ve.Errors {
				msgs = append(msgs, h.tr.T(rq.lang, i18n.ErrorKey(fe.Code), fe.Params))
			}
			data.Problems["password"] = strings.Join(msgs, " ")
		case err != nil:
			return err
		}
	}
	if len(data.Problems) > 0 {
		return h.render(w, r, rq, http.StatusUnprocessableEntity, "password", h.tr.T(rq.lang, "web.password.title", nil), data)
	}
	token, _, err := h.app.SignIn(ctx, data.Login, password, r.RemoteAddr)
	if err != nil {
		// The password did change; only the new session failed.
		h.log.WarnContext(ctx, "signing in after a password change failed", "err", err)
		clearCookie(w, r, sessionCookie)
		redirect(w, r, "/signin?next="+url.QueryEscape(data.Next))
		return nil
	}
	_, absolute := h.app.SessionTimeouts()
	setCookie(w, r, sessionCookie, token, absolute)
	if data.Forced {
		redirect(w, r, data.Next)
	} else {
		redirect(w, r, passwordPath+"?done=1")
	}
	return nil
}

// mustChange reports whether the reader's account holds a one-time
// password still to be changed.
func (rq *request) mustChange() bool { return rq.account != nil && rq.account.MustChange }

// login is the reader's login ("" without an account).
func (rq *request) login() string {
	if rq.account == nil {
		return ""
	}
	return rq.account.Login
}

// passwordGate sends a reader whose password must change to the password
// page, from any page but that one, signing out and the language switch.
// done reports that it answered.
func passwordGate(w http.ResponseWriter, r *http.Request, rq *request) (done bool) {
	if !rq.mustChange() || r.URL.Path == passwordPath || r.URL.Path == "/signout" ||
		strings.HasPrefix(r.URL.Path, "/lang/") {
		return false
	}
	next := r.URL.RequestURI()
	if r.Method != http.MethodGet {
		next = r.URL.Path
	}
	redirect(w, r, passwordPath+"?next="+url.QueryEscape(next))
	return true
}
