package translit

import (
	"fmt"

	"talentbridge/internal/model"
)

// NameSimilarity scores how likely two name records (one form per language
// each, as in the interchange format) belong to the same person, from the
// names alone: 1 when every part has a common spelling, near 0 when the
// family names share nothing. evidence lists, per part, the spellings that
// met. Organisation, ORCID or e-mail evidence is the caller's to add.
func NameSimilarity(a, b map[string]string) (score float64, evidence []string) {
	pa, pb := NewPerson(model.Text(a), ""), NewPerson(model.Text(b), "")
	if pa.roles[RoleFamily].empty() || pb.roles[RoleFamily].empty() {
		return 0, nil
	}
	var total, den float64
	famScore := 0.0
	for r := RoleFamily; r < numRoles; r++ {
		ra, rb := &pa.roles[r], &pb.roles[r]
		if ra.empty() || rb.empty() {
			continue
		}
		s, ev := roleSimilarity(ra, rb)
		if r == RoleFamily {
			famScore = s
		}
		total += s * roleWeight[r]
		den += roleWeight[r]
		if s > 0 {
			evidence = append(evidence, fmt.Sprintf("%s: %s (%.2f)", r, ev, s))
		}
	}
	if famScore == 0 {
		// Records that put the parts in different orders: compare crosswise.
		s1, ev1 := roleSimilarity(&pa.roles[RoleFamily], &pb.roles[RoleGiven])
		s2, ev2 := roleSimilarity(&pa.roles[RoleGiven], &pb.roles[RoleFamily])
		if s1 > 0 && s2 > 0 {
			return 0.9 * (s1*roleWeight[RoleFamily] + s2*roleWeight[RoleGiven]) / (roleWeight[RoleFamily] + roleWeight[RoleGiven]),
				[]string{"family~given: " + ev1, "given~family: " + ev2}
		}
		return 0.25 * total / max(den, 1), evidence
	}
	return total / den, evidence
}

// roleSimilarity compares every spelling of a part in one record with
// every spelling in the other: same text, same key, or a near key.
func roleSimilarity(a, b *roleSet) (float64, string) {
	if a.empty() || b.empty() {
		return 0, ""
	}
	for _, f := range a.forms {
		if b.hasNorm(f.norm) {
			return scoreExact, fmt.Sprintf("%q", f.text)
		}
	}
	for _, f := range a.forms {
		if b.hasKey(f.key) {
			return scoreKey, fmt.Sprintf("%q ~ key %s", f.text, f.key)
		}
	}
	for _, f := range a.forms {
		if s := b.score(newToken(f.text, false)); s > 0 {
			return s, fmt.Sprintf("%q ~ near", f.text)
		}
	}
	return 0, ""
}
