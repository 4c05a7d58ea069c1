package web

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// The programme form's controls are named after the field paths of the
// model's validation errors ("title.ru", "participants[2].role",
// "guardian_consent.recorded_by"), so that an error finds its control. An
// event's start and end are each a date and a time ("start.date",
// "start.time") read in the chosen time zone.

// Blank rows the form offers for adding participants and documents, and
// the most rows it reads back.
const (
	progBlankRows = 3
	maxProgRows   = model.MaxProgrammeParticipants + 10
)

// progTimeLayouts read the time input with or without seconds.
var progTimeLayouts = []string{"15:04", "15:04:05"}

// formFromProgramme fills the form's controls from a stored record.
func formFromProgramme(rec model.ProgrammeRecord) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	text := func(field string, t model.Text) {
		for _, l := range model.Langs {
			set(field+"."+l, t[l])
		}
	}
	b := rec.Base()
	set("id", b.ExternalID)
	text("title", b.Title)
	text("description", b.Description)
	v["spheres"] = append([]string(nil), b.Spheres...)
	set("status", b.Status)
	for i, p := range b.Participants {
		set(fmt.Sprintf("participants[%d].expert_id", i), p.ExpertID)
		set(fmt.Sprintf("participants[%d].role", i), p.Role)
	}
	v.Set("participants.rows", strconv.Itoa(len(b.Participants)+progBlankRows))
	if b.Version != 0 {
		v.Set("version", strconv.FormatInt(b.Version, 10))
	}
	switch x := rec.(type) {
	case *model.Exchange:
		set("kind", x.ExchangeKind)
		set("from_organization", x.FromOrg)
		set("to_organization", x.ToOrg)
		set("from_city", x.FromCity)
		set("to_city", x.ToCity)
		set("start", x.Start)
		set("end", x.End)
		if x.Minors {
			v.Set("minors", "1")
		}
		if gc := x.GuardianConsent; gc != nil {
			set("guardian_consent.recorded_by", gc.RecordedBy)
			set("guardian_consent.document", gc.Document)
		}
	case *model.Event:
		set("kind", x.EventKind)
		set("format", x.Format)
		set("city", x.City)
		text("venue", x.Venue)
		set("link", x.Link)
		set("time_zone", x.TimeZone)
		splitEventTime(v, "start", x.Start, x.TimeZone)
		splitEventTime(v, "end", x.End, x.TimeZone)
		text("agenda", x.Agenda)
	case *model.Project:
		set("kind", x.ProjectKind)
		set("parties", strings.Join(x.Parties, "\n"))
		v["cities"] = append([]string(nil), x.PartyCities...)
		set("start", x.Start)
		set("end", x.End)
	case *model.Agreement:
		set("parties", strings.Join(x.Parties, "\n"))
		v["cities"] = append([]string(nil), x.PartyCities...)
		set("signed", x.Signed)
		set("expires", x.Expires)
		set("renewal", x.Renewal)
		for i, d := range x.Documents {
			set(fmt.Sprintf("documents[%d].title", i), d.Title)
			set(fmt.Sprintf("documents[%d].url", i), d.URL)
		}
		v.Set("documents.rows", strconv.Itoa(len(x.Documents)+progBlankRows))
	case *model.Practice:
		set("organization_id", x.OrgID)
		set("city", x.City)
		if x.Year != 0 {
			set("year", strconv.Itoa(x.Year))
		}
		text("results", x.Results)
	}
	return v
}

// splitEventTime shows an RFC 3339 time as a date and a time on the clock
// of the event's zone; a value that does not parse is left in the date.
func splitEventTime(v url.Values, field, value, zone string) {
	t, err := time.Parse(time.RFC3339, value)
	if err != nil {
		if value != "" {
			v.Set(field+".date", value)
		}
		return
	}
	if loc, err := time.LoadLocation(zone); err == nil {
		t = t.In(loc)
	}
	v.Set(field+".date", t.Format(time.DateOnly))
	layout := "15:04"
	if t.Second() != 0 {
		layout = "15:04:05"
	}
	v.Set(field+".time", t.Format(layout))
}

