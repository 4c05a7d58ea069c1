// Package policy decides who may see and change what. ExpertView is the one
// place that decides which parts of a profile a caller sees; every transport
// (API, pages, exports for people) asks it instead of deciding for itself.
package policy

import (
	"slices"

	"talentbridge/internal/model"
)

// Roles a caller may have. An unknown role is treated as anonymous.
const (
	RoleAnonymous   = "anonymous"
	RoleAdmin       = "admin"
	RoleCoordinator = "coordinator" // scoped to City
	RoleOrgEditor   = "org_editor"  // scoped to OrgIDs
	RoleExpert      = "expert"      // linked to their own profile, ExpertID
)

// Roles lists the roles an account may have.
var Roles = []string{RoleAdmin, RoleCoordinator, RoleOrgEditor, RoleExpert}

// Caller is whoever makes a request.
type Caller struct {
	UserID   int64 // the account; 0 for anonymous and the bootstrap admin token
	Role     string
	City     string   // a coordinator's city (model.CityMoscow or CityBeijing)
	OrgIDs   []string // an organisation editor's organisations (external ids)
	ExpertID int64    // an expert's own profile
	// Scopes limits what an API token may do (Scope*); nil means no limit
	// beyond the role, as for a signed-in session.
	Scopes []string
}

// Anonymous is the caller who has not identified themselves.
func Anonymous() Caller { return Caller{Role: RoleAnonymous} }

// Admin is the operator holding the bootstrap administration token.
func Admin() Caller { return Caller{Role: RoleAdmin} }

func (c Caller) isAdmin() bool { return c.Role == RoleAdmin }

// Authenticated reports whether the caller has proved who they are, as
// opposed to an anonymous caller (or one whose role is unknown).
func (c Caller) Authenticated() bool { return slices.Contains(Roles, c.Role) }

// ExpertView returns what the caller may see of the profile: a copy without
// the fields hidden from them, or false when the whole profile is hidden.
// It is the one place that decides; see access.go for the rules. The copy
// shares maps and slices with e, so neither may be modified while the
// other is in use.
func ExpertView(c Caller, e *model.Expert) (*model.Expert, bool) {
	if e == nil {
		return nil, false
	}
	return viewAt(reach(c, e), e)
}

// ListableVisibilities returns the profile visibilities the caller may
// list wherever the profile belongs, or nil when they may list every
// profile. Lists filter by it in the database. It never admits more than
// ExpertView shows; a coordinator, organisation editor or expert sees a few
// more profiles (those they look after, see ListReach), which a list that
// also applies ListReach includes.
func ListableVisibilities(c Caller) []string {
	switch {
	case c.isAdmin():
		return nil
	case c.Authenticated():
		return []string{model.VisibilityPublic, model.VisibilityRegistered}
	}
	return []string{model.VisibilityPublic}
}

// CanWrite reports whether the caller may create, change and delete any
// record and extend the taxonomy.
func CanWrite(c Caller) bool { return c.isAdmin() && c.HasScope(ScopeWrite) }
