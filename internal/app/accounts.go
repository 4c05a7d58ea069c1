package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"talentbridge/internal/auth"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// AccountsConfig tunes sign-in, sessions and password hashing. Zero
// fields take the defaults.
type AccountsConfig struct {
	// Password holds the argon2id parameters (auth.DefaultParams).
	Password auth.Params
	// A session ends after IdleTimeout without a request (30 min) and
	// AbsoluteTimeout after sign-in whatever the activity (12 h).
	IdleTimeout     time.Duration
	AbsoluteTimeout time.Duration
	// Limiter throttles sign-in attempts (auth.DefaultLimiterConfig).
	Limiter auth.LimiterConfig
	// MaxHashing bounds the password hashes computed at once (4): each
	// takes Password.Memory, and a flood of sign-ins must not take more
	// than MaxHashing times that.
	MaxHashing int
}

// Defaults of AccountsConfig.
const (
	DefaultIdleTimeout     = 30 * time.Minute
	DefaultAbsoluteTimeout = 12 * time.Hour
	defaultMaxHashing      = 4
	// touchEvery: how stale a session's or token's last-use time may be
	// before a request writes it again, so that reads do not each write.
	touchEvery = time.Minute
)

// accounts is the state of sign-in: the hasher (made on first use: it
// hashes a dummy password), the limiter and the hashing slots.
type accounts struct {
	cfg     AccountsConfig
	limiter *auth.Limiter
	slots   chan struct{}

	mu     sync.Mutex
	hasher *auth.Hasher
}

func newAccounts(cfg AccountsConfig, now func() time.Time) *accounts {
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.AbsoluteTimeout <= 0 {
		cfg.AbsoluteTimeout = DefaultAbsoluteTimeout
	}
	if cfg.MaxHashing <= 0 {
		cfg.MaxHashing = defaultMaxHashing
	}
	return &accounts{cfg: cfg, limiter: auth.NewLimiter(cfg.Limiter, now), slots: make(chan struct{}, cfg.MaxHashing)}
}

// ConfigureAccounts replaces the sign-in settings (and forgets the
// limiter's counts). Call it before serving.
func (a *App) ConfigureAccounts(cfg AccountsConfig) error {
	acc := newAccounts(cfg, a.now)
	if _, err := acc.getHasher(); err != nil {
		return err
	}
	a.acc = acc
	return nil
}

// SessionTimeouts returns the idle and absolute lifetimes of a session,
// for the cookie the web layer sets (its Max-Age is the absolute one).
func (a *App) SessionTimeouts() (idle, absolute time.Duration) {
	return a.acc.cfg.IdleTimeout, a.acc.cfg.AbsoluteTimeout
}

func (a *App) now() time.Time { return a.nowFunc().UTC() }

func (acc *accounts) getHasher() (*auth.Hasher, error) {
	acc.mu.Lock()
	defer acc.mu.Unlock()
	if acc.hasher == nil {
		h, err := auth.NewHasher(acc.cfg.Password)
		if err != nil {
			return nil, err
		}
		acc.hasher = h
	}
	return acc.hasher, nil
}

// withSlot runs fn while holding one of the hashing slots.
func (acc *accounts) withSlot(ctx context.Context, fn func(h *auth.Hasher) error) error {
	h, err := acc.getHasher()
	if err != nil {
		return err
	}
	select {
	case acc.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-acc.slots }()
	return fn(h)
}

func (acc *accounts) hash(ctx context.Context, password string) (string, error) {
	var out string
	err := acc.withSlot(ctx, func(h *auth.Hasher) error {
		var err error
		out, err = h.Hash(password)
		return err
	})
	return out, err
}

// CallerOf is the caller an account acts as.
func CallerOf(u *model.User) policy.Caller {
	return policy.Caller{UserID: u.ID, Role: u.Role, City: u.City, OrgIDs: u.OrgIDs, ExpertID: u.ExpertID}
}

