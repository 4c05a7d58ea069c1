package app

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// The review flow: an expert edits their own profile; the edit waits as a
// pending version in the review queue of their city's coordinators; the
// published profile stays as it was until a coordinator approves it.
// Consent is not part of it (see SetConsent): it takes effect at once.

// PendingReview is a pending version as a reviewer sees it, with the current
// profile and the names of the fields the version changes.
type PendingReview struct {
	Version *model.ProfileVersion
	Current *model.Expert
	Changed []string
}

// SubmitOwnProfile stores the caller's edit of their own profile for
// review. The external id, the city (which decides the reviewers) and the
// consent stay as they are; everything else is the expert's to propose.
func (a *App) SubmitOwnProfile(ctx context.Context, c policy.Caller, e *model.Expert) (*model.ProfileVersion, error) {
	ctx = asCaller(ctx, c)
	if c.Role != policy.RoleExpert || c.ExpertID == 0 || !c.HasScope(policy.ScopeWrite) {
		return nil, forbidden(c, "submit a profile of their own")
	}
	cur, err := a.db.GetExpert(ctx, c.ExpertID)
	if err != nil {
		return nil, err
	}
	e.ID, e.ExternalID, e.City, e.Consent = cur.ID, cur.ExternalID, cur.City, cur.Consent
	if err := a.prepareExpert(ctx, e); err != nil {
		return nil, err
	}
	v := &model.ProfileVersion{ExpertID: cur.ID, Expert: *e, BaseVersion: cur.Version, City: cur.City, SubmittedBy: c.UserID}
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.SubmitVersion(ctx, v); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActProfileSubmit, ObjExpert, cur.ID, map[string]any{"version": v.ID, "fields": changedFields(cur, e)})
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// ReviewQueue lists the pending versions the caller may decide: a
// coordinator's city's, or every city's for an administrator. Each profile
// is shown through the policy, as any read.
func (a *App) ReviewQueue(ctx context.Context, c policy.Caller) ([]PendingReview, error) {
	var cities []string
	switch {
	case c.Role == policy.RoleAdmin:
	case c.Role == policy.RoleCoordinator && c.City != "":
		cities = []string{c.City}
	default:
		return nil, forbidden(c, "review profiles")
	}
	pending, err := a.db.PendingVersions(ctx, cities...)
	if err != nil {
		return nil, err
	}
	var items []PendingReview
	var disclosed []*model.Expert
	for _, v := range pending {
		cur, err := a.db.GetExpert(ctx, v.ExpertID)
		if err != nil {
			return nil, err
		}
		curView, ok1 := policy.ExpertView(c, cur)
		proposed, ok2 := policy.ExpertView(c, &v.Expert)
		if !ok1 || !ok2 {
			continue
		}
		shown := *v
		shown.Expert = *proposed
		items = append(items, PendingReview{Version: &shown, Current: curView, Changed: changedFields(cur, &v.Expert)})
		disclosed = append(disclosed, cur, &v.Expert)
	}
	if err := a.recordDisclosures(ctx, c, disclosed, "review"); err != nil {
		return nil, err
	}
	return items, nil
}

// ApproveVersion publishes a pending version. It is applied over the
// current profile whatever changed since it was submitted (the reviewer
// sees the difference to the current profile), keeping the current consent.
func (a *App) ApproveVersion(ctx context.Context, c policy.Caller, versionID int64) (*model.Expert, error) {
	ctx = asCaller(ctx, c)
	v, cur, err := a.reviewable(ctx, c, versionID)
	if err != nil {
		return nil, err
	}
	e := v.Expert
	e.ID, e.Consent = cur.ID, cur.Consent
	if err := a.prepareExpert(ctx, &e); err != nil {
		return nil, err
	}
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.DecideVersion(ctx, v.ID, model.VersionApproved, c.UserID, ""); err != nil {
			return err
		}
		if err := tx.UpdateExpert(ctx, &e, 0); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActProfileApprove, ObjExpert, cur.ID, map[string]any{"version": v.ID, "fields": changedFields(cur, &e)})
	})
	if err != nil {
		return nil, err
	}
	a.afterWrite(ctx)
	view, _ := policy.ExpertView(c, &e)
	return view, nil
}

// RejectVersion declines a pending version; the note tells the expert why.
func (a *App) RejectVersion(ctx context.Context, c policy.Caller, versionID int64, note string) error {
	ctx = asCaller(ctx, c)
	v, cur, err := a.reviewable(ctx, c, versionID)
	if err != nil {
		return err
	}
	if len(note) > 2000 {
		return model.Invalid("note", model.CodeTooLong)
	}
	return a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.DecideVersion(ctx, v.ID, model.VersionRejected, c.UserID, note); err != nil {
			return err
		}
		return auditTx(ctx, tx, ActProfileReject, ObjExpert, cur.ID, map[string]any{"version": v.ID})
	})
}

// reviewable loads a pending version the caller may decide; any other is
// model.ErrNotFound to them.
func (a *App) reviewable(ctx context.Context, c policy.Caller, versionID int64) (*model.ProfileVersion, *model.Expert, error) {
	v, err := a.db.Version(ctx, versionID)
	if err != nil {
		return nil, nil, err
	}
	if !policy.CanReview(c, v.City) {
		if c.Role == policy.RoleCoordinator || c.Role == policy.RoleAdmin {
			return nil, nil, forbidden(c, "review this profile")
		}
		return nil, nil, fmt.Errorf("version %d: %w", versionID, model.ErrNotFound)
	}
	if v.Status != model.VersionPending {
		return nil, nil, fmt.Errorf("version %d is %s: %w", versionID, v.Status, model.ErrConflict)
	}
	cur, err := a.db.GetExpert(ctx, v.ExpertID)
	if err != nil {
		return nil, nil, err
	}
	return v, cur, nil
}

// changedFields names the top-level members of the interchange form that
// differ between two versions of a profile.
func changedFields(a, b *model.Expert) []string {
	ma, mb := members(a), members(b)
	var out []string
	for _, k := range slices.Sorted(maps.Keys(ma)) {
		if string(ma[k]) != string(mb[k]) {
			out = append(out, k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(mb)) {
		if _, ok := ma[k]; !ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func members(e *model.Expert) map[string]json.RawMessage {
	b, _ := json.Marshal(e) // a model.Expert always encodes
	var m map[string]json.RawMessage
	_ = json.Unmarshal(b, &m)
	return m
}
