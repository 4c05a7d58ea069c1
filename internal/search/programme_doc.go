package search

import (
	"fmt"

	"talentbridge/internal/model"
)

// ProgrammeDoc is what the programme index holds of one record.
type ProgrammeDoc struct {
	ID         int64  // the record's row id
	ExternalID string // found whole: a query that is a record's id finds it

	Titles []string // the title in every language
	// Text is the rest of the record's own text: description, agenda,
	// outcome, results, venue, the titles of outputs and attached documents.
	Text []string
	// Labels are the words a record is known by without saying them: its
	// spheres, kind, status and cities in all three languages, its year.
	Labels []string

	Kind, Status string
	Spheres      []string // full slugs and their top-level slugs
	Cities       []string
	Orgs         []string // organisation external ids
	Experts      []string // participants' external ids
	Start, End   string   // dates (YYYY-MM-DD) as the store reads them; "" when open
}

// LabelFunc returns the labels of a coded value in every language it has
// one in: ("kind", "agreement") gives «Соглашение», 协议 and Agreement. It
// may return nil. The fields are the Label* constants.
type LabelFunc func(field, value string) []string

// Fields of the coded values a LabelFunc is asked about.
const (
	LabelKind         = "kind"          // the programme kind, model.Kind*
	LabelStatus       = "status"        // a record's status
	LabelCity         = "city"          // model.City*
	LabelEventKind    = "event_kind"    // model.EventKinds
	LabelExchangeKind = "exchange_kind" // model.ExchangeKinds
	LabelProjectKind  = "project_kind"  // model.ProjectKinds
)

// NewProgrammeDoc builds the index document of a programme record. The
// sphere labels of the taxonomy and the labels of its codes are indexed
// with it, so that «метро» finds a record of the subway sphere whose own
// text never says so, and 协议 finds the agreements. labels may be nil.
func NewProgrammeDoc(rec model.ProgrammeRecord, tax *model.Taxonomy, labels LabelFunc) ProgrammeDoc {
	if labels == nil {
		labels = func(string, string) []string { return nil }
	}
	b := rec.Base()
	d := ProgrammeDoc{
		ID:         b.ID,
		ExternalID: b.ExternalID,
		Titles:     texts(b.Title),
		Text:       texts(b.Description),
		Kind:       rec.Kind(),
		Status:     b.Status,
		Cities:     rec.Cities(),
		Orgs:       rec.Organizations(),
		Labels:     append(labels(LabelKind, rec.Kind()), labels(LabelStatus, b.Status)...),
		Experts:    make([]string, 0, len(b.Participants)),
	}
	d.Start, d.End = programmeDates(rec)
	seen := map[string]bool{}
	for _, p := range b.Participants {
		if !seen[p.ExpertID] {
			seen[p.ExpertID] = true
			d.Experts = append(d.Experts, p.ExpertID)
		}
	}
	clear(seen)
	for _, slug := range b.Spheres {
		for _, s := range []string{model.TopSphere(slug), slug} {
			if seen[s] {
				continue
			}
			seen[s] = true
			d.Spheres = append(d.Spheres, s)
			if sp, ok := tax.Get(s); ok {
				d.Labels = append(d.Labels, texts(sp.Labels)...)
			}
		}
	}
	for _, c := range d.Cities {
		d.Labels = append(d.Labels, labels(LabelCity, c)...)
	}
	if len(d.Start) >= 4 {
		d.Labels = append(d.Labels, d.Start[:4])
	}
	if len(d.End) >= 4 && (len(d.Start) < 4 || d.End[:4] != d.Start[:4]) {
		d.Labels = append(d.Labels, d.End[:4])
	}
	switch r := rec.(type) {
	case *model.Exchange:
		d.Text = append(d.Text, texts(r.Outcome)...)
		d.Labels = append(d.Labels, labels(LabelExchangeKind, r.ExchangeKind)...)
	case *model.Event:
		d.Text = append(d.Text, texts(r.Agenda)...)
		d.Text = append(d.Text, texts(r.Venue)...)
		d.Labels = append(d.Labels, labels(LabelEventKind, r.EventKind)...)
	case *model.Project:
		for _, o := range r.Outputs {
			d.Text = appendNonEmpty(d.Text, o.Title, o.Abstract)
		}
		d.Labels = append(d.Labels, labels(LabelProjectKind, r.ProjectKind)...)
	case *model.Agreement:
		for _, doc := range r.Documents {
			d.Text = appendNonEmpty(d.Text, doc.Title)
		}
	case *model.Practice:
		d.Text = append(d.Text, texts(r.Results)...)
		for _, doc := range r.Attachments {
			d.Text = appendNonEmpty(d.Text, doc.Title)
		}
	}
	return d
}

// programmeDates reduces a record's period to dates the way the store's
// filter columns do: an RFC 3339 time is taken as its date as written (an
// event's local date at its venue), and a practice counts as its whole
// year. The index and the store must agree, or a search and a list would
// keep different records for one window.
func programmeDates(rec model.ProgrammeRecord) (start, end string) {
	if p, ok := rec.(*model.Practice); ok && p.Year != 0 {
		return fmt.Sprintf("%04d-01-01", p.Year), fmt.Sprintf("%04d-12-31", p.Year)
	}
	s, e := rec.Span()
	return dateOf(s), dateOf(e)
}

func dateOf(s string) string {
	if len(s) >= 10 && model.ValidDate(s[:10]) {
		return s[:10]
	}
	return ""
}
