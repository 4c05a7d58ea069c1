package model

import (
	"fmt"
	"time"
)

// Normalize puts an exchange into canonical form. Schoolchildren are minors
// whatever the record says.
func (x *Exchange) Normalize() {
	x.normalize(KindExchange)
	x.ExchangeKind = lowerTrim(x.ExchangeKind)
	x.FromOrg, x.ToOrg = normString(x.FromOrg), normString(x.ToOrg)
	x.FromCity, x.ToCity = lowerTrim(x.FromCity), lowerTrim(x.ToCity)
	x.Start, x.End = normString(x.Start), normString(x.End)
	x.Outcome = normText(x.Outcome)
	if x.ExchangeKind == "schoolchild" {
		x.Minors = true
	}
}

// Validate checks an exchange. Minors may not be approved, nor travel,
// without a recorded guardian consent.
func (x *Exchange) Validate(tax *Taxonomy) error {
	v := &ValidationError{}
	x.validate(v, KindExchange, tax)
	checkEnum(v, "kind", x.ExchangeKind, ExchangeKinds, true)
	checkOrgRef(v, "from_organization", x.FromOrg, true)
	checkOrgRef(v, "to_organization", x.ToOrg, true)
	if x.FromOrg != "" && x.FromOrg == x.ToOrg {
		v.add("to_organization", CodeSameOrganization, nil)
	}
	checkCity(v, "from_city", x.FromCity, true)
	checkCity(v, "to_city", x.ToCity, true)
	checkDates(v, "start", x.Start, "end", x.End)
	checkTextMap(v, "outcome", x.Outcome, MaxProgrammeDescription)
	if gc := x.GuardianConsent; gc != nil {
		if _, err := time.Parse(time.RFC3339, gc.RecordedAt); err != nil {
			v.add("guardian_consent.recorded_at", CodeBadDate, nil)
		}
		checkText(v, "guardian_consent.recorded_by", gc.RecordedBy, MaxName, true)
		checkText(v, "guardian_consent.document", gc.Document, MaxTitle, false)
	}
	if x.Minors && x.GuardianConsent == nil && x.Status != "proposed" && x.Status != "cancelled" {
		v.add("guardian_consent", CodeGuardianConsent, nil)
	}
	return v.orNil()
}

// Normalize puts an event into canonical form.
func (e *Event) Normalize() {
	e.normalize(KindEvent)
	e.EventKind, e.Format, e.City = lowerTrim(e.EventKind), lowerTrim(e.Format), lowerTrim(e.City)
	e.Venue, e.Agenda = normText(e.Venue), normText(e.Agenda)
	e.Link = normString(e.Link)
	e.Start, e.End, e.TimeZone = normString(e.Start), normString(e.End), normString(e.TimeZone)
	e.Organizers = normList(e.Organizers, false)
}

// Validate checks an event: an online event needs a link, an offline one a
// venue, a hybrid one both; it must not end before it starts.
func (e *Event) Validate(tax *Taxonomy) error {
	v := &ValidationError{}
	e.validate(v, KindEvent, tax)
	checkEnum(v, "kind", e.EventKind, EventKinds, true)
	checkEnum(v, "format", e.Format, EventFormats, true)
	checkCity(v, "city", e.City, false)
	checkTextMap(v, "venue", e.Venue, MaxOrg)
	checkTextMap(v, "agenda", e.Agenda, MaxProgrammeDescription)
	checkURL(v, "link", e.Link)
	if (e.Format == "online" || e.Format == "hybrid") && e.Link == "" {
		v.add("link", CodeLinkRequired, nil)
	}
	if (e.Format == "offline" || e.Format == "hybrid") && len(e.Venue) == 0 {
		v.add("venue", CodeVenueRequired, nil)
	}
	start, okStart := parseEventTime(e.Start)
	end, okEnd := parseEventTime(e.End)
	switch {
	case e.Start == "":
		v.add("start", CodeRequired, nil)
	case !okStart:
		v.add("start", CodeBadDate, nil)
	}
	switch {
	case e.End == "":
		v.add("end", CodeRequired, nil)
	case !okEnd:
		v.add("end", CodeBadDate, nil)
	}
	if okStart && okEnd && end.Before(start) {
		v.add("end", CodeDateOrder, nil)
	}
	if e.TimeZone == "" {
		v.add("time_zone", CodeRequired, nil)
	} else if _, err := time.LoadLocation(e.TimeZone); err != nil || e.TimeZone == "Local" {
		v.add("time_zone", CodeUnknownTimeZone, map[string]any{"value": e.TimeZone})
	}
	for i, o := range e.Organizers {
		checkOrgRef(v, fmt.Sprintf("organizations[%d]", i), o, true)
	}
	return v.orNil()
}

