package app

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// MergeResult is what a merge did.
type MergeResult struct {
	Expert *model.Expert // the kept profile, as stored
	// Removed is the external id of the profile merged away.
	Removed string
	// DroppedNames holds the other profile's name in each language where the
	// kept profile has its own: the one name form a merge cannot keep.
	DroppedNames model.Text
}

// MergeExperts folds the expert otherID into keepID, in one transaction: the
// kept profile gains what the other adds (see mergeExperts), the other is
// deleted, and both changes go to the change log so that the search index
// follows. Either profile changed since it was read gives ErrConflict.
func (a *App) MergeExperts(ctx context.Context, c policy.Caller, keepID, otherID int64) (*MergeResult, error) {
	if !policy.CanWrite(c) {
		return nil, fmt.Errorf("merge: role %q: %w", c.Role, model.ErrForbidden)
	}
	if keepID == otherID {
		return nil, model.Invalid("other_id", model.CodeUnknownValue)
	}
	keep, err := a.db.GetExpert(ctx, keepID)
	if err != nil {
		return nil, fmt.Errorf("merge: kept expert: %w", err)
	}
	other, err := a.db.GetExpert(ctx, otherID)
	if err != nil {
		return nil, fmt.Errorf("merge: other expert: %w", err)
	}
	merged, dropped := mergeExperts(keep, other)
	if err := a.prepareExpert(ctx, merged); err != nil {
		return nil, err
	}
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.DeleteMergedExpert(ctx, other.ID, other.Version); err != nil {
			return err
		}
		if err := tx.UpdateExpert(ctx, merged, keep.Version); err != nil {
			return err
		}
		// External ids only: names and contacts stay out of the log.
		return tx.AppendAudit(ctx, &model.AuditEntry{Actor: actorFor(c, addrOf(ctx)), Action: ActExpertMerge,
			ObjectType: ObjExpert, ObjectID: keepID,
			Detail: map[string]any{"kept": keep.ExternalID, "removed": other.ExternalID, "removed_id": otherID}})
	})
	if err != nil {
		return nil, fmt.Errorf("merge experts %d and %d: %w", keepID, otherID, err)
	}
	a.afterWrite(ctx)
	// Ids only: names and contacts stay out of the log.
	a.log.InfoContext(ctx, "experts merged", "kept", keepID, "removed", otherID)
	return &MergeResult{Expert: merged, Removed: other.ExternalID, DroppedNames: dropped}, nil
}