// joinEventTime reads a date and a time in the zone as RFC 3339. What
// cannot be read is passed on as typed, so that validation reports it as
// a bad date at its field.
func joinEventTime(v url.Values, field, zone string) string {
	d := strings.TrimSpace(v.Get(field + ".date"))
	tm := strings.TrimSpace(v.Get(field + ".time"))
	if d == "" {
		return ""
	}
	if tm == "" {
		tm = "00:00"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil || zone == "" {
		loc = time.UTC // the zone's own error is reported at the zone
	}
	for _, layout := range progTimeLayouts {
		if t, err := time.ParseInLocation(time.DateOnly+" "+layout, d+" "+tm, loc); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	return d + " " + tm
}

// progParsed is a record read from the form, with the problems that could
// not wait for validation and, for the participant and document rows, the
// form row each item came from (blank rows are skipped).
type progParsed struct {
	Rec      model.ProgrammeRecord
	Problems []model.FieldError
	rowOf    map[string][]int // "participants", "documents"
}

// programmeFromForm reads a record of the kind from a submitted form into
// rec, which is empty for a new record or the stored one: fields the form
// does not show stay as stored. now stamps a newly recorded consent.
func programmeFromForm(v url.Values, rec model.ProgrammeRecord, now time.Time) progParsed {
	p := progParsed{Rec: rec, rowOf: map[string][]int{}}
	text := func(field string) model.Text {
		t := model.Text{}
		for _, l := range model.Langs {
			if s := v.Get(field + "." + l); s != "" {
				t[l] = s
			}
		}
		return t
	}
	b := rec.Base()
	if b.ID == 0 {
		b.ExternalID = strings.TrimSpace(v.Get("id"))
	}
	b.Title, b.Description = text("title"), text("description")
	b.Spheres = v["spheres"]
	b.Status = v.Get("status")
	b.Participants = nil
	for _, i := range formRows(v, "participants") {
		id := strings.TrimSpace(v.Get(fmt.Sprintf("participants[%d].expert_id", i)))
		if id == "" {
			continue
		}
		b.Participants = append(b.Participants, model.Participant{ExpertID: id, Role: v.Get(fmt.Sprintf("participants[%d].role", i))})
		p.rowOf["participants"] = append(p.rowOf["participants"], i)
	}
	switch x := rec.(type) {
	case *model.Exchange:
		x.ExchangeKind = v.Get("kind")
		x.FromOrg, x.ToOrg = v.Get("from_organization"), v.Get("to_organization")
		x.FromCity, x.ToCity = v.Get("from_city"), v.Get("to_city")
		x.Start, x.End = v.Get("start"), v.Get("end")
		x.Minors = v.Get("minors") != ""
		x.GuardianConsent = consentFromForm(v, x.GuardianConsent, now)
	case *model.Event:
		x.EventKind, x.Format, x.City = v.Get("kind"), v.Get("format"), v.Get("city")
		x.Venue, x.Agenda = text("venue"), text("agenda")
		x.Link = v.Get("link")
		x.TimeZone = v.Get("time_zone")
		x.Start, x.End = joinEventTime(v, "start", x.TimeZone), joinEventTime(v, "end", x.TimeZone)
	case *model.Project:
		x.ProjectKind = v.Get("kind")
		x.Parties, x.PartyCities = splitTerms(v.Get("parties")), v["cities"]
		x.Start, x.End = v.Get("start"), v.Get("end")
	case *model.Agreement:
		x.Parties, x.PartyCities = splitTerms(v.Get("parties")), v["cities"]
		x.Signed, x.Expires, x.Renewal = v.Get("signed"), v.Get("expires"), v.Get("renewal")
		x.Documents = p.documents(v, x.Documents)
	case *model.Practice:
		x.OrgID, x.City = v.Get("organization_id"), v.Get("city")
		x.Results = text("results")
		x.Year = 0
		if year := strings.TrimSpace(v.Get("year")); year != "" {
			n, err := strconv.Atoi(year)
			if err != nil {
				p.Problems = append(p.Problems, model.FieldError{Field: "year", Code: model.CodeBadFormat})
			}
			x.Year = n
		}
	}
	return p
}

// documents reads the document rows; a stored document keeps its
// language, which the form does not show, while its row keeps its title.
func (p *progParsed) documents(v url.Values, stored []model.Document) []model.Document {
	var out []model.Document
	for _, i := range formRows(v, "documents") {
		d := model.Document{Title: v.Get(fmt.Sprintf("documents[%d].title", i)), URL: v.Get(fmt.Sprintf("documents[%d].url", i))}
		if strings.TrimSpace(d.Title+d.URL) == "" {
			continue
		}
		if i < len(stored) && stored[i].Title == d.Title {
			d.Lang = stored[i].Lang
		}
		out = append(out, d)
		p.rowOf["documents"] = append(p.rowOf["documents"], i)
	}
	return out
}

// consentFromForm reads the guardians' consent: none when both its fields
// are empty; the stored time when the same person recorded it, else now.
func consentFromForm(v url.Values, stored *model.GuardianConsent, now time.Time) *model.GuardianConsent {
	by := strings.TrimSpace(v.Get("guardian_consent.recorded_by"))
	doc := strings.TrimSpace(v.Get("guardian_consent.document"))
	if by == "" && doc == "" {
		return nil
	}
	gc := &model.GuardianConsent{RecordedBy: by, Document: doc, RecordedAt: now.UTC().Format(time.RFC3339)}
	if stored != nil && stored.RecordedBy == by {
		gc.RecordedAt = stored.RecordedAt
	}
	return gc
}

// formRows lists the row numbers of a repeated group the form posted.
func formRows(v url.Values, group string) []int {
	n, _ := strconv.Atoi(v.Get(group + ".rows"))
	rows := make([]int, 0, max(min(n, maxProgRows), 0))
	for i := 0; i < min(n, maxProgRows); i++ {
		rows = append(rows, i)
	}
	return rows
}

var progRowPathRE = regexp.MustCompile(`^(participants|documents)\[(\d+)\]`)

// formField turns a validation error's field path into the name of the
// control that shows it: item indices become row numbers, an event's start
// and end are shown at their pair of inputs, and other list indices go
// (an unknown party is shown at the parties box).
func (p progParsed) formField(field string) string {
	if m := progRowPathRE.FindStringSubmatch(field); m != nil {
		k, _ := strconv.Atoi(m[2])
		if rows := p.rowOf[m[1]]; k < len(rows) {
			return fmt.Sprintf("%s[%d]", m[1], rows[k]) + field[len(m[0]):]
		}
		return m[1]
	}
	return stripIndex(field)
}
