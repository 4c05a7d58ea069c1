package app

import (
	"slices"
	"strings"

	"talentbridge/internal/model"
)

// mergeExperts returns keep enriched with what other adds, and the name
// forms of other that had to be dropped. The kept profile wins every
// conflict; other fills gaps:
//
//   - name: per language, keep's form; other's where keep has none (the
//     other form in a language keep already has is returned as dropped,
//     and kept among the other names, so that every form stays findable);
//   - texts (organisation, position, bio): per language, likewise;
//   - keywords, spheres, languages: union, keep's first;
//   - outputs: union, one per kind and title;
//   - native language, city, country, organisation, ORCID, e-mail, phone:
//     keep's, else other's;
//   - availability: formats united, the window from the earlier start to
//     the later end (an open end stays open);
//   - visibility: the more restrictive, so that nothing other's owner kept
//     from the public becomes public by the merge.
//
// Neither argument is modified.
func mergeExperts(keep, other *model.Expert) (*model.Expert, model.Text) {
	m := *keep
	var dropped model.Text
	m.Name, dropped = mergeText(keep.Name, other.Name)
	m.OtherNames = otherNames(m.Name, keep.OtherNames, other.OtherNames, dropped)
	m.NativeLang = orElse(keep.NativeLang, other.NativeLang)
	m.City = orElse(keep.City, other.City)
	m.Country = orElse(keep.Country, other.Country)
	if keep.OrgID == "" && len(keep.Organization) == 0 {
		m.OrgID, m.Organization = other.OrgID, cloneText(other.Organization)
	} else if keep.OrgID == other.OrgID {
		m.Organization, _ = mergeText(keep.Organization, other.Organization)
	}
	m.Position, _ = mergeText(keep.Position, other.Position)
	m.Bio, _ = mergeText(keep.Bio, other.Bio)
	m.Spheres = union(keep.Spheres, other.Spheres, func(s string) string { return s })
	m.Languages = union(keep.Languages, other.Languages, func(s string) string { return s })
	m.Keywords = mergeTerms(keep.Keywords, other.Keywords)
	m.Outputs = union(keep.Outputs, other.Outputs, outputKey)
	m.ORCID = orElse(keep.ORCID, other.ORCID)
	m.Email = orElse(keep.Email, other.Email)
	m.Phone = orElse(keep.Phone, other.Phone)
	m.Availability = mergeAvailability(keep.Availability, other.Availability)
	m.Visibility = stricter(keep.Visibility, other.Visibility)
	return &m, dropped
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func cloneText(t model.Text) model.Text {
	if t == nil {
		return nil
	}
	out := make(model.Text, len(t))
	for k, v := range t {
		out[k] = v
	}
	return out
}

// mergeText keeps a's text per language and adds b's in the languages a
// lacks; b's differing texts in a's languages are returned as dropped.
func mergeText(a, b model.Text) (merged, dropped model.Text) {
	merged = cloneText(a)
	for l, s := range b {
		switch cur, ok := merged[l]; {
		case s == "":
		case !ok || cur == "":
			if merged == nil {
				merged = model.Text{}
			}
			merged[l] = s
		case cur != s:
			if dropped == nil {
				dropped = model.Text{}
			}
			dropped[l] = s
		}
	}
	return merged, dropped
}

// union appends to a copy of a the items of b whose key a lacks.
func union[T any](a, b []T, key func(T) string) []T {
	out := slices.Clone(a)
	seen := make(map[string]bool, len(a)+len(b))
	for _, x := range a {
		seen[key(x)] = true
	}
	for _, x := range b {
		if k := key(x); !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

func mergeTerms(a, b model.Terms) model.Terms {
	if len(a) == 0 && len(b) == 0 {
		return a
	}
	out := make(model.Terms, len(a)+len(b))
	for l, ts := range a {
		out[l] = slices.Clone(ts)
	}
	for l, ts := range b {
		out[l] = union(out[l], ts, strings.ToLower)
	}
	return out
}

func mergeAvailability(a, b *model.Availability) *model.Availability {
	switch {
	case a == nil && b == nil:
		return nil
	case a == nil:
		c := *b
		c.Formats = slices.Clone(b.Formats)
		return &c
	case b == nil:
		c := *a
		c.Formats = slices.Clone(a.Formats)
		return &c
	}
	// Dates are YYYY-MM-DD, so they compare as strings; "" is an open end.
	from, until := min(a.From, b.From), max(a.Until, b.Until)
	if a.From == "" || b.From == "" {
		from = ""
	}
	if a.Until == "" || b.Until == "" {
		until = ""
	}
	return &model.Availability{
		Formats: union(a.Formats, b.Formats, func(s string) string { return s }),
		From:    from,
		Until:   until,
	}
}

// stricter returns the visibility that shows the profile to fewer people.
func stricter(a, b string) string {
	if slices.Index(model.Visibilities, b) > slices.Index(model.Visibilities, a) {
		return b
	}
	return a
}

// otherNames unites the further name forms of two profiles and the forms
// a merge dropped from the name, leaving out those the name itself has.
func otherNames(name model.Text, keep, other model.Terms, dropped model.Text) model.Terms {
	out := mergeTerms(keep, other)
	for l, s := range dropped {
		if out == nil {
			out = model.Terms{}
		}
		out[l] = union(out[l], []string{s}, strings.ToLower)
	}
	for l, names := range out {
		out[l] = slices.DeleteFunc(names, func(n string) bool { return strings.EqualFold(n, name[l]) })
		if len(out[l]) == 0 {
			delete(out, l)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
