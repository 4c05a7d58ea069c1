package web

import (
	"net/http"
	"net/url"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// recentCount is how many recently changed experts the home page lists.
const recentCount = 8

// homeCount is how many events and open requests the home page lists.
const homeCount = 5

// homeData is what the home page shows.
type homeData struct {
	Total    int
	Spheres  []sphereCount
	Recent   []card
	Events   []homeItem // the programme's latest events
	Requests []homeItem // the newest open talent requests, for signed-in readers
	SignedIn bool
}

// homeItem is one line of the home page's lists: a link and its date.
type homeItem struct {
	URL   string
	Title localText
	Date  string // 2006-01-02
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
	data := homeData{Total: all.Total, Recent: cards(recent, rq.lang), SignedIn: rq.caller.Authenticated()}
	if data.Events, err = h.homeEvents(r, rq); err != nil {
		return err
	}
	if data.SignedIn {
		reqs, err := h.app.Requests(ctx, model.RequestOpen, 0, homeCount)
		if err != nil {
			return err
		}
		for _, q := range reqs.Items {
			data.Requests = append(data.Requests, homeItem{URL: requestURL(q.ExternalID),
				Title: localText{Text: q.Title}, Date: q.CreatedAt.Format("2006-01-02")})
		}
	}
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

// homeEvents lists the programme's latest events, by their start.
func (h *handler) homeEvents(r *http.Request, rq *request) ([]homeItem, error) {
	recs, err := h.app.LatestProgramme(r.Context(), rq.caller, model.KindEvent, homeCount)
	if err != nil {
		return nil, err
	}
	var out []homeItem
	for _, rec := range recs {
		b := rec.Base()
		start, _ := rec.Span()
		out = append(out, homeItem{URL: progURL(rec.Kind(), b.ExternalID), Title: pickText(b.Title, rq.lang), Date: start[:min(10, len(start))]})
	}
	return out, nil
}
