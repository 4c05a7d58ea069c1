// Package policy decides who may see and change what. ExpertView is the one
// place that decides which parts of a profile a caller sees; every transport
// (API, pages, exports for people) asks it instead of deciding for itself.
package policy

import "talentbridge/internal/model"

// Roles a caller may have. An unknown role is treated as anonymous.
const (
	RoleAnonymous = "anonymous"
	RoleAdmin     = "admin"
)

// Caller is whoever makes a request.
type Caller struct {
	Role string
}

// Anonymous is the caller who has not identified themselves.
func Anonymous() Caller { return Caller{Role: RoleAnonymous} }

// Admin is the operator holding the administration token.
func Admin() Caller { return Caller{Role: RoleAdmin} }

func (c Caller) isAdmin() bool { return c.Role == RoleAdmin }

// Authenticated reports whether the caller has proved who they are, as
// opposed to an anonymous caller (or one whose role is unknown).
func (c Caller) Authenticated() bool { return c.isAdmin() }

// ExpertView returns what the caller may see of the profile: a copy without
// the fields hidden from them, or false when the whole profile is hidden.
// Anonymous callers see only public profiles, and never contact details;
// admins see everything. The copy shares maps and slices with e, so neither
// may be modified while the other is in use.
func ExpertView(c Caller, e *model.Expert) (*model.Expert, bool) {
	if e == nil {
		return nil, false
	}
	v := *e
	if c.isAdmin() {
		return &v, true
	}
	if !visibleToAll(e.Visibility) {
		return nil, false
	}
	v.Email = ""
	v.Phone = ""
	return &v, true
}

// ListableVisibilities returns the profile visibilities the caller may list,
// or nil when they may list every profile. Lists filter by it in the
// database so that totals and pages agree with ExpertView.
func ListableVisibilities(c Caller) []string {
	if c.isAdmin() {
		return nil
	}
	return []string{model.VisibilityPublic}
}

// CanWrite reports whether the caller may create, change and delete records
// and extend the taxonomy.
func CanWrite(c Caller) bool { return c.isAdmin() }

// visibleToAll reports whether a profile with this visibility is public. An
// empty visibility is the default (public), as Normalize makes it.
func visibleToAll(visibility string) bool {
	return visibility == model.VisibilityPublic || visibility == ""
}
