package web

import (
	"net/http"
	"slices"

	"talentbridge/internal/i18n"
)

// switchLang serves GET /lang/{lang}?next=: it remembers the language in a
// cookie and returns to the page. A plain link, so that the switch works
// without scripts and from the keyboard; the cookie is only a preference.
func (h *handler) switchLang(w http.ResponseWriter, r *http.Request, rq *request) error {
	lang := r.PathValue("lang")
	if !slices.Contains(i18n.Languages(), lang) {
		return errNoRoute
	}
	http.SetCookie(w, &http.Cookie{
		Name: langCookie, Value: lang, Path: "/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode,
	})
	redirect(w, r, localPath(r.URL.Query().Get("next")))
	return nil
}
