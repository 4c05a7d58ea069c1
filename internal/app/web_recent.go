package app

import (
	"context"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// recentWindow is how many change-log entries RecentExperts reads: enough to
// find a handful of experts even when organisations changed meanwhile.
const recentWindow = 200

// ChangeSeq returns the position of the change log's last entry. It moves
// with every write, from this process or another, so a cache of anything
// derived from the records is fresh while it stays where it was.
func (a *App) ChangeSeq(ctx context.Context) (int64, error) { return a.db.LastChangeSeq(ctx) }

// RecentExperts returns up to n experts most recently added or changed, as
// the caller may see them, newest first. It reads the tail of the change log
// rather than sorting the expert table, so that it costs the same on a
// registry of any size.
func (a *App) RecentExperts(ctx context.Context, c policy.Caller, n int) ([]*model.Expert, error) {
	last, err := a.db.LastChangeSeq(ctx)
	if err != nil || last == 0 || n <= 0 {
		return nil, err
	}
	changes, err := a.db.ChangesSince(ctx, max(last-recentWindow, 0), recentWindow)
	if err != nil {
		return nil, err
	}
	var ids []int64
	seen := map[int64]bool{}
	for i := len(changes) - 1; i >= 0; i-- {
		ch := changes[i]
		if ch.Entity != store.EntityExpert || seen[ch.EntityID] {
			continue
		}
		seen[ch.EntityID] = true // a deletion hides older upserts of the same expert too
		if ch.Op == store.OpUpsert {
			ids = append(ids, ch.EntityID)
		}
	}
	experts, err := a.db.GetExperts(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*model.Expert, len(experts))
	for _, e := range experts {
		byID[e.ID] = e
	}
	out := make([]*model.Expert, 0, n)
	for _, id := range ids {
		if v, ok := policy.ExpertView(c, byID[id]); ok {
			out = append(out, v)
			if len(out) == n {
				break
			}
		}
	}
	return out, nil
}
