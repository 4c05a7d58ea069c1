package web

import "net/http"

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
		{"GET /experts/{id}/edit", h.editExpert},
		{"POST /experts/{id}/edit", h.updateExpert},
		{"GET /organizations", h.organizations},
		{"GET /organizations/{id}", h.organization},
		{"GET /dashboard", h.dashboard},
		{"GET /dashboard/chart.svg", h.dashboardChart},
		{"GET /signin", h.signInForm},
		{"POST /signin", h.signIn},
		{"POST /signout", h.signOut},
		{"GET /lang/{lang}", h.switchLang},
		{"/", h.notFound},
	}
	for _, p := range pages {
		mux.Handle(p.pattern, h.page(p.fn))
	}
	return mux
}

// page adapts a page handler: it identifies the reader, bounds form bodies
// and renders the error page for a returned error.
func (h *handler) page(fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rq := h.identify(r)
		if r.Method == http.MethodPost {
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
		}
		if err := fn(w, r, rq); err != nil {
			h.writeError(w, r, rq, err)
		}
	})
}

func (h *handler) notFound(w http.ResponseWriter, r *http.Request, rq *request) error {
	return errNoRoute
}