// Normalize puts a project into canonical form.
func (p *Project) Normalize() {
	p.normalize(KindProject)
	p.ProjectKind = lowerTrim(p.ProjectKind)
	p.Parties = normList(p.Parties, false)
	p.PartyCities = normList(p.PartyCities, true)
	p.Start, p.End = normString(p.Start), normString(p.End)
	for i := range p.Outputs {
		p.Outputs[i].normalize()
	}
}

// Validate checks a project: a joint project has at least two parties.
func (p *Project) Validate(tax *Taxonomy) error {
	v := &ValidationError{}
	p.validate(v, KindProject, tax)
	checkEnum(v, "kind", p.ProjectKind, ProjectKinds, true)
	checkParties(v, p.Parties, 2)
	for i, c := range p.PartyCities {
		checkCity(v, fmt.Sprintf("cities[%d]", i), c, true)
	}
	checkDates(v, "start", p.Start, "end", p.End)
	if len(p.Outputs) > MaxOutputs {
		v.add("outputs", CodeTooMany, map[string]any{"max": MaxOutputs})
	}
	for i, o := range p.Outputs {
		o.validate(v, fmt.Sprintf("outputs[%d]", i))
	}
	return v.orNil()
}

// Normalize puts an agreement into canonical form.
func (a *Agreement) Normalize() {
	a.normalize(KindAgreement)
	a.Parties = normList(a.Parties, false)
	a.PartyCities = normList(a.PartyCities, true)
	a.Signed, a.Expires, a.Renewal = normString(a.Signed), normString(a.Expires), normString(a.Renewal)
	a.Documents = normDocuments(a.Documents)
}

// Validate checks an agreement: two parties at least, and a term that ends
// after the signing.
func (a *Agreement) Validate(tax *Taxonomy) error {
	v := &ValidationError{}
	a.validate(v, KindAgreement, tax)
	checkParties(v, a.Parties, 2)
	for i, c := range a.PartyCities {
		checkCity(v, fmt.Sprintf("cities[%d]", i), c, true)
	}
	checkDates(v, "signed", a.Signed, "expires", a.Expires)
	checkDates(v, "signed", a.Signed, "renewal", a.Renewal)
	if a.Status == "in-force" && a.Signed == "" {
		v.add("signed", CodeRequired, nil)
	}
	checkDocuments(v, "documents", a.Documents)
	return v.orNil()
}

// Normalize puts a practice into canonical form.
func (p *Practice) Normalize() {
	p.normalize(KindPractice)
	p.OrgID, p.City = normString(p.OrgID), lowerTrim(p.City)
	p.Results = normText(p.Results)
	p.Attachments = normDocuments(p.Attachments)
}

// Validate checks a practice.
func (p *Practice) Validate(tax *Taxonomy) error {
	v := &ValidationError{}
	p.validate(v, KindPractice, tax)
	checkOrgRef(v, "organization_id", p.OrgID, false)
	checkCity(v, "city", p.City, false)
	if p.Year != 0 && (p.Year < 1950 || p.Year > 2100) {
		v.add("year", CodeOutOfRange, map[string]any{"min": 1950, "max": 2100})
	}
	checkTextMap(v, "results", p.Results, MaxProgrammeDescription)
	checkDocuments(v, "attachments", p.Attachments)
	return v.orNil()
}
