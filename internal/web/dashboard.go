package web

import (
	"net/http"

	"talentbridge/internal/model"
)

// dashboardData is what the dashboard shows.
type dashboardData struct {
	ChartWidth, ChartHeight int
	Cities                  []string
	Rows                    []dashboardRow
	Max                     int
	Requests                []statusCount // talent requests by status
	SignedIn                bool
}

// statusCount is the number of talent requests in one status.
type statusCount struct {
	Status, ListURL string
	Count           int
}

// dashboardRow is one top-level sphere: experts per city and in all.
type dashboardRow struct {
	Slug    string
	ByCity  []int // in the order of Cities
	Total   int
	Percent int // of the largest sphere, for the chart's accessible twin
	ListURL string
}

// dashboard serves GET /dashboard: experts by sphere and city as a table
// and a chart (later issues add requests by status).
func (h *handler) dashboard(w http.ResponseWriter, r *http.Request, rq *request) error {
	data, err := h.dashboardData(r, rq)
	if err != nil {
		return err
	}
	// Requests are for signed-in readers only, as their pages are.
	if data.SignedIn = rq.caller.Authenticated(); data.SignedIn {
		counts, err := h.app.RequestCounts(r.Context())
		if err != nil {
			return err
		}
		for _, st := range model.RequestStatuses {
			data.Requests = append(data.Requests, statusCount{Status: st, Count: counts[st],
				ListURL: "/requests?status=" + st})
		}
	}
	return h.render(w, r, rq, http.StatusOK, "dashboard", h.tr.T(rq.lang, "web.dashboard.title", nil), data)
}

// dashboardData counts the experts the reader may list, so that neither
// the table nor the chart reveals a hidden profile.
func (h *handler) dashboardData(r *http.Request, rq *request) (dashboardData, error) {
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return dashboardData{}, err
	}
	counts, err := h.app.ExpertCounts(r.Context(), rq.caller)
	if err != nil {
		return dashboardData{}, err
	}
	data := dashboardData{Cities: model.Cities, ChartWidth: chartWidth(len(tax.Tops())), ChartHeight: chartHeight}
	for _, s := range tax.Tops() {
		row := dashboardRow{Slug: s.Slug, ListURL: "/experts?sphere=" + s.Slug}
		for _, c := range model.Cities {
			n := counts[s.Slug][c]
			row.ByCity = append(row.ByCity, n)
			row.Total += n
		}
		data.Max = max(data.Max, row.Total)
		data.Rows = append(data.Rows, row)
	}
	return data, nil
}
