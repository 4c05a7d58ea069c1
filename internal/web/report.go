package web

import (
	"bytes"
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// chartedTables are the report tables drawn as charts besides their
// tables, only the telling ones. Each chart is its own request; the app
// keeps the computed report, so the page and its charts share one
// computation.
var chartedTables = []string{"overview", "events-by-sphere", "exchanges-by-kind", "agreements-by-sphere", "experts-by-sphere"}

// reportData is what the reports page shows.
type reportData struct {
	Q        url.Values
	Problems map[string]string
	Report   *app.ProgrammeReport
	Tables   []reportTableView
	XLSX     string
	Summary  string
}

// Field is a period input with its value and problem, for the form.
func (d reportData) Field(name string) auditInput {
	return auditInput{Name: name, Type: "date", Value: d.Q.Get(name), Error: d.Problems[name]}
}

// reportTableView is a report table with what its page section needs.
type reportTableView struct {
	app.ReportTable
	Chart       string // the chart's URL; "" for tables shown without one
	ChartWidth  int
	ChartHeight int
	Line        bool
	Legend      []legendEntry
	Totals      []int
}

// legendEntry is a row of a chart's legend, with its colour's number.
type legendEntry struct {
	Key   string
	Color int
}

// reports serves GET /reports: the programme's figures for a period as
// tables and charts, with the workbook to download.
func (h *handler) reports(w http.ResponseWriter, r *http.Request, rq *request) error {
	q := r.URL.Query()
	data := reportData{Q: q, Problems: map[string]string{}}
	rep, err := h.app.ProgrammeReport(r.Context(), rq.caller, q.Get("from"), q.Get("until"))
	status := http.StatusOK
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
		data.Report = rep
		period := url.Values{"from": {rep.From}, "until": {rep.Until}}
		data.XLSX = "/reports.xlsx?" + period.Encode()
		data.Summary = "/programme/summary?" + period.Encode()
		period.Set("lang", rq.lang)
		for _, t := range rep.Tables {
			v := reportTableView{ReportTable: t}
			for i := range t.Rows {
				v.Totals = append(v.Totals, t.Total(i))
				if v.Totals[i] != 0 || t.By == "measure" {
					v.Legend = append(v.Legend, legendEntry{Key: t.Rows[i], Color: i % len(reportColors)})
				}
			}
			if !t.Empty() && isCharted(t.ID) {
				v.Chart = "/reports/chart/" + t.ID + "?" + period.Encode()
				v.Line = t.ID == "overview"
				v.ChartWidth, v.ChartHeight = reportChartSize(len(rep.Years), v.Line)
			}
			data.Tables = append(data.Tables, v)
		}
	}
	return h.render(w, r, rq, status, "report", h.tr.T(rq.lang, "web.report.title", nil), data)
}

func isCharted(id string) bool {
	for _, c := range chartedTables {
		if c == id {
			return true
		}
	}
	return false
}

// reportChart serves GET /reports/chart/{table}: one table of the report as
// an SVG chart, the overview as lines, the others as stacked bars.
func (h *handler) reportChart(w http.ResponseWriter, r *http.Request, rq *request) error {
	id := r.PathValue("table")
	if !isCharted(id) {
		return errNoRoute
	}
	q := r.URL.Query()
	rep, err := h.app.ProgrammeReport(r.Context(), rq.caller, q.Get("from"), q.Get("until"))
	if err != nil {
		return err
	}
	var t *app.ReportTable
	for i := range rep.Tables {
		if rep.Tables[i].ID == id {
			t = &rep.Tables[i]
		}
	}
	if t == nil {
		return errNoRoute
	}
	pr := newPrinter(rq.lang)
	num := func(n int) string { return pr.Sprintf("%d", n) }
	var svg []byte
	if id == "overview" {
		svg, err = renderLineChart(t, rep.Years, num)
	} else {
		svg, err = renderStackChart(t, rep.Years, num)
	}
	if err != nil {
		return err
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "image/svg+xml")
	hdr.Set("Content-Security-Policy", chartCSP)
	hdr.Set("Cache-Control", "private, no-cache")
	hdr.Set("Vary", "Cookie, Accept-Language")
	_, err = w.Write(svg)
	return err
}

// reportXLSX serves GET /reports.xlsx: the report as a workbook, a sheet
// per table, headed in the reader's language.
func (h *handler) reportXLSX(w http.ResponseWriter, r *http.Request, rq *request) error {
	q := r.URL.Query()
	rep, err := h.app.ProgrammeReport(r.Context(), rq.caller, q.Get("from"), q.Get("until"))
	if err != nil {
		return err
	}
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return err
	}
	p := &page{Lang: rq.lang, tr: h.tr, tax: tax, pr: newPrinter(rq.lang)}
	var buf bytes.Buffer
	if err := app.WriteProgrammeReportXLSX(&buf, rep, p.reportLabel); err != nil {
		return err
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	hdr.Set("Content-Disposition", `attachment; filename="programme-report-`+rep.From+`-`+rep.Until+`.xlsx"`)
	hdr.Set("Content-Length", strconv.Itoa(buf.Len()))
	hdr.Set("Cache-Control", "private, no-store")
	_, err = w.Write(buf.Bytes())
	return err
}

// reportLabel names a report's rows, headers and tables for the reader.
func (p *page) reportLabel(kind, key string) string {
	switch kind {
	case "table":
		return p.label(reportTableKeys, key)
	case "measure":
		return p.label(reportMeasureKeys, key)
	case "sphere":
		return p.Sphere(key)
	case "city":
		return p.City(key)
	case "event-kind":
		return p.label(eventKindKeys, key)
	case "exchange-kind":
		return p.label(exchangeKindKeys, key)
	case "header":
		return p.label(reportByKeys, key)
	}
	return key
}

// ReportLabel is reportLabel for the templates.
func (p *page) ReportLabel(kind, key string) string { return p.reportLabel(kind, key) }
