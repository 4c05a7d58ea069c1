package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"time"
)

// Cookies of the pages. Sessions themselves live in the database (see
// app.SignIn): the session cookie holds the token app issued and nothing
// else, so that any process over the database serves the same sign-in.
const (
	sessionCookie = "tb_session"
	// visitorCookie holds a random value for the form token of a reader
	// who has not signed in (the sign-in form is the only form they see).
	visitorCookie = "tb_visitor"
)

// formToken is the token a page puts in its forms: a hash of the secret
// cookie it is bound to. Whoever can read the cookie could compute it, but
// another site can neither read the cookie nor the page, so it cannot
// forge a form post. Being derived, it needs no storage and survives a
// restart as long as the session does.
func formToken(kind, secret string) string {
	if secret == "" {
		return ""
	}
	sum := sha256.Sum256([]byte("talentbridge form token\x00" + kind + "\x00" + secret))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

func randomToken() string {
	var b [32]byte
	_, _ = rand.Read(b[:]) // never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// equalSecret compares two secrets in constant time; hashing first makes the
// time independent of their lengths too.
func equalSecret(got, want string) bool {
	if want == "" {
		return false
	}
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

// setCookie hands the browser a secret: not readable by scripts, sent on
// top-level navigations from other sites (Lax: a link to a profile from a
// mail keeps the reader signed in) but never on their form posts, and
// Secure when served over TLS. maxAge 0 makes a cookie for the browsing
// session only.
func setCookie(w http.ResponseWriter, r *http.Request, name, value string, maxAge time.Duration) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: int(maxAge.Seconds()),
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode,
	})
}

func clearCookie(w http.ResponseWriter, r *http.Request, name string) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode,
	})
}
