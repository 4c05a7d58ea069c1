package model

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // event time zones must resolve on machines without a zone database
)

// Codes of the programme's own rules.
const (
	CodeTooFew           = "too_few"
	CodeGuardianConsent  = "guardian_consent_required"
	CodeBadTransition    = "bad_transition"
	CodeLinkRequired     = "link_required"
	CodeVenueRequired    = "venue_required"
	CodeUnknownTimeZone  = "unknown_time_zone"
	CodeSameOrganization = "same_organization"
)

// Limits of programme records.
const (
	MaxProgrammeParticipants = 500
	MaxProgrammeParties      = 20
	MaxProgrammeDocuments    = 50
	MaxProgrammeDescription  = 20000
	MaxProgrammeLink         = MaxURL
)

// ProgrammeRoles lists the participant roles each kind accepts.
var ProgrammeRoles = map[string][]string{
	KindExchange:  {RoleTraveller, RoleHost, RoleContact},
	KindEvent:     {RoleSpeaker, RoleParticipant, RoleOrganiser},
	KindProject:   {RoleLead, RoleMember},
	KindAgreement: {RoleSignatory, RoleContact},
	KindPractice:  {RoleAuthor},
}

// ProgrammeStatuses lists each kind's statuses, the first being a new
// record's.
var ProgrammeStatuses = map[string][]string{
	KindExchange:  ExchangeStatuses,
	KindEvent:     EventStatuses,
	KindProject:   ProjectStatuses,
	KindAgreement: AgreementStatuses,
	KindPractice:  PracticeStatuses,
}

// exchangeMoves lists the statuses an exchange may move to from each status.
var exchangeMoves = map[string][]string{
	"proposed":  {"approved", "cancelled"},
	"approved":  {"under-way", "cancelled"},
	"under-way": {"completed", "cancelled"},
}

// ProgrammeTransition reports whether a record of a kind may move from one
// status to another. Only exchanges follow a fixed path; the other kinds may
// move between any of their statuses.
func ProgrammeTransition(kind, from, to string) bool {
	if from == to {
		return true
	}
	if kind == KindExchange {
		return contains(exchangeMoves[from], to)
	}
	return contains(ProgrammeStatuses[kind], to)
}

func (b *ProgrammeBase) normalize(kind string) {
	b.ExternalID = strings.TrimSpace(b.ExternalID)
	b.Title = normText(b.Title)
	b.Description = normText(b.Description)
	b.Spheres = dedupe(b.Spheres, false)
	b.Status = strings.ToLower(strings.TrimSpace(b.Status))
	if b.Status == "" {
		b.Status = ProgrammeStatuses[kind][0]
	}
	seen := map[Participant]bool{}
	kept := b.Participants[:0]
	for _, p := range b.Participants {
		p.ExpertID = strings.TrimSpace(p.ExpertID)
		p.Role = strings.ToLower(strings.TrimSpace(p.Role))
		if !seen[p] {
			seen[p] = true
			kept = append(kept, p)
		}
	}
	b.Participants = kept
	if len(kept) == 0 {
		b.Participants = nil
	}
}

