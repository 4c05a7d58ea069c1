package store

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
)

// DeleteMergedExpert removes the expert absorbed by a merge, provided it is
// still at the version the merge read (model.ErrConflict otherwise), so that
// a change made to it meanwhile is never lost silently. Its spheres go with
// it, and the deletion is logged like any other.
func (tx *Tx) DeleteMergedExpert(ctx context.Context, id, version int64) error {
	n, err := tx.execRows(ctx, "DELETE FROM experts WHERE id = ? AND version = ?", id, version)
	if err != nil {
		return classify("delete merged expert", err)
	}
	if n == 0 {
		old, err := tx.storedExpertBy(ctx, "e.id = ?", id)
		if err != nil {
			return err
		}
		if old == nil {
			return fmt.Errorf("store: expert %d: %w", id, model.ErrNotFound)
		}
		return fmt.Errorf("store: expert %d is at version %d, not %d: %w", id, old.version, version, model.ErrConflict)
	}
	return tx.logChange(ctx, EntityExpert, id, OpDelete, now())
}
