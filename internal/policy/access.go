package policy

import (
	"slices"

	"talentbridge/internal/model"
)

// The rules, in one place.
//
// A caller stands at one level towards each profile (reach):
//
//	admin                                    private
//	the expert, towards their own profile    private
//	a coordinator, towards the profiles of their city, and of any other
//	  city whose expert agreed to be shared with the partner city  coordinators
//	an organisation editor, towards the profiles of their organisations
//	                                         coordinators
//	any other signed-in caller               registered
//	anonymous                                public
//
// The caller sees the profile when their level reaches its listed visibility
// (model.Expert.ListedVisibility: Visibility, raised to coordinators without
// consent to be listed), and then each field whose level they reach; contact
// details also need consent to contact, unless the caller is at private.
// Consent and field settings are shown from coordinators up, who act on
// them.

// API token scopes.
const (
	ScopeRead  = "read"  // read with the account's role
	ScopeWrite = "write" // also change what the role may change
	ScopeAdmin = "admin" // also administration: accounts, the audit log
)

// Scopes lists the valid scopes.
var Scopes = []string{ScopeRead, ScopeWrite, ScopeAdmin}

// HasScope reports whether the caller's credential allows the scope. A
// session (Scopes nil) allows everything its role does.
func (c Caller) HasScope(s string) bool { return c.Scopes == nil || slices.Contains(c.Scopes, s) }

// reach is the caller's level towards the profile, as a model.LevelRank.
func reach(c Caller, e *model.Expert) int {
	switch {
	case c.isAdmin():
		return model.LevelRank(model.LevelPrivate)
	case !c.Authenticated():
		return model.LevelRank(model.LevelPublic)
	case isSelf(c, e):
		return model.LevelRank(model.LevelPrivate)
	case looksAfter(c, e):
		return model.LevelRank(model.LevelCoordinators)
	}
	return model.LevelRank(model.LevelRegistered)
}

// looksAfter reports whether a coordinator or organisation editor is
// responsible for the profile.
func looksAfter(c Caller, e *model.Expert) bool {
	switch c.Role {
	case RoleCoordinator:
		return c.City != "" && (e.City == c.City || e.EffectiveConsent().PartnerCity)
	case RoleOrgEditor:
		return e.OrgID != "" && slices.Contains(c.OrgIDs, e.OrgID)
	}
	return false
}

// viewAt is ExpertView for a caller at level r.
func viewAt(r int, e *model.Expert) (*model.Expert, bool) {
	if r < model.LevelRank(e.ListedVisibility()) {
		return nil, false
	}
	v := *e
	for _, f := range model.RestrictableFields {
		if !fieldShown(r, e, f) {
			clearField(&v, f)
		}
	}
	if r < model.LevelRank(model.LevelCoordinators) {
		v.Consent, v.FieldVisibility = nil, nil
	}
	return &v, true
}

func fieldShown(r int, e *model.Expert, field string) bool {
	if r < model.LevelRank(e.FieldLevel(field)) {
		return false
	}
	if model.IsContactField(field) && r < model.LevelRank(model.LevelPrivate) {
		return e.EffectiveConsent().Contact
	}
	return true
}

func clearField(e *model.Expert, field string) {
	switch field {
	case model.FieldEmail:
		e.Email = ""
	case model.FieldPhone:
		e.Phone = ""
	case model.FieldORCID:
		e.ORCID = ""
	case model.FieldOrganization:
		e.Organization, e.OrgID = nil, ""
	case model.FieldPosition:
		e.Position = nil
	case model.FieldBio:
		e.Bio = nil
	case model.FieldKeywords:
		e.Keywords = nil
	case model.FieldLanguages:
		e.Languages = nil
	case model.FieldOutputs:
		e.Outputs = nil
	case model.FieldAvailability:
		e.Availability = nil
	}
}

// IndexView is what the search index may hold of a profile: the fields
// that everyone who may see the profile sees, never contact details. A
// search by the words of a field hidden from some of its viewers would
// otherwise tell them the field holds those words. Consent stays, for the
// index's filter.
func IndexView(e *model.Expert) *model.Expert {
	v, _ := viewAt(model.LevelRank(e.ListedVisibility()), e)
	v.Email, v.Phone = "", ""
	v.Consent = e.Consent
	return v
}

