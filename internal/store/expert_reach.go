package store

import (
	"strings"

	"talentbridge/internal/model"
)

// ExpertReach names the profiles beyond the visibilities of a filter that a
// scoped caller sees: coordinators-level profiles of City or of one of
// OrgIDs (organisation external ids), those of any city shared with the
// partner city when Partner, and the profile ExpertID whatever its
// visibility. It mirrors policy.Reach, which the app translates.
type ExpertReach struct {
	City     string
	OrgIDs   []string
	Partner  bool
	ExpertID int64
}

// where appends " OR …" alternatives to an open visibility condition.
func (r ExpertReach) where(b *strings.Builder, args []any) []any {
	var looked []string
	var lookedArgs []any
	if r.City != "" {
		looked = append(looked, "e.city = ?")
		lookedArgs = append(lookedArgs, r.City)
	}
	if len(r.OrgIDs) > 0 {
		looked = append(looked, "e.org_id IN (SELECT id FROM organizations WHERE external_id IN ("+placeholders(len(r.OrgIDs))+"))")
		for _, o := range r.OrgIDs {
			lookedArgs = append(lookedArgs, o)
		}
	}
	if r.Partner {
		looked = append(looked, "e.partner_consent = ?")
		lookedArgs = append(lookedArgs, true)
	}
	if len(looked) > 0 {
		b.WriteString(" OR (e.visibility = ? AND (" + strings.Join(looked, " OR ") + "))")
		args = append(args, model.VisibilityCoordinators)
		args = append(args, lookedArgs...)
	}
	if r.ExpertID != 0 {
		b.WriteString(" OR e.id = ?")
		args = append(args, r.ExpertID)
	}
	return args
}
