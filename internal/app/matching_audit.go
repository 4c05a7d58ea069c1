package app

import (
	"context"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// maxItemisedMatch is the number of matched profiles above which a match
// is recorded as one summary entry instead of one entry per profile: a
// batch that ranks every expert for a thousand requests would otherwise
// write a hundred million entries.
const maxItemisedMatch = 200

// recordMatch writes the audit trail of a match answer: one expert.view
// entry per profile shown with more than the public sees, or, for a very
// long answer, one entry saying how many such profiles it showed.
func (a *App) recordMatch(ctx context.Context, c policy.Caller, shown []*model.Expert) error {
	if len(shown) <= maxItemisedMatch {
		return a.recordDisclosures(ctx, c, shown, "match")
	}
	n := 0
	for _, e := range shown {
		if len(policy.Disclosed(c, e)) > 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return a.audit(ctx, ActExpertView, ObjExpert, 0, map[string]any{"via": "match", "profiles": n})
}
