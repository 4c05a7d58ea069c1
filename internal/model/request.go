package model

import (
	"fmt"
	"strings"
	"time"
)

// Request statuses: a request is open until a coordinator shortlists
// experts for it, and closed when it is answered or withdrawn.
const (
	RequestOpen        = "open"
	RequestShortlisted = "shortlisted"
	RequestClosed      = "closed"
)

// RequestStatuses lists the statuses in their order.
var RequestStatuses = []string{RequestOpen, RequestShortlisted, RequestClosed}

// Constraints a request may make hard (filtering) rather than soft.
var RequestConstraints = []string{"languages", "formats", "window", "direction"}

// Shortlist decisions.
var ShortlistDecisions = []string{"proposed", "accepted", "declined"}

// Request is a need for expertise from an organisation of one city. Its
// JSON follows the requests of the interchange format (id, title,
// description, spheres, languages) and adds the rest.
type Request struct {
	ExternalID  string   `json:"id"`
	Title       string   `json:"title,omitempty"`
	Description string   `json:"description,omitempty"` // any of ru, zh, en
	Spheres     []string `json:"spheres,omitempty"`
	Languages   []string `json:"languages,omitempty"` // spoken languages wanted; any one qualifies
	Formats     []string `json:"formats,omitempty"`   // wanted formats; any one qualifies
	From        string   `json:"from,omitempty"`      // wanted window, 2006-01-02
	Until       string   `json:"until,omitempty"`
	City        string   `json:"city,omitempty"` // the requesting city: experts of the other are wanted
	OrgID       string   `json:"organization_id,omitempty"`
	// Hard names the constraints that filter experts out; the others only
	// lower the score of an expert who misses them.
	Hard      []string         `json:"hard,omitempty"`
	Status    string           `json:"status,omitempty"`
	Shortlist []ShortlistEntry `json:"shortlist,omitempty"`

	ID        int64     `json:"-"`
	Version   int64     `json:"-"`
	CreatedAt time.Time `json:"-"`
	UpdatedAt time.Time `json:"-"`
}

// ShortlistEntry is a coordinator's decision on one proposed expert.
type ShortlistEntry struct {
	ExpertID string `json:"expert_id"` // the expert's external id
	Decision string `json:"decision"`
	Note     string `json:"note,omitempty"`
	At       string `json:"at,omitempty"` // RFC 3339, UTC
}

// IsHard reports whether the constraint filters.
func (r *Request) IsHard(constraint string) bool { return contains(r.Hard, constraint) }

// Limits of request texts, in characters.
const (
	MaxRequestTitle       = 300
	MaxRequestDescription = 5000
	MaxShortlist          = 200
)

// Normalize puts a request into canonical form.
func (r *Request) Normalize() {
	r.ExternalID = strings.TrimSpace(r.ExternalID)
	r.Title = normString(r.Title)
	r.Description = normString(r.Description)
	r.Spheres = dedupe(r.Spheres, false)
	r.Languages = dedupe(r.Languages, true)
	r.Formats = dedupe(r.Formats, true)
	r.From, r.Until = strings.TrimSpace(r.From), strings.TrimSpace(r.Until)
	r.City = strings.ToLower(strings.TrimSpace(r.City))
	r.OrgID = strings.TrimSpace(r.OrgID)
	r.Hard = dedupe(r.Hard, true)
	r.Status = strings.TrimSpace(r.Status)
	if r.Status == "" {
		r.Status = RequestOpen
	}
	for i := range r.Shortlist {
		s := &r.Shortlist[i]
		s.ExpertID = strings.TrimSpace(s.ExpertID)
		s.Decision = strings.TrimSpace(s.Decision)
		s.Note = normString(s.Note)
	}
}

// Validate checks a normalized request.
func (r *Request) Validate(tax *Taxonomy) error {
	v := &ValidationError{}
	switch {
	case r.ExternalID == "":
		v.add("id", CodeRequired, nil)
	case !ValidExternalID(r.ExternalID):
		v.add("id", CodeBadFormat, nil)
	}
	if r.Title == "" && r.Description == "" {
		v.add("title", CodeRequired, nil)
	}
	checkText(v, "title", r.Title, MaxRequestTitle, false)
	checkText(v, "description", r.Description, MaxRequestDescription, false)
	for i, s := range r.Spheres {
		if tax == nil || !tax.Has(s) {
			v.add(fmt.Sprintf("spheres[%d]", i), CodeUnknownSphere, map[string]any{"value": s})
		}
	}
	for i, l := range r.Languages {
		if !ValidLanguage(l) {
			v.add(fmt.Sprintf("languages[%d]", i), CodeUnknownLanguage, map[string]any{"value": l})
		}
	}
	for i, f := range r.Formats {
		if !contains(Formats, f) {
			v.add(fmt.Sprintf("formats[%d]", i), CodeUnknownValue, map[string]any{"value": f})
		}
	}
	(&Availability{From: r.From, Until: r.Until}).validateWindow(v, "")
	if r.City != "" && !contains(Cities, r.City) {
		v.add("city", CodeUnknownCity, map[string]any{"value": r.City})
	}
	if r.OrgID != "" && !ValidExternalID(r.OrgID) {
		v.add("organization_id", CodeBadFormat, nil)
	}
	for i, h := range r.Hard {
		if !contains(RequestConstraints, h) {
			v.add(fmt.Sprintf("hard[%d]", i), CodeUnknownValue, map[string]any{"value": h})
		}
	}
	if !contains(RequestStatuses, r.Status) {
		v.add("status", CodeUnknownValue, map[string]any{"value": r.Status})
	}
	if len(r.Shortlist) > MaxShortlist {
		v.add("shortlist", CodeTooMany, map[string]any{"max": MaxShortlist})
	}
	seen := map[string]bool{}
	for i, s := range r.Shortlist {
		field := fmt.Sprintf("shortlist[%d]", i)
		if !ValidExternalID(s.ExpertID) {
			v.add(field+".expert_id", CodeBadFormat, nil)
		} else if seen[s.ExpertID] {
			v.add(field+".expert_id", CodeDuplicate, nil)
		}
		seen[s.ExpertID] = true
		if !contains(ShortlistDecisions, s.Decision) {
			v.add(field+".decision", CodeUnknownValue, map[string]any{"value": s.Decision})
		}
		checkText(v, field+".note", s.Note, 1000, false)
	}
	return v.orNil()
}
