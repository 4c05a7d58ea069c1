package web

import (
	"net/http"

	"talentbridge/internal/app"
)

// maxFormBytes bounds a posted form: a full profile with outputs in three
// languages stays well below it.
const maxFormBytes = 1 << 20

// routes lists every page.
func (h *handler) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /static/{file}", h.assets.serve)
	pages := []struct {
		pattern string
		fn      handlerFunc
	}{
		{"GET /{$}", h.home},
		{"GET /experts", h.results},
		{"GET /experts/new", h.newExpert},
		{"POST /experts/new", h.createExpert},
		{"GET /experts/{id}", h.profile},
		{"GET /experts/{id}/similar", h.similarPage},
		{"GET /experts/{id}/requests", h.expertRequests},
		{"GET /experts/{id}/edit", h.editExpert},
		{"POST /experts/{id}/edit", h.updateExpert},
		{"GET /organizations", h.organizations},
		{"GET /organizations/{id}", h.organization},
		{"GET /dashboard", h.dashboard},
		{"GET /dashboard/chart.svg", h.dashboardChart},
		{"GET /programme", h.programmeHome},
		{"GET /programme/summary", h.programmeSummary},
		{"GET /programme/{kind}", h.programmeList},
		{"GET /programme/{kind}/{id}", h.programmeRecord},
		{"GET /programme/{kind}/new", h.newProgramme},
		{"POST /programme/{kind}/new", h.createProgramme},
		{"GET /programme/{kind}/{id}/edit", h.editProgramme},
		{"POST /programme/{kind}/{id}/edit", h.updateProgramme},
		{"GET /reports", h.reports},
		{"GET /reports/chart/{table}", h.reportChart},
		{"GET /reports.xlsx", h.reportXLSX},
		{"GET /requests", h.requestList},
		{"GET /requests/new", h.newRequest},
		{"POST /requests/new", h.createRequest},
		{"GET /requests/{id}", h.requestPage},
		{"POST /requests/{id}/shortlist", h.shortlist},
		{"GET /review", h.reviewQueue},
		{"POST /review/{id}", h.reviewDecide},
		{"GET /admin/audit", h.auditLog},
		{"GET /signin", h.signInForm},
		{"POST /signin", h.signIn},
		{"POST /signout", h.signOut},
		{"GET /account/password", h.passwordForm},
		{"POST /account/password", h.changePassword},
		{"GET /lang/{lang}", h.switchLang},
		{"/", h.notFound},
	}
	for _, p := range pages {
		mux.Handle(p.pattern, h.page(p.fn))
	}
	h.uploadRoutes(mux) // upload.go: the upload takes a larger body than page allows
	return mux
}

// page adapts a page handler: it identifies the reader, names them in the
// context for the audit log, bounds form bodies, sends a reader whose
// one-time password must change to the password page and renders the error
// page for a returned error.
func (h *handler) page(fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rq, err := h.identify(w, r)
		if err == nil {
			r = r.WithContext(app.WithCaller(r.Context(), rq.caller, r.RemoteAddr))
			if r.Method == http.MethodPost {
				r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
			}
			if passwordGate(w, r, rq) {
				return
			}
			err = fn(w, r, rq)
		}
		if err != nil {
			h.writeError(w, r, rq, err)
		}
	})
}

func (h *handler) notFound(w http.ResponseWriter, r *http.Request, rq *request) error {
	return errNoRoute
}