func (b *ProgrammeBase) validate(v *ValidationError, kind string, tax *Taxonomy) {
	switch {
	case b.ExternalID == "":
		v.add("id", CodeRequired, nil)
	case !ValidExternalID(b.ExternalID):
		v.add("id", CodeBadFormat, nil)
	}
	if len(b.Title) == 0 {
		v.add("title", CodeRequired, nil)
	}
	checkTextMap(v, "title", b.Title, MaxTitle)
	checkTextMap(v, "description", b.Description, MaxProgrammeDescription)
	if len(b.Spheres) > MaxSpheres {
		v.add("spheres", CodeTooMany, map[string]any{"max": MaxSpheres})
	}
	for i, s := range b.Spheres {
		if tax == nil || !tax.Has(s) {
			v.add(fmt.Sprintf("spheres[%d]", i), CodeUnknownSphere, map[string]any{"value": s})
		}
	}
	if len(b.Participants) > MaxProgrammeParticipants {
		v.add("participants", CodeTooMany, map[string]any{"max": MaxProgrammeParticipants})
	}
	for i, p := range b.Participants {
		field := fmt.Sprintf("participants[%d]", i)
		if !ValidExternalID(p.ExpertID) {
			v.add(field+".expert_id", CodeBadFormat, nil)
		}
		if !contains(ProgrammeRoles[kind], p.Role) {
			v.add(field+".role", CodeUnknownValue, map[string]any{"value": p.Role})
		}
	}
	if !contains(ProgrammeStatuses[kind], b.Status) {
		v.add("status", CodeUnknownValue, map[string]any{"value": b.Status})
	}
}

// checkEnum adds an error unless value is one of allowed; required says an
// empty value is an error too.
func checkEnum(v *ValidationError, field, value string, allowed []string, required bool) {
	switch {
	case value == "" && required:
		v.add(field, CodeRequired, nil)
	case value != "" && !contains(allowed, value):
		v.add(field, CodeUnknownValue, map[string]any{"value": value})
	}
}

func checkCity(v *ValidationError, field, city string, required bool) {
	switch {
	case city == "" && required:
		v.add(field, CodeRequired, nil)
	case city != "" && !contains(Cities, city):
		v.add(field, CodeUnknownCity, map[string]any{"value": city})
	}
}

func checkOrgRef(v *ValidationError, field, id string, required bool) {
	switch {
	case id == "" && required:
		v.add(field, CodeRequired, nil)
	case id != "" && !ValidExternalID(id):
		v.add(field, CodeBadFormat, nil)
	}
}

// checkDates checks two optional dates and their order.
func checkDates(v *ValidationError, startField, start, endField, end string) {
	okStart := start == "" || ValidDate(start)
	okEnd := end == "" || ValidDate(end)
	if !okStart {
		v.add(startField, CodeBadDate, nil)
	}
	if !okEnd {
		v.add(endField, CodeBadDate, nil)
	}
	if okStart && okEnd && start != "" && end != "" && end < start {
		v.add(endField, CodeDateOrder, nil)
	}
}

func checkParties(v *ValidationError, parties []string, min int) {
	if len(parties) < min {
		v.add("parties", CodeTooFew, map[string]any{"min": min})
	}
	if len(parties) > MaxProgrammeParties {
		v.add("parties", CodeTooMany, map[string]any{"max": MaxProgrammeParties})
	}
	for i, p := range parties {
		checkOrgRef(v, fmt.Sprintf("parties[%d]", i), p, true)
	}
}

func checkDocuments(v *ValidationError, field string, docs []Document) {
	if len(docs) > MaxProgrammeDocuments {
		v.add(field, CodeTooMany, map[string]any{"max": MaxProgrammeDocuments})
	}
	for i, d := range docs {
		f := fmt.Sprintf("%s[%d]", field, i)
		checkText(v, f+".title", d.Title, MaxTitle, true)
		checkURL(v, f+".url", d.URL)
		if d.Lang != "" && !ValidLanguage(d.Lang) {
			v.add(f+".lang", CodeUnknownLanguage, map[string]any{"value": d.Lang})
		}
	}
}

func normList(list []string, lower bool) []string {
	for i, s := range list {
		list[i] = strings.TrimSpace(s)
	}
	return dedupe(list, lower)
}

func normDocuments(docs []Document) []Document {
	for i := range docs {
		docs[i].Title = normString(docs[i].Title)
		docs[i].URL = strings.TrimSpace(docs[i].URL)
		docs[i].Lang = strings.ToLower(strings.TrimSpace(docs[i].Lang))
	}
	return docs
}

func lowerTrim(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// parseEventTime reads an RFC 3339 time.
func parseEventTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}
