package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// progRecordData is what a record's page shows. Facts are the kind's own
// fields as label and value; the rest is shared or kind-specific.
type progRecordData struct {
	Kind        string
	ListURL     string
	ID          string
	Title       localText
	Description localText
	Status      string
	Spheres     []string
	Facts       []progFact
	Orgs        []progLink
	People      []progLink
	Clocks      []zoneTimes // events: the times in Moscow and in Beijing
	ICal        string
	Agenda      []string
	Path        []pathStep // exchanges: the way from proposed to completed
	Cancelled   bool
	Consent     *model.GuardianConsent
	Result      localText // an exchange's outcome, a practice's results
	Outputs     []model.Output
	Documents   []model.Document
	DaysLeft    string // agreements in force: how long until the term ends
	ConsentAt   string
	CanEdit     bool // the reader may write this record (its cities and organisations)
}

// progFact is one labelled value of a record.
type progFact struct {
	Key, Value string // a message key for the label, the value shown
	Link       string
}

// progLink is an expert or organisation of a record, with its role.
type progLink struct {
	Name localText
	URL  string
	Role string // a message key; "" for none
}

// pathStep is one status on an exchange's path.
type pathStep struct {
	Status        string
	Done, Current bool
}

// exchangePath is the way an exchange goes when nothing stops it.
var exchangePath = []string{"proposed", "approved", "under-way", "completed"}

// programmeRecord serves GET /programme/{kind}/{id}.
func (h *handler) programmeRecord(w http.ResponseWriter, r *http.Request, rq *request) error {
	kind, ok := progSlugs[r.PathValue("kind")]
	if !ok {
		return errNoRoute
	}
	ctx := r.Context()
	rec, err := h.app.Programme(ctx, rq.caller, kind, r.PathValue("id"))
	if errors.Is(err, model.ErrNotFound) {
		return errNoRoute
	}
	if err != nil {
		return err
	}
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return err
	}
	p := &page{Lang: rq.lang, tr: h.tr, tax: tax, pr: newPrinter(rq.lang)}
	b := rec.Base()
	d := progRecordData{Kind: kind, ListURL: "/programme/" + progSlug(kind), ID: b.ExternalID,
		Title: pickText(b.Title, rq.lang), Description: pickText(b.Description, rq.lang), Status: b.Status, Spheres: b.Spheres,
		CanEdit: canWriteProgramme(rq.caller, rec)}
	orgRole := ""
	switch x := rec.(type) {
	case *model.Event:
		d.Facts = append(d.Facts, progFact{Key: "web.prog.f.type", Value: p.label(eventKindKeys, x.EventKind)},
			progFact{Key: "web.prog.f.format", Value: p.label(eventFormatKeys, x.Format)})
		if x.City != "" {
			d.Facts = append(d.Facts, progFact{Key: "web.prog.f.city", Value: p.City(x.City)})
		}
		if v := pickText(x.Venue, rq.lang); v.Text != "" {
			d.Facts = append(d.Facts, progFact{Key: "web.prog.f.venue", Value: v.Text})
		}
		if x.Link != "" {
			d.Facts = append(d.Facts, progFact{Key: "web.prog.f.link", Value: x.Link, Link: x.Link})
		}
		d.Clocks = p.eventClocks(x)
		d.ICal = "/api/v1/events/" + b.ExternalID + "/ical?ui_lang=" + rq.lang
		if a := pickText(x.Agenda, rq.lang).Text; a != "" {
			d.Agenda = strings.Split(a, "\n")
		}
		orgRole = "web.prog.f.organisers"
	case *model.Exchange:
		d.Facts = append(d.Facts, progFact{Key: "web.prog.f.type", Value: p.label(exchangeKindKeys, x.ExchangeKind)},
			progFact{Key: "web.prog.f.direction", Value: p.City(x.FromCity) + " → " + p.City(x.ToCity)},
			progFact{Key: "web.prog.f.dates", Value: p.period(x.Start, x.End)})
		d.Path, d.Cancelled = statusPath(x.Status)
		d.Consent = x.GuardianConsent
		if c := x.GuardianConsent; c != nil {
			if t, err := time.Parse(time.RFC3339, c.RecordedAt); err == nil {
				d.ConsentAt = p.Date(t)
			}
		}
		d.Result = pickText(x.Outcome, rq.lang)
	case *model.Project:
		d.Facts = append(d.Facts, progFact{Key: "web.prog.f.type", Value: p.label(projectKindKeys, x.ProjectKind)},
			progFact{Key: "web.prog.f.dates", Value: p.period(x.Start, x.End)})
		d.Outputs = x.Outputs
		orgRole = "web.prog.f.parties"
	case *model.Agreement:
		for _, f := range []struct{ key, date string }{{"web.prog.f.signed", x.Signed}, {"web.prog.f.expires", x.Expires},
			{"web.prog.f.renewal", x.Renewal}} {
			if f.date != "" {
				d.Facts = append(d.Facts, progFact{Key: f.key, Value: p.DateString(f.date)})
			}
		}
		if t, err := time.Parse(time.DateOnly, x.Expires); err == nil && x.Status == "in-force" {
			if n := int(time.Until(t).Hours() / 24); n >= 0 {
				d.DaysLeft = p.Count("web.prog.days_left", n)
			} else {
				d.DaysLeft = p.Count("web.prog.days_over", -n)
			}
		}
		d.Documents = x.Documents
		orgRole = "web.prog.f.parties"
	case *model.Practice:
		if x.Year != 0 {
			d.Facts = append(d.Facts, progFact{Key: "web.prog.f.year", Value: strconv.Itoa(x.Year)})
		}
		if x.City != "" {
			d.Facts = append(d.Facts, progFact{Key: "web.prog.f.city", Value: p.City(x.City)})
		}
		d.Result = pickText(x.Results, rq.lang)
		d.Documents = x.Attachments
	}
	if d.Orgs, err = h.progOrgs(r, rq.lang, rec, orgRole); err != nil {
		return err
	}
	if d.People, err = h.progPeople(r, rq, b.Participants); err != nil {
		return err
	}
	return h.render(w, r, rq, http.StatusOK, "programme_record", d.Title.Text, d)
}

