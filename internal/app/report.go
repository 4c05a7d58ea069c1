package app

import (
	"slices"
	"strconv"
	"time"

	"talentbridge/internal/model"
)

// ProgrammeReport is the programme's figures for a period, year by year:
// events held, exchanges completed, agreements in force at the end of each
// year, experts added, broken down by sphere, city and kind.
type ProgrammeReport struct {
	From, Until string // the period, dates, inclusive
	Years       []int  // the years of the period, in order
	Tables      []ReportTable
}

// ReportTable is one table of a report: a row per sphere, city, kind or
// measure, a column per year.
type ReportTable struct {
	ID string // names the table, also for its title: report.table.<ID>
	// By says what the rows are: "measure", "sphere" (top-level slugs),
	// "city", "event-kind" or "exchange-kind".
	By    string
	Rows  []string
	Cells [][]int // [row][year]
	// Stock marks counts of a state at the end of each year (agreements in
	// force) rather than of things that happened in it; their total is the
	// last year's figure, not a sum.
	Stock []bool // per row
}

// Total is a row's figure for the whole period.
func (t ReportTable) Total(row int) int {
	cells := t.Cells[row]
	if len(cells) == 0 {
		return 0
	}
	if t.Stock[row] {
		return cells[len(cells)-1]
	}
	n := 0
	for _, c := range cells {
		n += c
	}
	return n
}

// Empty reports whether every cell is zero.
func (t ReportTable) Empty() bool {
	for _, r := range t.Cells {
		for _, c := range r {
			if c != 0 {
				return false
			}
		}
	}
	return true
}

// Measures of the overview table, also the ids of the tables by sphere.
const (
	MeasureEventsHeld          = "events-held"
	MeasureExchangesCompleted  = "exchanges-completed"
	MeasureAgreementsInForce   = "agreements-in-force"
	MeasureExpertsAdded        = "experts-added"
	MeasureProjectsActive      = "projects-active"
	MeasurePracticesDocumented = "practices-documented"
)

// maxReportYears bounds a report's period.
const maxReportYears = 100

// expertStamp is what the report needs of an expert.
type expertStamp struct {
	created time.Time
	city    string
	spheres []string
}

// reportInput is everything a report counts.
type reportInput struct {
	records []model.ProgrammeRecord
	experts []expertStamp
	tops    []string // top-level sphere slugs in taxonomy order
}

// reportPeriod checks and completes the period. An empty end is taken
// from the data: the first and the last year anything happened in.
func reportPeriod(in *reportInput, from, until string) (string, string, error) {
	var problems []model.FieldError
	for _, d := range []struct{ field, value string }{{"from", from}, {"until", until}} {
		if d.value != "" && !model.ValidDate(d.value) {
			problems = append(problems, model.FieldError{Field: d.field, Code: model.CodeBadDate, Params: map[string]any{"value": d.value}})
		}
	}
	if len(problems) > 0 {
		return "", "", &model.ValidationError{Errors: problems}
	}
	if from == "" || until == "" {
		first, last := dataYears(in)
		if from == "" {
			from = strconv.Itoa(first) + "-01-01"
		}
		if until == "" {
			until = strconv.Itoa(max(last, yearOf(from))) + "-12-31"
		}
	}
	if until < from {
		return "", "", &model.ValidationError{Errors: []model.FieldError{{Field: "until", Code: model.CodeDateOrder}}}
	}
	if yearOf(until)-yearOf(from) >= maxReportYears {
		return "", "", &model.ValidationError{Errors: []model.FieldError{{Field: "from", Code: model.CodeOutOfRange,
			Params: map[string]any{"max": maxReportYears}}}}
	}
	return from, until, nil
}

// dataYears is the first and last year of the events, exchanges and
// experts; this year when there is nothing.
func dataYears(in *reportInput) (int, int) {
	first, last := 0, 0
	see := func(s string) {
		if len(s) < 4 {
			return
		}
		y, err := strconv.Atoi(s[:4])
		if err != nil || y < 1900 {
			return
		}
		if first == 0 || y < first {
			first = y
		}
		last = max(last, y)
	}
	for _, r := range in.records {
		if r.Kind() != model.KindEvent && r.Kind() != model.KindExchange {
			continue // long agreements and projects would stretch the period for one row
		}
		s, e := r.Span()
		see(s)
		see(e)
	}
	for _, x := range in.experts {
		see(x.created.UTC().Format(time.DateOnly))
	}
	if first == 0 {
		y := time.Now().Year()
		return y, y
	}
	return first, last
}

func yearOf(date string) int {
	y, _ := strconv.Atoi(date[:4])
	return y
}

