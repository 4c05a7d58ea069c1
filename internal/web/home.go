package web

import (
	"net/http"
	"net/url"

	"talentbridge/internal/app"
	"talentbridge/internal/policy"
)

// recentCount is how many recently changed experts the home page lists.
const recentCount = 8

// homeData is what the home page shows.
type homeData struct {
	Total   int
	Spheres []sphereCount
	Recent  []card
}

// sphereCount is one top-level sphere with the number of experts in it.
type sphereCount struct {
	Slug, URL string
	Count     int
}

// home serves GET /: the search box, the ten spheres with their experts
// (as many as the reader may list) and the latest profiles.
func (h *handler) home(w http.ResponseWriter, r *http.Request, rq *request) error {
	ctx := r.Context()
	tax, err := h.app.Taxonomy(ctx)
	if err != nil {
		return err
	}
	counts, err := h.app.ExpertCounts(ctx, rq.caller)
	if err != nil {
		return err
	}
	all, err := h.app.Experts(ctx, app.ExpertFilter{Visibilities: policy.ListableVisibilities(rq.caller)}, 0, 1)
	if err != nil {
		return err
	}
	recent, err := h.app.RecentExperts(ctx, rq.caller, recentCount)
	if err != nil {
		return err
	}
	data := homeData{Total: all.Total, Recent: cards(recent, rq.lang)}
	for _, s := range tax.Tops() {
		n := 0
		for _, c := range counts[s.Slug] {
			n += c
		}
		data.Spheres = append(data.Spheres, sphereCount{Slug: s.Slug, Count: n,
			URL: "/experts?" + url.Values{"sphere": {s.Slug}}.Encode()})
	}
	return h.render(w, r, rq, http.StatusOK, "home", h.tr.T(rq.lang, "web.home.title", nil), data)
}