// Disclosed lists what the caller sees of the profile beyond what anyone
// may: "profile" when the profile itself is not public, and the names of
// the non-empty fields shown above the public level. Reads that return it
// non-empty are recorded in the audit log.
func Disclosed(c Caller, e *model.Expert) []string {
	if e == nil {
		return nil
	}
	r := reach(c, e)
	pub := model.LevelRank(model.LevelPublic)
	if r == pub || r < model.LevelRank(e.ListedVisibility()) {
		return nil
	}
	var out []string
	if model.LevelRank(e.ListedVisibility()) > pub {
		out = append(out, "profile")
	}
	for _, f := range model.RestrictableFields {
		if hasValue(e, f) && fieldShown(r, e, f) && !fieldShown(pub, e, f) {
			out = append(out, f)
		}
	}
	return out
}

func hasValue(e *model.Expert, field string) bool {
	switch field {
	case model.FieldEmail:
		return e.Email != ""
	case model.FieldPhone:
		return e.Phone != ""
	case model.FieldORCID:
		return e.ORCID != ""
	case model.FieldOrganization:
		return len(e.Organization) > 0 || e.OrgID != ""
	case model.FieldPosition:
		return len(e.Position) > 0
	case model.FieldBio:
		return len(e.Bio) > 0
	case model.FieldKeywords:
		return len(e.Keywords) > 0
	case model.FieldLanguages:
		return len(e.Languages) > 0
	case model.FieldOutputs:
		return len(e.Outputs) > 0
	case model.FieldAvailability:
		return e.Availability != nil
	}
	return false
}

// Reach names the profiles a caller sees beyond ListableVisibilities, so
// that lists and searches can include them: the coordinators-level profiles
// of City or of one of OrgIDs, those of any city shared with the partner
// city when Partner, and the caller's own profile ExpertID whatever its
// visibility. The zero Reach adds nothing.
type Reach struct {
	City     string
	OrgIDs   []string
	Partner  bool
	ExpertID int64
}

// ListReach returns the caller's Reach; it agrees with ExpertView.
func ListReach(c Caller) Reach {
	switch c.Role {
	case RoleCoordinator:
		if c.City != "" {
			return Reach{City: c.City, Partner: true}
		}
	case RoleOrgEditor:
		return Reach{OrgIDs: c.OrgIDs}
	case RoleExpert:
		return Reach{ExpertID: c.ExpertID}
	}
	return Reach{}
}

// CanAdminister reports whether the caller may manage accounts and read
// the audit log.
func CanAdminister(c Caller) bool { return c.isAdmin() && c.HasScope(ScopeAdmin) }

// CanReview reports whether the caller may approve or reject the versions
// submitted for profiles of the city: its coordinators and the admins.
func CanReview(c Caller, city string) bool {
	if !c.HasScope(ScopeWrite) {
		return false
	}
	return c.isAdmin() || c.Role == RoleCoordinator && c.City != "" && c.City == city
}

// CanManageRequests reports whether the caller records talent requests and
// shortlists experts for them: brokering requests is the coordinators' work,
// so the coordinators of a city may, besides the admins.
func CanManageRequests(c Caller) bool { return CanWrite(c) || CanReview(c, c.City) }

// CanSetConsent reports whether the caller may record the expert's
// consent: the expert themselves, and the admins (for a consent given on
// paper).
func CanSetConsent(c Caller, e *model.Expert) bool {
	if !c.HasScope(ScopeWrite) {
		return false
	}
	return c.isAdmin() || isSelf(c, e)
}

// IsSelf reports whether the profile is the caller's own.
func IsSelf(c Caller, e *model.Expert) bool { return isSelf(c, e) }

func isSelf(c Caller, e *model.Expert) bool {
	return c.Role == RoleExpert && c.ExpertID != 0 && e != nil && c.ExpertID == e.ID
}