// buildProgrammeReport counts the input over the period. It is pure: the
// app gathers the input, this decides what counts.
func buildProgrammeReport(in *reportInput, from, until string) (*ProgrammeReport, error) {
	from, until, err := reportPeriod(in, from, until)
	if err != nil {
		return nil, err
	}
	rep := &ProgrammeReport{From: from, Until: until}
	y0 := yearOf(from)
	for y := y0; y <= yearOf(until); y++ {
		rep.Years = append(rep.Years, y)
	}
	n := len(rep.Years)
	// col returns the year column of a date inside the period.
	col := func(date string) (int, bool) {
		if len(date) < 10 {
			return 0, false
		}
		date = date[:10]
		if date < from || date > until {
			return 0, false
		}
		return yearOf(date) - y0, true
	}
	newTable := func(id, by string, rows []string) *ReportTable {
		t := &ReportTable{ID: id, By: by, Rows: rows, Cells: make([][]int, len(rows)), Stock: make([]bool, len(rows))}
		for i := range t.Cells {
			t.Cells[i] = make([]int, n)
		}
		return t
	}
	measures := []string{MeasureEventsHeld, MeasureExchangesCompleted, MeasureAgreementsInForce,
		MeasureProjectsActive, MeasurePracticesDocumented, MeasureExpertsAdded}
	overview := newTable("overview", "measure", measures)
	overview.Stock[2] = true
	evSphere := newTable("events-by-sphere", "sphere", in.tops)
	evCity := newTable("events-by-city", "city", model.Cities)
	evKind := newTable("events-by-kind", "event-kind", model.EventKinds)
	exSphere := newTable("exchanges-by-sphere", "sphere", in.tops)
	exCity := newTable("exchanges-by-city", "city", model.Cities)
	exKind := newTable("exchanges-by-kind", "exchange-kind", model.ExchangeKinds)
	agSphere := newTable("agreements-by-sphere", "sphere", in.tops)
	for i := range agSphere.Stock {
		agSphere.Stock[i] = true
	}
	xpSphere := newTable("experts-by-sphere", "sphere", in.tops)
	xpCity := newTable("experts-by-city", "city", model.Cities)

	row := func(t *ReportTable, key string) int { return slices.Index(t.Rows, key) }
	// count adds one to the cell of each key's row (each once).
	count := func(t *ReportTable, keys []string, c int) {
		seen := map[string]bool{}
		for _, k := range keys {
			if i := row(t, k); i >= 0 && !seen[k] {
				seen[k] = true
				t.Cells[i][c]++
			}
		}
	}
	for _, r := range in.records {
		tops := topSpheres(r.Base().Spheres)
		switch x := r.(type) {
		case *model.Event:
			if x.Status != "held" {
				continue
			}
			if c, ok := col(x.Start); ok {
				overview.Cells[0][c]++
				count(evSphere, tops, c)
				count(evCity, x.Cities(), c)
				count(evKind, []string{x.EventKind}, c)
			}
		case *model.Exchange:
			if x.Status != "completed" {
				continue
			}
			if c, ok := col(x.End); ok {
				overview.Cells[1][c]++
				count(exSphere, tops, c)
				count(exCity, x.Cities(), c)
				count(exKind, []string{x.ExchangeKind}, c)
			}
		case *model.Agreement:
			for c, y := range rep.Years {
				if inForceAt(x, yearEnd(y, until)) {
					overview.Cells[2][c]++
					count(agSphere, tops, c)
				}
			}
		case *model.Project:
			for c, y := range rep.Years {
				if activeIn(x, y) {
					overview.Cells[3][c]++
				}
			}
		case *model.Practice:
			if x.Status != "draft" && x.Year != 0 {
				if c, ok := col(strconv.Itoa(x.Year) + "-07-01"); ok {
					overview.Cells[4][c]++
				}
			}
		}
	}
	for _, x := range in.experts {
		if c, ok := col(x.created.UTC().Format(time.DateOnly)); ok {
			overview.Cells[5][c]++
			count(xpSphere, topSpheres(x.spheres), c)
			count(xpCity, []string{x.city}, c)
		}
	}
	for _, t := range []*ReportTable{overview, evSphere, evCity, evKind, exSphere, exCity, exKind, agSphere, xpSphere, xpCity} {
		rep.Tables = append(rep.Tables, *t)
	}
	return rep, nil
}

// yearEnd is the last day of the year inside the period.
func yearEnd(year int, until string) string {
	return min(strconv.Itoa(year)+"-12-31", until)
}

// inForceAt reports whether an agreement was in force on a date: signed by
// then and its term not over. Drafts never were; terminated agreements are
// left out altogether, as the day of their termination is not recorded.
func inForceAt(a *model.Agreement, date string) bool {
	if a.Signed == "" || a.Status == "draft" || a.Status == "terminated" {
		return false
	}
	return a.Signed <= date && (a.Expires == "" || a.Expires >= date)
}

// activeIn reports whether a project ran during some of the year.
func activeIn(p *model.Project, year int) bool {
	if p.Start == "" || p.Status == "planned" {
		return false
	}
	y := strconv.Itoa(year)
	return p.Start[:4] <= y && (p.End == "" || p.End[:4] >= y)
}

// topSpheres lists the top-level spheres of a list of slugs, each once.
func topSpheres(slugs []string) []string {
	var out []string
	for _, s := range slugs {
		if t := model.TopSphere(s); !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
