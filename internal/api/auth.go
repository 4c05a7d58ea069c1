package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"net/http"
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// caller identifies who makes the request. No Authorization header is an
// anonymous caller. A bearer credential is the bootstrap admin token
// (Config.AdminToken), an API token or a session token; a header that
// carries none of them is refused outright, so that a client with a wrong
// token learns it at once instead of silently seeing the anonymous view.
func (h *api) caller(r *http.Request) (policy.Caller, error) {
	authz := r.Header.Get("Authorization")
	if authz == "" {
		return policy.Anonymous(), nil
	}
	token, ok := bearerToken(authz)
	if !ok {
		return policy.Caller{}, fmt.Errorf("api: credentials not accepted: %w", model.ErrUnauthorized)
	}
	if h.isAdminToken(token) {
		return policy.Admin(), nil
	}
	return h.app.BearerCaller(r.Context(), token)
}

// isAdminToken compares in constant time. The admin token is the
// bootstrap credential: it acts as an administrator without an account
// (user id 0 in the audit log), for setting up accounts and for scripts
// that predate them. Hashing first makes the time
// independent of the lengths as well as the contents.
func (h *api) isAdminToken(token string) bool {
	if h.cfg.AdminToken == "" {
		return false
	}
	got := sha256.Sum256([]byte(token))
	want := sha256.Sum256([]byte(h.cfg.AdminToken))
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

func bearerToken(authz string) (string, bool) {
	scheme, token, ok := strings.Cut(authz, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// authorizeWrite refuses anonymous callers (401: they should authenticate)
// and authenticated callers without the right (403).
func authorizeWrite(c policy.Caller) error {
	if !c.Authenticated() {
		return fmt.Errorf("api: write needs credentials: %w", model.ErrUnauthorized)
	}
	if !policy.CanWrite(c) {
		return fmt.Errorf("api: role %q may not write: %w", c.Role, model.ErrForbidden)
	}
	return nil
}
