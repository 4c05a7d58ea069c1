package app

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// asCaller makes c the actor of ctx, keeping the request's address.
func asCaller(ctx context.Context, c policy.Caller) context.Context {
	return WithCaller(ctx, c, addrOf(ctx))
}

// SetConsent records the expert's consent (the expert, or an administrator
// for a consent given on paper). It takes effect at once: the profile is
// rewritten, the index follows in the same call, and the next request of
// anyone sees the change. It bypasses the review queue on purpose: a
// withdrawal must never wait for a coordinator.
func (a *App) SetConsent(ctx context.Context, c policy.Caller, expertID int64, consent model.Consent) (*model.Expert, error) {
	ctx = asCaller(ctx, c)
	e, err := a.db.GetExpert(ctx, expertID)
	if err != nil {
		return nil, err
	}
	if !policy.CanSetConsent(c, e) {
		if _, ok := policy.ExpertView(c, e); !ok {
			return nil, fmt.Errorf("expert %d: %w", expertID, model.ErrNotFound)
		}
		return nil, forbidden(c, "set this expert's consent")
	}
	if e.Consent != nil && *e.Consent == consent {
		v, _ := policy.ExpertView(c, e)
		return v, nil
	}
	e.Consent = &consent
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := recordConsentChange(ctx, tx, e.ID, e.Consent); err != nil {
			return err
		}
		return tx.UpdateExpert(ctx, e, 0)
	})
	if err != nil {
		return nil, err
	}
	a.afterWrite(ctx)
	v, _ := policy.ExpertView(c, e)
	return v, nil
}

// ConsentHistory returns an expert's recorded consents, oldest first: to
// the expert and the administrators.
func (a *App) ConsentHistory(ctx context.Context, c policy.Caller, expertID int64) ([]model.ConsentRecord, error) {
	e, err := a.db.GetExpert(ctx, expertID)
	if err != nil {
		return nil, err
	}
	if !policy.CanSetConsent(c, e) && !(policy.IsSelf(c, e)) {
		return nil, fmt.Errorf("expert %d consent history: %w", expertID, model.ErrNotFound)
	}
	return a.db.ConsentHistory(ctx, expertID)
}

// recordConsentChange appends the history and audit entries of a consent
// change, if the write changes the consent. Writers call it inside their
// transaction, before the write, with the consent being written.
func recordConsentChange(ctx context.Context, tx *store.Tx, expertID int64, next *model.Consent) error {
	prev, err := tx.ExpertConsent(ctx, expertID)
	if err != nil {
		return err
	}
	return logConsent(ctx, tx, expertID, prev, next)
}

// logConsent records a change from prev to next (nil is the default).
func logConsent(ctx context.Context, tx *store.Tx, expertID int64, prev, next *model.Consent) error {
	from, to := effective(prev), effective(next)
	if from == to && (prev == nil) == (next == nil) {
		return nil
	}
	rec := &model.ConsentRecord{Actor: actorOf(ctx), Consent: to}
	if err := tx.AppendConsent(ctx, expertID, rec); err != nil {
		return err
	}
	return auditTx(ctx, tx, ActConsentChange, ObjExpert, expertID, map[string]any{"from": from, "to": to})
}

func effective(c *model.Consent) model.Consent {
	if c == nil {
		return model.DefaultConsent()
	}
	return *c
}

// keepPrivacy gives a record that carries no consent or field visibility
// the stored ones: a writer that does not know of them (an older client, a
// form without the fields) must not reset what the expert chose. To go
// back to the defaults, a writer names them explicitly.
func (a *App) keepPrivacy(ctx context.Context, e *model.Expert) error {
	if e.Consent != nil && e.FieldVisibility != nil {
		return nil
	}
	old, err := a.db.GetExpert(ctx, e.ID)
	if err != nil {
		return err
	}
	if e.Consent == nil {
		e.Consent = old.Consent
	}
	if e.FieldVisibility == nil {
		e.FieldVisibility = old.FieldVisibility
	}
	return nil
}
