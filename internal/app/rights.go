package app

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// The expert's rights over their data: to get everything held about them,
// to correct it (SubmitOwnProfile, through review) and to have it erased.

// PersonalData is everything held about an expert.
type PersonalData struct {
	Account        *model.User             `json:"account,omitempty"`
	Profile        *model.Expert           `json:"profile"`
	ConsentHistory []model.ConsentRecord   `json:"consent_history"`
	Versions       []*model.ProfileVersion `json:"versions"`
	Audit          []model.AuditEntry      `json:"audit"`
}

// maxAuditExport bounds the audit entries in one download.
const maxAuditExport = 100_000

// MyData returns everything held about the caller's own profile: the
// profile in full, the consent history, every submitted version and the
// audit entries about the profile or done by the account.
func (a *App) MyData(ctx context.Context, c policy.Caller) (*PersonalData, error) {
	ctx = asCaller(ctx, c)
	if c.Role != policy.RoleExpert || c.ExpertID == 0 {
		return nil, forbidden(c, "download a profile of their own")
	}
	e, err := a.db.GetExpert(ctx, c.ExpertID)
	if err != nil {
		return nil, err
	}
	out := &PersonalData{Profile: e}
	if out.Account, err = a.db.UserByID(ctx, c.UserID); err != nil {
		return nil, err
	}
	if out.ConsentHistory, err = a.db.ConsentHistory(ctx, e.ID); err != nil {
		return nil, err
	}
	if out.Versions, err = a.db.VersionsOf(ctx, e.ID); err != nil {
		return nil, err
	}
	about, err := a.db.Audit(ctx, store.AuditFilter{ObjectType: ObjExpert, ObjectID: e.ID, Limit: maxAuditExport})
	if err != nil {
		return nil, err
	}
	by, err := a.db.Audit(ctx, store.AuditFilter{ActorUserID: c.UserID, Limit: maxAuditExport})
	if err != nil {
		return nil, err
	}
	out.Audit = mergeAudit(about, by)
	if err := a.audit(ctx, ActRightsExport, ObjExpert, e.ID, nil); err != nil {
		return nil, err
	}
	return out, nil
}

// mergeAudit merges two id-ordered lists without duplicates.
func mergeAudit(x, y []model.AuditEntry) []model.AuditEntry {
	out := make([]model.AuditEntry, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case j == len(y) || i < len(x) && x[i].ID < y[j].ID:
			out = append(out, x[i])
			i++
		case i == len(x) || y[j].ID < x[i].ID:
			out = append(out, y[j])
			j++
		default:
			out = append(out, x[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// EraseExpert removes a person: the profile, its spheres, consent history
// and versions, the accounts linked to it (with their sessions and tokens),
// and, through the change log, the search index. The expert may ask for
// their own erasure; administrators may erase anyone. One audit entry
// remains, naming only the row id that no longer exists and, when the
// expert erased themselves, not even their address.
func (a *App) EraseExpert(ctx context.Context, c policy.Caller, expertID int64) error {
	e, err := a.db.GetExpert(ctx, expertID)
	if err != nil {
		return err
	}
	self := policy.IsSelf(c, e)
	if !self && !(c.Role == policy.RoleAdmin && c.HasScope(policy.ScopeWrite)) {
		if _, ok := policy.ExpertView(c, e); !ok {
			return fmt.Errorf("expert %d: %w", expertID, model.ErrNotFound)
		}
		return forbidden(c, "erase this profile")
	}
	actor := actorFor(c, addrOf(ctx))
	if self {
		actor = model.Actor{Role: policy.RoleExpert}
	}
	err = a.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.DeleteUsersOfExpert(ctx, expertID); err != nil {
			return err
		}
		if err := tx.DeleteExpert(ctx, expertID); err != nil {
			return err
		}
		return tx.AppendAudit(ctx, &model.AuditEntry{Actor: actor, Action: ActExpertErase, ObjectType: ObjExpert, ObjectID: expertID})
	})
	if err != nil {
		return err
	}
	a.afterWrite(ctx)
	return nil
}

// EraseOwnProfile erases the calling expert's own profile and account.
func (a *App) EraseOwnProfile(ctx context.Context, c policy.Caller) error {
	if c.Role != policy.RoleExpert || c.ExpertID == 0 || !c.HasScope(policy.ScopeWrite) {
		return forbidden(c, "erase a profile of their own")
	}
	return a.EraseExpert(ctx, c, c.ExpertID)
}