// errSignInFailed is the one answer to a wrong login or password, a
// disabled account or an account that does not exist.
var errSignInFailed = fmt.Errorf("sign-in failed: %w", model.ErrUnauthorized)

// RateLimitError is the answer to an attempt made too soon.
type RateLimitError struct{ Wait time.Duration }

func (e *RateLimitError) Error() string {
	return fmt.Sprintf("too many attempts; retry in %s", e.Wait.Round(time.Second))
}

// Unwrap makes errors.Is(err, model.ErrRateLimited) true.
func (e *RateLimitError) Unwrap() error { return model.ErrRateLimited }

// RetryAfter is how long to wait, rounded up to whole seconds (at least 1).
func (e *RateLimitError) RetryAfter() time.Duration {
	return max(time.Second, (e.Wait + time.Second - 1).Truncate(time.Second))
}

// SignIn checks a login and password and starts a session: it returns the
// session token (for the cookie, never stored) and the caller.
//
// Every failure is the same error after the same work: an unknown login, a
// disabled account and a wrong password each cost one password
// verification (a dummy one when there is no hash to check) and one audit
// entry. Attempts are throttled per login, whether or not it exists, and
// per address (RateLimitError). Each sign-in gets a new session id: a
// session id known before sign-in is never promoted.
func (a *App) SignIn(ctx context.Context, login, password, remoteAddr string) (string, policy.Caller, error) {
	login = auth.NormalizeLogin(login)
	actor := model.Actor{Role: policy.RoleAnonymous, Addr: remoteAddr}
	if wait, ok, first := a.acc.limiter.Allow(login, remoteAddr); !ok {
		// Recorded once per lock: a flood of refused attempts must not
		// become a flood of writes.
		var err error
		if first {
			err = a.auditAs(ctx, actor, ActSignInThrottle, "", 0, map[string]any{"login_hash": loginHash(login)})
		}
		return "", policy.Caller{}, errors.Join(&RateLimitError{Wait: wait}, err)
	}
	u, err := a.db.UserByLogin(ctx, login)
	if err != nil && !errors.Is(err, model.ErrNotFound) {
		return "", policy.Caller{}, err
	}
	ok, rehash, err := a.checkPassword(ctx, u, password)
	if err != nil {
		return "", policy.Caller{}, err
	}
	if !ok {
		a.acc.limiter.Failure(login)
		detail := map[string]any{"login_hash": loginHash(login)}
		if u != nil {
			actor.UserID = u.ID
			detail = map[string]any{"reason": failReason(u)}
		}
		if err := a.auditAs(ctx, actor, ActSignInFailed, ObjUser, actor.UserID, detail); err != nil {
			return "", policy.Caller{}, err
		}
		return "", policy.Caller{}, errSignInFailed
	}
	a.acc.limiter.Success(login)
	if rehash {
		if u.PasswordHash, err = a.acc.hash(ctx, password); err != nil {
			return "", policy.Caller{}, err
		}
	}
	token, hash := auth.NewToken(auth.SessionPrefix)
	at := a.now()
	s := store.Session{UserID: u.ID, CreatedAt: at, LastSeen: at, ExpiresAt: at.Add(a.acc.cfg.AbsoluteTimeout), Addr: remoteAddr}
	c := CallerOf(u)
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if rehash {
			if err := tx.UpdateUser(ctx, u); err != nil {
				return err
			}
		}
		if err := tx.CreateSession(ctx, hash, s); err != nil {
			return err
		}
		return tx.AppendAudit(ctx, &model.AuditEntry{Actor: actorFor(c, remoteAddr), Action: ActSignIn, ObjectType: ObjUser, ObjectID: u.ID})
	})
	if err != nil {
		return "", policy.Caller{}, err
	}
	return token, c, nil
}

