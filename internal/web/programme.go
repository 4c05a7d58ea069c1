package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// progPerPage is how many programme records a list shows at once.
const progPerPage = 25

// progSlugs maps the path segment of each kind's pages to the kind.
var progSlugs = map[string]string{
	"events":     model.KindEvent,
	"exchanges":  model.KindExchange,
	"projects":   model.KindProject,
	"agreements": model.KindAgreement,
	"practices":  model.KindPractice,
}

// progSlug is the path segment of a kind.
func progSlug(kind string) string {
	for s, k := range progSlugs {
		if k == kind {
			return s
		}
	}
	return kind
}

// progURL is the page of a programme record.
func progURL(kind, externalID string) string {
	return "/programme/" + progSlug(kind) + "/" + url.PathEscape(externalID)
}

// progTab is one kind in the programme's tabs.
type progTab struct {
	Kind, URL string
	Total     int
	Current   bool
}

// progTabs lists the kinds with their totals, the current one marked.
func (h *handler) progTabs(r *http.Request, rq *request, current string) ([]progTab, error) {
	var tabs []progTab
	for _, k := range model.ProgrammeKinds {
		pg, err := h.app.ListProgramme(r.Context(), rq.caller, app.ProgrammeFilter{Kind: k}, 0, 1)
		if err != nil {
			return nil, err
		}
		tabs = append(tabs, progTab{Kind: k, URL: "/programme/" + progSlug(k), Total: pg.Total, Current: k == current})
	}
	return tabs, nil
}

// programmeHome serves GET /programme: the kinds of record with their
// counts, and the ways into the reports.
func (h *handler) programmeHome(w http.ResponseWriter, r *http.Request, rq *request) error {
	tabs, err := h.progTabs(r, rq, "")
	if err != nil {
		return err
	}
	return h.render(w, r, rq, http.StatusOK, "programme", h.tr.T(rq.lang, "web.prog.title", nil), tabs)
}

// progListData is what a list of one kind shows.
type progListData struct {
	Kind     string
	Tabs     []progTab
	Q        url.Values
	Problems map[string]string
	Statuses []string
	Spheres  []model.Sphere
	Cities   []string
	Total    int
	Rows     []progRow
	Next     string
	First    string
	ICal     string // the calendar of the listed events
	Expiring *expiringData
}

// Field is a filter input with its value and problem, for the form.
func (d progListData) Field(name, typ string) auditInput {
	return auditInput{Name: name, Type: typ, Value: d.Q.Get(name), Error: d.Problems[name]}
}

// expiringData is the agreements list's box of agreements to attend to:
// those whose term ends within the days (Items) and, apart from them,
// those still marked in force after their end date (Overdue).
type expiringData struct {
	Days    int
	Items   []progRow
	Overdue []progRow
}

// progRow is a record in a list.
type progRow struct {
	URL      string
	Title    localText
	Status   string
	When     string // its dates, formatted
	Cities   []string
	Kind     string // its own kind (seminar, student…), translated
	Spheres  []string
	Subtitle string
	Due      string // how long an agreement has left, or since when it is over
}

// programmeList serves GET /programme/{kind}: the records of a kind,
// filtered by status, sphere, city, period and text, page by page.
func (h *handler) programmeList(w http.ResponseWriter, r *http.Request, rq *request) error {
	kind, ok := progSlugs[r.PathValue("kind")]
	if !ok {
		return errNoRoute
	}
	ctx := r.Context()
	q := r.URL.Query()
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return err
	}
	tabs, err := h.progTabs(r, rq, kind)
	if err != nil {
		return err
	}
	data := progListData{Kind: kind, Tabs: tabs, Q: q, Problems: map[string]string{},
		Statuses: model.ProgrammeStatuses[kind], Spheres: tax.All(), Cities: model.Cities}
	f := app.ProgrammeFilter{Kind: kind, Status: q.Get("status"), Sphere: q.Get("sphere"), City: q.Get("city"),
		OrgID: q.Get("org"), ExpertID: q.Get("expert"), From: q.Get("from"), Until: q.Get("until"), Query: q.Get("q")}
	after, _ := strconv.ParseInt(q.Get("after"), 10, 64)
	p := &page{Lang: rq.lang, tr: h.tr, tax: tax, pr: newPrinter(rq.lang)}
	status := http.StatusOK
	pg, err := h.app.ListProgramme(ctx, rq.caller, f, max(after, 0), progPerPage)
	var ve *model.ValidationError
	switch {
	case errors.As(err, &ve):
		for _, fe := range ve.Errors {
			data.Problems[fe.Field] = h.tr.T(rq.lang, i18n.ErrorKey(fe.Code), fe.Params)
		}
		status = http.StatusUnprocessableEntity
	case err != nil:
		return err
	default:
		data.Total = pg.Total
		for _, rec := range pg.Items {
			data.Rows = append(data.Rows, newProgRow(p, rec))
		}
		if pg.Next != 0 {
			next := cloneValues(q)
			next.Set("after", strconv.FormatInt(pg.Next, 10))
			data.Next = r.URL.Path + "?" + next.Encode()
		}
	}
	if q.Get("after") != "" {
		first := cloneValues(q)
		first.Del("after")
		data.First = r.URL.Path + "?" + first.Encode()
	}
	if kind == model.KindEvent {
		cal := cloneValues(q)
		cal.Del("after")
		cal.Set("ui_lang", rq.lang)
		data.ICal = "/api/v1/events.ics?" + cal.Encode()
	}
	if kind == model.KindAgreement {
		if data.Expiring, err = h.expiring(r, rq, p); err != nil {
			return err
		}
	}
	title := h.tr.T(rq.lang, progKindsKeys[kind], nil)
	return h.render(w, r, rq, status, "programme_list", title, data)
}

