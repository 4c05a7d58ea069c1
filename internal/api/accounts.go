package api

import (
	"net/http"
	"strconv"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// signInBody is the body of POST /api/v1/sessions.
type signInBody struct {
	Login    string `json:"login"`
	Password string `json:"password"`
}

// sessionDoc answers a sign-in: the session token, shown once, to be sent
// as a bearer token (the web pages keep theirs in a cookie).
type sessionDoc struct {
	Token     string    `json:"token"`
	ExpiresAt string    `json:"expires_at"`
	Caller    callerDoc `json:"caller"`
}

// callerDoc is who the API takes the caller for.
type callerDoc struct {
	UserID   int64    `json:"user_id,omitempty"`
	Role     string   `json:"role"`
	City     string   `json:"city,omitempty"`
	OrgIDs   []string `json:"organization_ids,omitempty"`
	ExpertID int64    `json:"expert_id,omitempty"`
	Scopes   []string `json:"scopes,omitempty"`
}

func newCallerDoc(c policy.Caller) callerDoc {
	return callerDoc{UserID: c.UserID, Role: c.Role, City: c.City, OrgIDs: c.OrgIDs, ExpertID: c.ExpertID, Scopes: c.Scopes}
}

// signIn serves POST /api/v1/sessions. A wrong login, a wrong password and
// a disabled account get the same 401; too many attempts get 429 with
// Retry-After, for any login alike.
func (h *api) signIn(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	var in signInBody
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	token, c, err := h.app.SignIn(r.Context(), in.Login, in.Password, r.RemoteAddr)
	if err != nil {
		return err
	}
	_, absolute := h.app.SessionTimeouts()
	return writeJSON(w, http.StatusCreated, sessionDoc{Token: token,
		ExpiresAt: timestamp(time.Now().Add(absolute)), Caller: newCallerDoc(c)})
}

// signOut serves DELETE /api/v1/sessions/current: it ends the session
// whose token authorises the request.
func (h *api) signOut(w http.ResponseWriter, r *http.Request, _ policy.Caller) error {
	token, _ := bearerToken(r.Header.Get("Authorization"))
	if err := h.app.SignOut(r.Context(), token); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// meDoc is the caller and, when they have one, their account.
type meDoc struct {
	Caller  callerDoc   `json:"caller"`
	Account *model.User `json:"account,omitempty"`
}

// me serves GET /api/v1/me.
func (h *api) me(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	out := meDoc{Caller: newCallerDoc(c)}
	if c.UserID != 0 {
		u, err := h.app.Me(r.Context(), c)
		if err != nil {
			return err
		}
		out.Account = u
	}
	return writeJSON(w, http.StatusOK, out)
}

// tokenBody is the body of POST /api/v1/me/tokens.
type tokenBody struct {
	Name   string   `json:"name"`
	Scopes []string `json:"scopes"`
}

// newTokenDoc answers the creation of a token: the only time it is shown.
type newTokenDoc struct {
	Token string `json:"token"`
	model.APIToken
}

// createToken serves POST /api/v1/me/tokens.
func (h *api) createToken(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	var in tokenBody
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	token, t, err := h.app.CreateAPIToken(r.Context(), c, c.UserID, in.Name, in.Scopes)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/me/tokens/"+strconv.FormatInt(t.ID, 10))
	return writeJSON(w, http.StatusCreated, newTokenDoc{Token: token, APIToken: *t})
}

// listTokens serves GET /api/v1/me/tokens: the caller's tokens, without
// their secrets.
func (h *api) listTokens(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	list, err := h.app.APITokens(r.Context(), c, c.UserID)
	if err != nil {
		return err
	}
	items := make([]model.APIToken, len(list))
	for i, t := range list {
		items[i] = *t
	}
	return writeJSON(w, http.StatusOK, listBody[model.APIToken]{Items: items, Total: len(items)})
}

// revokeToken serves DELETE /api/v1/me/tokens/{id}.
func (h *api) revokeToken(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	if err := h.app.RevokeAPIToken(r.Context(), c, id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