// checkPassword verifies the password of u, or a dummy one when u is nil
// or may not sign in, so that all cases take one verification.
func (a *App) checkPassword(ctx context.Context, u *model.User, password string) (ok, rehash bool, err error) {
	if len(password) > auth.MaxPasswordLen {
		password = password[:auth.MaxPasswordLen] // then fails like any wrong one
		u = nil
	}
	err = a.acc.withSlot(ctx, func(h *auth.Hasher) error {
		if u == nil || u.Disabled {
			h.VerifyDummy(password)
			return nil
		}
		var verr error
		ok, rehash, verr = h.Verify(password, u.PasswordHash)
		if errors.Is(verr, auth.ErrBadHash) {
			a.log.Error("stored password hash is malformed; the account cannot sign in", "user", u.ID)
			return nil
		}
		return verr
	})
	return ok, rehash, err
}

func failReason(u *model.User) string {
	if u.Disabled {
		return "disabled"
	}
	return "password"
}

// loginHash names an unknown login in the audit log without recording
// what was typed (which may be a password typed into the wrong field): the
// first 8 bytes of its SHA-256, enough to see repeated attempts.
func loginHash(login string) string { return auth.HashToken(login)[:16] }

// SessionCaller returns the caller of a session token (a cookie value).
// An unknown, malformed, expired or idle token, or a disabled account, is
// model.ErrUnauthorized, with no difference between them.
func (a *App) SessionCaller(ctx context.Context, token string) (policy.Caller, error) {
	hash, err := auth.ParseToken(token, auth.SessionPrefix)
	if err != nil {
		return policy.Caller{}, fmt.Errorf("session: %w", model.ErrUnauthorized)
	}
	s, u, err := a.db.SessionByHash(ctx, hash)
	if errors.Is(err, model.ErrNotFound) {
		return policy.Caller{}, fmt.Errorf("session: %w", model.ErrUnauthorized)
	}
	if err != nil {
		return policy.Caller{}, err
	}
	at := a.now()
	if !at.Before(s.ExpiresAt) || at.Sub(s.LastSeen) >= a.acc.cfg.IdleTimeout || u.Disabled {
		_ = a.db.InTx(ctx, func(tx *store.Tx) error { return tx.DeleteSession(ctx, hash) })
		return policy.Caller{}, fmt.Errorf("session ended: %w", model.ErrUnauthorized)
	}
	if at.Sub(s.LastSeen) >= touchEvery {
		if err := a.db.InTx(ctx, func(tx *store.Tx) error { return tx.TouchSession(ctx, hash, at) }); err != nil {
			return policy.Caller{}, err
		}
	}
	return CallerOf(u), nil
}

// SignOut ends the session of the token; an unknown token is no error.
func (a *App) SignOut(ctx context.Context, token string) error {
	hash, err := auth.ParseToken(token, auth.SessionPrefix)
	if err != nil {
		return nil
	}
	s, u, err := a.db.SessionByHash(ctx, hash)
	if errors.Is(err, model.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.DeleteSession(ctx, hash); err != nil {
			return err
		}
		return tx.AppendAudit(ctx, &model.AuditEntry{Actor: actorFor(CallerOf(u), addrOf(ctx)),
			Action: ActSignOut, ObjectType: ObjUser, ObjectID: s.UserID})
	})
}

// PruneSessions deletes ended sessions; the server calls it now and then.
func (a *App) PruneSessions(ctx context.Context) (int64, error) {
	at := a.now()
	var n int64
	err := a.db.InTx(ctx, func(tx *store.Tx) error {
		var err error
		n, err = tx.DeleteStaleSessions(ctx, at, at.Add(-a.acc.cfg.IdleTimeout))
		return err
	})
	return n, err
}

// PasswordParams are the argon2id parameters of AccountsConfig.Password.
type PasswordParams = auth.Params

// LimiterConfig tunes the sign-in limiter of AccountsConfig.Limiter.
type LimiterConfig = auth.LimiterConfig
