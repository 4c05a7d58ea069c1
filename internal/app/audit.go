package app

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// Audited actions.
const (
	ActSignIn         = "signin.success"
	ActSignInFailed   = "signin.failure"
	ActSignInThrottle = "signin.throttled"
	ActSignOut        = "signout"
	ActUserCreate     = "user.create"
	ActUserPassword   = "user.password"
	ActUserDisable    = "user.disable"
	ActUserEnable     = "user.enable"
	ActTokenCreate    = "token.create"
	ActTokenRevoke    = "token.revoke"
	ActExpertView     = "expert.view" // non-public fields shown
	ActExpertCreate   = "expert.create"
	ActExpertUpdate   = "expert.update"
	ActExpertDelete   = "expert.delete"
	ActExpertErase    = "expert.erase"
	ActExpertMerge    = "expert.merge"
	ActConsentChange  = "consent.change"
	ActProfileSubmit  = "profile.submit"
	ActProfileApprove = "profile.approve"
	ActProfileReject  = "profile.reject"
	ActExport         = "export"
	ActRightsExport   = "rights.export"
)

// Object types of audit entries.
const (
	ObjExpert  = "expert"
	ObjUser    = "user"
	ObjToken   = "token"
	ObjVersion = "version"
)

// AuditFilter narrows a read of the audit log (see store.AuditFilter).
type AuditFilter = store.AuditFilter

// audit appends an entry naming the actor of the request in ctx.
func (a *App) audit(ctx context.Context, action, objType string, objID int64, detail map[string]any) error {
	return a.auditAs(ctx, actorOf(ctx), action, objType, objID, detail)
}

func (a *App) auditAs(ctx context.Context, actor model.Actor, action, objType string, objID int64, detail map[string]any) error {
	e := &model.AuditEntry{Actor: actor, Action: action, ObjectType: objType, ObjectID: objID, Detail: detail}
	if err := a.db.AppendAudit(context.WithoutCancel(ctx), e); err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}

// auditTx appends an entry inside a write transaction, so that the entry
// and the change it records commit together or not at all.
func auditTx(ctx context.Context, tx *store.Tx, action, objType string, objID int64, detail map[string]any) error {
	return tx.AppendAudit(ctx, &model.AuditEntry{Actor: actorOf(ctx), Action: action, ObjectType: objType, ObjectID: objID, Detail: detail})
}

// recordDisclosures writes one expert.view entry per profile of which the
// caller is shown more than the public sees (policy.Disclosed), in one
// transaction. A read that cannot be recorded fails: nothing above public
// leaves without a trace.
func (a *App) recordDisclosures(ctx context.Context, c policy.Caller, experts []*model.Expert, via string) error {
	type seen struct {
		id     int64
		fields []string
	}
	var list []seen
	for _, e := range experts {
		if f := policy.Disclosed(c, e); len(f) > 0 {
			list = append(list, seen{e.ID, f})
		}
	}
	if len(list) == 0 {
		return nil
	}
	err := a.db.InTx(context.WithoutCancel(ctx), func(tx *store.Tx) error {
		for _, s := range list {
			if err := auditTx(ctx, tx, ActExpertView, ObjExpert, s.id, map[string]any{"fields": s.fields, "via": via}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record disclosures: %w", err)
	}
	return nil
}

// Audit returns entries of the audit log; only administrators (with the
// admin scope) may read it.
func (a *App) Audit(ctx context.Context, c policy.Caller, f AuditFilter) ([]model.AuditEntry, error) {
	if !policy.CanAdminister(c) {
		return nil, forbidden(c, "read the audit log")
	}
	if f.Limit <= 0 || f.Limit > MaxPageSize {
		f.Limit = MaxPageSize
	}
	return a.db.Audit(ctx, f)
}

// forbidden builds the error of a refused action.
func forbidden(c policy.Caller, what string) error {
	if !c.Authenticated() {
		return fmt.Errorf("%s needs credentials: %w", what, model.ErrUnauthorized)
	}
	return fmt.Errorf("role %q may not %s: %w", c.Role, what, model.ErrForbidden)
}
