package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"talentbridge/internal/auth"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// CreateAPIToken issues a token for the account userID (the caller's own,
// or anyone's for an administrator) and returns the token, which is shown
// this once and never again, with its description. The admin scope needs
// an administrator's account.
func (a *App) CreateAPIToken(ctx context.Context, c policy.Caller, userID int64, name string, scopes []string) (string, *model.APIToken, error) {
	ctx = asCaller(ctx, c)
	if !policy.CanAdminister(c) && !(c.UserID != 0 && c.UserID == userID && c.Scopes == nil) {
		return "", nil, forbidden(c, "create tokens for this account")
	}
	u, err := a.db.UserByID(ctx, userID)
	if err != nil {
		return "", nil, err
	}
	if len(scopes) == 0 {
		scopes = []string{policy.ScopeRead}
	}
	for i, s := range scopes {
		if !slices.Contains(policy.Scopes, s) {
			return "", nil, &model.ValidationError{Errors: []model.FieldError{{
				Field: fmt.Sprintf("scopes[%d]", i), Code: model.CodeUnknownValue, Params: map[string]any{"value": s}}}}
		}
		if s == policy.ScopeAdmin && u.Role != policy.RoleAdmin {
			return "", nil, fmt.Errorf("the admin scope needs an administrator's account: %w", model.ErrForbidden)
		}
	}
	scopes = slices.Compact(slices.Sorted(slices.Values(scopes)))
	if len(name) > 100 {
		return "", nil, model.Invalid("name", model.CodeTooLong)
	}
	token, hash := auth.NewToken(auth.APIPrefix)
	t := &model.APIToken{UserID: u.ID, Name: strings.TrimSpace(name), Scopes: scopes}
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.CreateAPIToken(ctx, t, hash); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActTokenCreate, ObjToken, t.ID, map[string]any{"user": u.ID, "scopes": scopes})
	})
	if err != nil {
		return "", nil, err
	}
	return token, t, nil
}

// APITokens lists the tokens of an account (the caller's own, or any for
// an administrator; userID 0 lists every account's for an administrator).
func (a *App) APITokens(ctx context.Context, c policy.Caller, userID int64) ([]*model.APIToken, error) {
	if !policy.CanAdminister(c) && !(c.UserID != 0 && c.UserID == userID) {
		return nil, forbidden(c, "list these tokens")
	}
	return a.db.APITokens(ctx, userID)
}

// RevokeAPIToken revokes a token of the caller's own or, for an
// administrator, anyone's.
func (a *App) RevokeAPIToken(ctx context.Context, c policy.Caller, id int64) error {
	ctx = asCaller(ctx, c)
	mine := false
	if c.UserID != 0 {
		list, err := a.db.APITokens(ctx, c.UserID)
		if err != nil {
			return err
		}
		mine = slices.ContainsFunc(list, func(t *model.APIToken) bool { return t.ID == id })
	}
	if !mine && !policy.CanAdminister(c) {
		return fmt.Errorf("api token %d: %w", id, model.ErrNotFound)
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.RevokeAPIToken(ctx, id); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActTokenRevoke, ObjToken, id, nil)
	})
}

// BearerCaller returns the caller of an Authorization bearer credential:
// an API token (scoped) or a session token. Anything else, and a revoked
// token or disabled account, is model.ErrUnauthorized.
func (a *App) BearerCaller(ctx context.Context, token string) (policy.Caller, error) {
	if strings.HasPrefix(token, auth.SessionPrefix) {
		return a.SessionCaller(ctx, token)
	}
	hash, err := auth.ParseToken(token, auth.APIPrefix)
	if err != nil {
		return policy.Caller{}, fmt.Errorf("api token: %w", model.ErrUnauthorized)
	}
	t, u, err := a.db.APITokenByHash(ctx, hash)
	if errors.Is(err, model.ErrNotFound) {
		return policy.Caller{}, fmt.Errorf("api token: %w", model.ErrUnauthorized)
	}
	if err != nil {
		return policy.Caller{}, err
	}
	if t.RevokedAt != nil || u.Disabled {
		return policy.Caller{}, fmt.Errorf("api token revoked: %w", model.ErrUnauthorized)
	}
	at := a.now()
	if t.LastUsedAt == nil || at.Sub(*t.LastUsedAt) >= touchEvery {
		if err := a.db.InTx(ctx, func(tx *store.Tx) error { return tx.TouchAPIToken(ctx, t.ID, at) }); err != nil {
			return policy.Caller{}, err
		}
	}
	c := CallerOf(u)
	c.Scopes = t.Scopes
	return c, nil
}
