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

// NewUser is an account to create. An empty Password gets a one-time
// password, returned by CreateUser, that must be changed.
type NewUser struct {
	Login       string
	DisplayName string
	Role        string
	City        string   // coordinators
	OrgIDs      []string // organisation editors
	ExpertID    int64    // experts
	Password    string
}

// validateScope checks that a role comes with the scope it needs, and only
// that one.
func validateScope(role, city string, orgIDs []string, expertID int64) error {
	v := &model.ValidationError{}
	if !slices.Contains(policy.Roles, role) {
		v.Errors = append(v.Errors, model.FieldError{Field: "role", Code: model.CodeUnknownValue, Params: map[string]any{"value": role}})
	}
	need := func(field string, ok bool) {
		if !ok {
			v.Errors = append(v.Errors, model.FieldError{Field: field, Code: model.CodeRequired})
		}
	}
	switch role {
	case policy.RoleCoordinator:
		need("city", city == model.CityMoscow || city == model.CityBeijing)
	case policy.RoleOrgEditor:
		need("organization_ids", len(orgIDs) > 0)
	case policy.RoleExpert:
		need("expert_id", expertID > 0)
	}
	if len(v.Errors) > 0 {
		return v
	}
	return nil
}

// CreateUser creates an account; only administrators may. It returns the
// account and, when nu.Password was empty, its one-time password.
func (a *App) CreateUser(ctx context.Context, c policy.Caller, nu NewUser) (*model.User, string, error) {
	ctx = asCaller(ctx, c)
	if !policy.CanAdminister(c) {
		return nil, "", forbidden(c, "create accounts")
	}
	u := &model.User{Login: auth.NormalizeLogin(nu.Login), DisplayName: strings.TrimSpace(nu.DisplayName),
		Role: nu.Role, ExpertID: nu.ExpertID}
	switch nu.Role {
	case policy.RoleCoordinator:
		u.City = strings.ToLower(strings.TrimSpace(nu.City))
	case policy.RoleOrgEditor:
		u.OrgIDs = nu.OrgIDs
	}
	if u.Role != policy.RoleExpert {
		u.ExpertID = 0
	}
	if !auth.ValidLogin(u.Login) {
		return nil, "", model.Invalid("login", model.CodeBadFormat)
	}
	if err := validateScope(u.Role, u.City, u.OrgIDs, u.ExpertID); err != nil {
		return nil, "", err
	}
	if u.ExpertID != 0 {
		if _, err := a.db.GetExpert(ctx, u.ExpertID); err != nil {
			return nil, "", fmt.Errorf("link account to expert %d: %w", u.ExpertID, err)
		}
	}
	oneTime := ""
	password := nu.Password
	if password == "" {
		oneTime = auth.OneTimePassword()
		password, u.MustChange = oneTime, true
	}
	if err := auth.CheckPassword(password); err != nil {
		return nil, "", err
	}
	var err error
	if u.PasswordHash, err = a.acc.hash(ctx, password); err != nil {
		return nil, "", err
	}
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.CreateUser(ctx, u); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActUserCreate, ObjUser, u.ID, map[string]any{"role": u.Role})
	})
	if err != nil {
		return nil, "", err
	}
	return u, oneTime, nil
}

// EnsureAdmin creates the first administrator, "admin", when there are no
// accounts, and returns its one-time password (to be shown once and
// changed); with accounts present it returns "" and does nothing.
func (a *App) EnsureAdmin(ctx context.Context) (login, password string, err error) {
	n, err := a.db.CountUsers(ctx)
	if err != nil || n > 0 {
		return "", "", err
	}
	ctx = WithCaller(ctx, policy.Admin(), "first start")
	u, pw, err := a.CreateUser(ctx, policy.Admin(), NewUser{Login: "admin", DisplayName: "Administrator", Role: policy.RoleAdmin})
	if errors.Is(err, model.ErrConflict) {
		return "", "", nil // another process was first
	}
	if err != nil {
		return "", "", err
	}
	return u.Login, pw, nil
}

// SetPassword changes an account's password: administrators may change
// anyone's, a user their own. Every session of the account ends.
func (a *App) SetPassword(ctx context.Context, c policy.Caller, userID int64, password string) error {
	ctx = asCaller(ctx, c)
	if !policy.CanAdminister(c) && !(c.UserID == userID && c.UserID != 0) {
		return forbidden(c, "change this password")
	}
	if err := auth.CheckPassword(password); err != nil {
		return err
	}
	u, err := a.db.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	if u.PasswordHash, err = a.acc.hash(ctx, password); err != nil {
		return err
	}
	u.MustChange = false
	return a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.UpdateUser(ctx, u); err != nil {
			return err
		}
		if err := tx.DeleteUserSessions(ctx, u.ID); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActUserPassword, ObjUser, u.ID, nil)
	})
}

// ChangeOwnPassword changes the caller's own password once the current one
// is proved: a session left open must not be enough to take the account.
// A wrong current password is model.ErrUnauthorized and counts against the
// sign-in limiter like a failed sign-in (RateLimitError when throttled).
// Every session of the account ends, as with SetPassword.
func (a *App) ChangeOwnPassword(ctx context.Context, c policy.Caller, current, password string) error {
	u, err := a.Me(ctx, c)
	if err != nil {
		return err
	}
	if wait, ok, _ := a.acc.limiter.Allow(u.Login, addrOf(ctx)); !ok {
		return &RateLimitError{Wait: wait}
	}
	ok, _, err := a.checkPassword(ctx, u, current)
	if err != nil {
		return err
	}
	if !ok {
		a.acc.limiter.Failure(u.Login)
		if err := a.auditAs(ctx, actorFor(c, addrOf(ctx)), ActSignInFailed, ObjUser, u.ID,
			map[string]any{"reason": "password", "via": "password change"}); err != nil {
			return err
		}
		return fmt.Errorf("current password: %w", model.ErrUnauthorized)
	}
	a.acc.limiter.Success(u.Login)
	return a.SetPassword(ctx, c, u.ID, password)
}

// SetDisabled disables or re-enables an account (administrators only). A
// disabled account cannot sign in, its sessions end and its tokens stop
// working.
func (a *App) SetDisabled(ctx context.Context, c policy.Caller, userID int64, disabled bool) error {
	ctx = asCaller(ctx, c)
	if !policy.CanAdminister(c) {
		return forbidden(c, "disable accounts")
	}
	u, err := a.db.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	u.Disabled = disabled
	action := ActUserEnable
	if disabled {
		action = ActUserDisable
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.UpdateUser(ctx, u); err != nil {
			return err
		}
		if err := tx.DeleteUserSessions(ctx, u.ID); err != nil {
			return err
		}
		return auditTx(ctx, tx, action, ObjUser, u.ID, nil)
	})
}

// UserByLogin returns an account (administrators only).
func (a *App) UserByLogin(ctx context.Context, c policy.Caller, login string) (*model.User, error) {
	if !policy.CanAdminister(c) {
		return nil, forbidden(c, "look up accounts")
	}
	return a.db.UserByLogin(ctx, auth.NormalizeLogin(login))
}

// Users lists the accounts (administrators only).
func (a *App) Users(ctx context.Context, c policy.Caller) ([]*model.User, error) {
	if !policy.CanAdminister(c) {
		return nil, forbidden(c, "list accounts")
	}
	return a.db.Users(ctx)
}

// Me returns the caller's own account.
func (a *App) Me(ctx context.Context, c policy.Caller) (*model.User, error) {
	if c.UserID == 0 {
		return nil, forbidden(c, "have an account")
	}
	return a.db.UserByID(ctx, c.UserID)
}
