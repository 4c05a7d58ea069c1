package web

import (
	"errors"
	"net/http"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
)

// whyItems bounds the concepts and words a short explanation names.
const whyItems = 6

// similarRow is one similar expert with the score and why.
type similarRow struct {
	Card    card
	Percent int
	Why     why
}

// why is a match's reasons in short: the thesaurus concepts both sides
// share, in the reader's language, and else the words they share.
type why struct {
	Concepts []string
	Terms    []string
}

// shortWhy sums an explanation up.
func (h *handler) shortWhy(lang string, x app.MatchExplanation) why {
	var w why
	add := func(list []string, s string) []string {
		if len(list) < whyItems {
			return appendNew(list, s)
		}
		return list
	}
	for _, c := range x.Concepts {
		w.Concepts = add(w.Concepts, h.conceptLabel(c.Expert, lang))
	}
	for _, f := range x.Fields {
		for _, c := range f.Concepts {
			w.Concepts = add(w.Concepts, h.conceptLabel(c, lang))
		}
	}
	if len(w.Concepts) == 0 {
		for _, f := range x.Fields {
			for _, t := range f.Terms {
				w.Terms = add(w.Terms, t)
			}
		}
	}
	return w
}

func (h *handler) similarRows(lang string, hits []app.MatchHit) []similarRow {
	out := make([]similarRow, len(hits))
	for i, hit := range hits {
		out[i] = similarRow{Card: newCard(hit.Expert, lang), Percent: percent(hit.Score), Why: h.shortWhy(lang, hit.Explanation)}
	}
	return out
}

// similarData is what the similar experts' page shows.
type similarData struct {
	Name       nameView
	ProfileURL string
	Rows       []similarRow
	NotReady   bool // the matching index is still being built
}

// similarPage serves GET /experts/{id}/similar: the experts the matcher
// finds most like this one, among those the reader may see, with the score
// and why. It computes the list, so it also fills the profile's cache.
func (h *handler) similarPage(w http.ResponseWriter, r *http.Request, rq *request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	seq, err := h.app.ChangeSeq(ctx)
	if err != nil {
		return err
	}
	v, err := h.app.ViewExpert(ctx, rq.caller, id)
	if err != nil {
		return err
	}
	data := similarData{Name: expertName(v, rq.lang), ProfileURL: expertURL(v.ID)}
	status := http.StatusOK
	hits, err := h.app.SimilarExperts(ctx, rq.caller, v.ID, app.DefaultSimilar)
	switch {
	case errors.Is(err, app.ErrMatcherNotReady):
		data.NotReady, status = true, http.StatusServiceUnavailable
		w.Header().Set("Retry-After", "10")
	case err != nil:
		return err
	default:
		h.similar.put(rq.caller, v.ID, seq, hits)
		data.Rows = h.similarRows(rq.lang, hits)
	}
	title := h.tr.T(rq.lang, "web.similar.title", map[string]any{"name": data.Name.Text})
	return h.render(w, r, rq, status, "similar", title, data)
}

// expertRequestsData is what the page of the requests an expert suits shows.
type expertRequestsData struct {
	Name       nameView
	ProfileURL string
	Rows       []requestMatchRow
	NotReady   bool
}

// requestMatchRow is one open request and how well the expert suits it.
type requestMatchRow struct {
	R       *model.Request
	URL     string
	Percent int
	Why     why
}

// expertRequests serves GET /experts/{id}/requests: the open talent
// requests this expert suits best, for those who broker requests.
func (h *handler) expertRequests(w http.ResponseWriter, r *http.Request, rq *request) error {
	if done, err := h.requireRequestManager(w, r, rq); done || err != nil {
		return err
	}
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	v, err := h.app.ViewExpert(ctx, rq.caller, id)
	if err != nil {
		return err
	}
	data := expertRequestsData{Name: expertName(v, rq.lang), ProfileURL: expertURL(v.ID)}
	status := http.StatusOK
	list, err := h.app.RequestsForExpert(ctx, rq.caller, v.ID, app.DefaultRequestsForExpert)
	switch {
	case errors.Is(err, app.ErrMatcherNotReady):
		data.NotReady, status = true, http.StatusServiceUnavailable
		w.Header().Set("Retry-After", "10")
	case err != nil:
		return err
	}
	for _, m := range list {
		data.Rows = append(data.Rows, requestMatchRow{R: m.Request, URL: requestURL(m.Request.ExternalID),
			Percent: percent(m.Score), Why: h.shortWhy(rq.lang, m.Explanation)})
	}
	title := h.tr.T(rq.lang, "web.expert_requests.title", map[string]any{"name": data.Name.Text})
	return h.render(w, r, rq, status, "expert_requests", title, data)
}

// similarList is similar experts with the page, for the "similar" template.
type similarList struct {
	P     *page
	Items []similarRow
}

// SimilarRows wraps rows for the "similar" template.
func (p *page) SimilarRows(items []similarRow) similarList { return similarList{p, items} }

// whyView is a short explanation with the page, for the "why" template.
type whyView struct {
	P *page
	W why
}

// Why wraps an explanation for the "why" template.
func (p *page) Why(w why) whyView { return whyView{p, w} }
