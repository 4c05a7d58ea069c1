package app

import (
	"context"

	"talentbridge/internal/policy"
)

// ExpertCounts returns, for each top-level sphere, the number of experts per
// city among the profiles the caller may list, so that a count never
// reveals a profile hidden from them.
func (a *App) ExpertCounts(ctx context.Context, c policy.Caller) (map[string]map[string]int, error) {
	return a.db.CountExpertsBySphereCity(ctx, policy.ListableVisibilities(c))
}
