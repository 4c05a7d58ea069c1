package model

import (
	"errors"
	"time"
)

// ErrRateLimited means too many attempts: the caller must wait before
// trying again. Errors of this kind may say how long (RetryAfter).
var ErrRateLimited = errors.New("too many attempts")

// Codes of account problems.
const (
	CodePasswordTooShort = "password_too_short"
	CodeTooManyAttempts  = "too_many_attempts"
)

// User is an account. The role and its scope (City, OrgIDs, ExpertID) are
// interpreted by the access policy.
type User struct {
	ID          int64     `json:"id"`
	Login       string    `json:"login"` // lower-cased; usually an e-mail address
	DisplayName string    `json:"display_name,omitempty"`
	Role        string    `json:"role"`
	City        string    `json:"city,omitempty"`
	OrgIDs      []string  `json:"organization_ids,omitempty"`
	ExpertID    int64     `json:"expert_id,omitempty"`
	Disabled    bool      `json:"disabled,omitempty"`
	MustChange  bool      `json:"must_change_password,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`

	// PasswordHash is an argon2id hash in the PHC string format. It never
	// leaves the server.
	PasswordHash string `json:"-"`
}

// APIToken describes a token for the JSON API. The token itself is shown
// once, when it is created; the database keeps only its hash.
type APIToken struct {
	ID         int64      `json:"id"`
	UserID     int64      `json:"user_id"`
	Name       string     `json:"name,omitempty"`
	Scopes     []string   `json:"scopes"`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

// Actor is who did something, for the audit log and the consent history:
// the account (0 for none, such as the bootstrap admin token or the command
// line), its role at the time and the network address.
type Actor struct {
	UserID int64  `json:"user_id,omitempty"`
	Role   string `json:"role,omitempty"`
	Addr   string `json:"addr,omitempty"`
}

// AuditEntry is one line of the append-only audit log. Detail never holds
// personal data: field names, counts, outcomes and reasons only.
type AuditEntry struct {
	ID         int64          `json:"id"`
	At         time.Time      `json:"at"`
	Actor      Actor          `json:"actor"`
	Action     string         `json:"action"`
	ObjectType string         `json:"object_type,omitempty"`
	ObjectID   int64          `json:"object_id,omitempty"`
	Detail     map[string]any `json:"detail,omitempty"`
}

// ConsentRecord is one consent as it was set.
type ConsentRecord struct {
	At      time.Time `json:"at"`
	Actor   Actor     `json:"actor"`
	Consent Consent   `json:"consent"`
}

// Statuses of a ProfileVersion.
const (
	VersionPending  = "pending"
	VersionApproved = "approved"
	VersionRejected = "rejected"
)

// ProfileVersion is a profile as its expert submitted it, waiting for a
// coordinator's review (or decided). The published profile stays as it was
// until the version is approved.
type ProfileVersion struct {
	ID          int64      `json:"id"`
	ExpertID    int64      `json:"expert_id"`
	Expert      Expert     `json:"profile"`
	BaseVersion int64      `json:"base_version"`
	City        string     `json:"city,omitempty"`
	Status      string     `json:"status"`
	SubmittedBy int64      `json:"submitted_by"`
	SubmittedAt time.Time  `json:"submitted_at"`
	ReviewedBy  int64      `json:"reviewed_by,omitempty"`
	ReviewedAt  *time.Time `json:"reviewed_at,omitempty"`
	Note        string     `json:"note,omitempty"`
}
