package policy

import "slices"

// The programme's records (exchanges, events, projects, agreements,
// practices) are its public face: anyone may read them. Who takes part is
// shown only as far as ExpertView shows the person, and the details of a
// guardian consent for minors only to those who handle it.

// CanWriteProgramme reports whether the caller may create or change a
// programme record that involves the cities and organisations: the admins
// any record, a coordinator those of their city, an organisation editor
// those of their organisations. A change must be allowed for the record
// both as stored and as written, so no one moves a record out of another's
// reach.
func CanWriteProgramme(c Caller, cities, orgs []string) bool {
	if !c.HasScope(ScopeWrite) {
		return false
	}
	switch c.Role {
	case RoleAdmin:
		return true
	case RoleCoordinator:
		return c.City != "" && slices.Contains(cities, c.City)
	case RoleOrgEditor:
		for _, o := range orgs {
			if slices.Contains(c.OrgIDs, o) {
				return true
			}
		}
	}
	return false
}

// CanSeeGuardianConsent reports whether the caller sees who recorded the
// consent of the guardians of minors on an exchange and where the signed
// form is: the coordinators and the admins.
func CanSeeGuardianConsent(c Caller) bool {
	return c.Role == RoleAdmin || c.Role == RoleCoordinator
}
