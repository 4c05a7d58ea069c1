package web

import "talentbridge/internal/policy"

// canReview reports whether the caller decides on the edits experts make to
// their own profiles: the coordinators of a city and the admins.
func canReview(c policy.Caller) bool { return policy.CanReview(c, c.City) }

// canManageRequests reports whether the caller records talent requests and
// shortlists experts for them. Brokering requests is the coordinators' work,
// so whoever may review a city's profiles may, besides those who may write
// any record. Reading requests needs only a signed-in reader.
func canManageRequests(c policy.Caller) bool { return policy.CanManageRequests(c) }
