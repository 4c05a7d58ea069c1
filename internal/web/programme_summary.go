package web

import (
	"cmp"
	"errors"
	"net/http"
	"net/url"
	"slices"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// summaryEvents is how many major events the summary names: as many as fit
// on its one printed page.
const summaryEvents = 12

// majorEventKinds are the kinds of event the summary names.
var majorEventKinds = []string{"forum", "exhibition", "conference", "festival"}

// summaryData is what the printable summary shows.
type summaryData struct {
	Q          url.Values
	Problems   map[string]string
	From       string
	Until      string
	Figures    []summaryFigure
	BySphere   []summaryFigure
	Events     []progRow
	Agreements []progRow
	Reports    string
}

// Field is a period input with its value and problem, for the form.
func (d summaryData) Field(name string) auditInput {
	return auditInput{Name: name, Type: "date", Value: d.Q.Get(name), Error: d.Problems[name]}
}

// summaryFigure is a labelled count.
type summaryFigure struct {
	Key string
	N   int
}

// programmeSummary serves GET /programme/summary: one printable page on the
// programme of a period: its figures, events by sphere, the major events
// held and the agreements signed.
func (h *handler) programmeSummary(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	q := r.URL.Query()
	data := summaryData{Q: q, Problems: map[string]string{}}
	rep, err := h.app.ProgrammeReport(ctx, rq.caller, q.Get("from"), q.Get("until"))
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		for _, fe := range ve.Errors {
			data.Problems[fe.Field] = h.tr.T(rq.lang, i18n.ErrorKey(fe.Code), fe.Params)
		}
		return h.render(w, r, rq, http.StatusUnprocessableEntity, "programme_summary", h.tr.T(rq.lang, "web.summary.title", nil), data)
	}
	if err != nil {
		return err
	}
	data.From, data.Until = rep.From, rep.Until
	data.Reports = "/reports?" + url.Values{"from": {rep.From}, "until": {rep.Until}}.Encode()
	for _, t := range rep.Tables {
		for i, row := range t.Rows {
			switch {
			case t.ID == "overview":
				data.Figures = append(data.Figures, summaryFigure{row, t.Total(i)})
			case t.ID == "events-by-sphere" && t.Total(i) > 0:
				data.BySphere = append(data.BySphere, summaryFigure{row, t.Total(i)})
			}
		}
	}
	slices.SortStableFunc(data.BySphere, func(a, b summaryFigure) int { return cmp.Compare(b.N, a.N) })
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return err
	}
	p := &page{Lang: rq.lang, tr: h.tr, tax: tax, pr: newPrinter(rq.lang)}
	if data.Events, err = h.majorEvents(r, rq, p, rep); err != nil {
		return err
	}
	ags, err := h.app.AllProgramme(ctx, rq.caller, model.KindAgreement)
	if err != nil {
		return err
	}
	for _, a := range ags {
		if s := a.(*model.Agreement).Signed; s != "" && s >= rep.From && s <= rep.Until {
			data.Agreements = append(data.Agreements, newProgRow(p, a))
		}
	}
	return h.render(w, r, rq, http.StatusOK, "programme_summary", h.tr.T(rq.lang, "web.summary.title", nil), data)
}

// majorEvents lists the forums, exhibitions, conferences and festivals held
// in the period, the earliest first, up to summaryEvents.
func (h *handler) majorEvents(r *http.Request, rq *request, p *page, rep *app.ProgrammeReport) ([]progRow, error) {
	f := app.ProgrammeFilter{Kind: model.KindEvent, Status: "held", From: rep.From, Until: rep.Until}
	var found []*model.Event
	var after int64
	for {
		pg, err := h.app.ListProgramme(r.Context(), rq.caller, f, after, 500)
		if err != nil {
			return nil, err
		}
		for _, rec := range pg.Items {
			if e := rec.(*model.Event); slices.Contains(majorEventKinds, e.EventKind) {
				found = append(found, e)
			}
		}
		if pg.Next == 0 {
			break
		}
		after = pg.Next
	}
	// Those that drew the most people, then shown by date.
	slices.SortStableFunc(found, func(a, b *model.Event) int { return cmp.Compare(len(b.Participants), len(a.Participants)) })
	found = found[:min(len(found), summaryEvents)]
	slices.SortStableFunc(found, func(a, b *model.Event) int { return cmp.Compare(a.Start, b.Start) })
	out := make([]progRow, len(found))
	for i, e := range found {
		out[i] = newProgRow(p, e)
	}
	return out, nil
}