// statusPath marks an exchange's steps done up to its status.
func statusPath(status string) ([]pathStep, bool) {
	at := -1
	for i, s := range exchangePath {
		if s == status {
			at = i
		}
	}
	out := make([]pathStep, len(exchangePath))
	for i, s := range exchangePath {
		out[i] = pathStep{Status: s, Done: i <= at, Current: i == at}
	}
	return out, status == "cancelled"
}

// progOrgs names the organisations of a record, linked to their pages
// where they are registered. An exchange's two are told apart by role.
func (h *handler) progOrgs(r *http.Request, lang string, rec model.ProgrammeRecord, role string) ([]progLink, error) {
	ids := rec.Organizations()
	roles := make([]string, len(ids))
	for i := range roles {
		roles[i] = role
	}
	if x, ok := rec.(*model.Exchange); ok {
		ids, roles = []string{x.FromOrg, x.ToOrg}, []string{"web.prog.f.sending", "web.prog.f.receiving"}
	}
	if p, ok := rec.(*model.Practice); ok && p.OrgID != "" {
		roles = []string{"web.prog.f.org"}
	}
	var out []progLink
	for i, id := range ids {
		if id == "" {
			continue
		}
		l := progLink{Name: localText{Text: id}, Role: roles[i]}
		o, err := h.app.OrganizationByExternalID(r.Context(), id)
		switch {
		case errors.Is(err, model.ErrNotFound):
		case err != nil:
			return nil, err
		default:
			l.Name, l.URL = pickText(o.Name, lang), orgURL(o.ID)
		}
		out = append(out, l)
	}
	return out, nil
}

// progPeople names the participants the reader may see (the app has left
// out the others), linked to their profiles.
func (h *handler) progPeople(r *http.Request, rq *request, parts []model.Participant) ([]progLink, error) {
	var out []progLink
	for _, pt := range parts {
		e, err := h.app.ExpertByExternalID(r.Context(), pt.ExpertID)
		if errors.Is(err, model.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		v, ok := policy.ExpertView(rq.caller, e)
		if !ok {
			continue
		}
		n := expertName(v, rq.lang)
		out = append(out, progLink{Name: localText{Text: n.Text, Lang: n.Lang}, URL: expertURL(v.ID), Role: roleKeys[pt.Role]})
	}
	return out, nil
}