// expiringDays is how far ahead the agreements list looks for terms ending
// unless ?days= says otherwise.
const expiringDays = 90

// expiring lists the agreements in force whose term ends within the days,
// and apart from them those past their end date but still marked in force.
func (h *handler) expiring(r *http.Request, rq *request, p *page) (*expiringData, error) {
	days := expiringDays
	if n, err := strconv.Atoi(r.URL.Query().Get("days")); err == nil && n >= 0 && n <= 3660 {
		days = n
	}
	due, err := h.app.AgreementsDue(r.Context(), rq.caller, days)
	if err != nil {
		return nil, err
	}
	d := &expiringData{Days: days}
	for _, a := range due.Overdue {
		row := newProgRow(p, a)
		row.Due = p.Count("web.prog.days_over", -due.DaysFrom(a.Expires))
		d.Overdue = append(d.Overdue, row)
	}
	for _, a := range due.Expiring {
		row := newProgRow(p, a)
		row.Due = p.Count("web.prog.days_left", due.DaysFrom(a.Expires))
		d.Items = append(d.Items, row)
	}
	return d, nil
}

// newProgRow sums a record up for a list.
func newProgRow(p *page, rec model.ProgrammeRecord) progRow {
	b := rec.Base()
	row := progRow{URL: progURL(rec.Kind(), b.ExternalID), Title: pickText(b.Title, p.Lang), Status: b.Status,
		Cities: rec.Cities()}
	for _, s := range b.Spheres {
		if model.TopSphere(s) == s {
			row.Spheres = append(row.Spheres, s)
		}
	}
	start, end := rec.Span()
	switch x := rec.(type) {
	case *model.Event:
		row.Kind = p.label(eventKindKeys, x.EventKind) + " · " + p.label(eventFormatKeys, x.Format)
		row.When = p.eventWhen(x.Start, x.End, x.TimeZone)
	case *model.Exchange:
		row.Kind = p.label(exchangeKindKeys, x.ExchangeKind)
		row.When = p.period(start, end)
	case *model.Project:
		row.Kind = p.label(projectKindKeys, x.ProjectKind)
		row.When = p.period(start, end)
	case *model.Agreement:
		row.When = p.period(start, end)
	case *model.Practice:
		if x.Year != 0 {
			row.When = strconv.Itoa(x.Year)
		}
	}
	return row
}

// period formats two optional dates as "from – to".
func (p *page) period(start, end string) string {
	switch {
	case start == "" && end == "":
		return ""
	case end == "" || end == start:
		return p.DateString(start)
	case start == "":
		return "… – " + p.DateString(end)
	}
	return p.DateString(start) + " – " + p.DateString(end)
}

// ProgLabel translates a value of one of the programme's families: kind,
// kinds, status, eventkind, format, exchangekind, projectkind, role, table,
// measure, by.
func (p *page) ProgLabel(family, value string) string {
	keys := map[string]map[string]string{
		"kind": progKindKeys, "kinds": progKindsKeys, "status": progStatusKeys,
		"eventkind": eventKindKeys, "format": eventFormatKeys, "exchangekind": exchangeKindKeys,
		"projectkind": projectKindKeys, "role": roleKeys,
		"table": reportTableKeys, "measure": reportMeasureKeys, "by": reportByKeys,
	}[family]
	return p.label(keys, value)
}

// progRows is a list of records with the page, for the "progrows"
// template, which needs the page's language methods.
type progRows struct {
	P     *page
	Items []progRow
}

// ProgRows wraps rows for the "progrows" template.
func (p *page) ProgRows(items []progRow) progRows { return progRows{p, items} }

// progDate is a date filter with the page and its label's key.
type progDate struct {
	P   *page
	F   auditInput
	Key string
}

// ProgDate wraps a date input for the "progdate" template.
func (p *page) ProgDate(f auditInput, key string) progDate { return progDate{p, f, key} }

// ProgSlug is the path segment of a kind's pages.
func (p *page) ProgSlug(kind string) string { return progSlug(kind) }
