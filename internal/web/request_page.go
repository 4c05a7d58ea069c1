package web

import (
	"context"
	"errors"
	"math"
	"net/http"
	"slices"
	"strings"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// requestPageData is what a talent request's page shows.
type requestPageData struct {
	R         *model.Request
	Org       localText
	OrgURL    string
	Shortlist []shortRow
	Matches   []matchRow
	NotReady  bool // the matching index is still being built
	CanManage bool
	Done      string // the decision just recorded
}

// shortRow is one decision of the shortlist.
type shortRow struct {
	model.ShortlistEntry
	Name nameView // zero when the expert is hidden from the reader or gone
	URL  string
}

// matchRow is one ranked expert with the reasons.
type matchRow struct {
	Rank     int
	XID      string
	Card     card
	Percent  int    // the calibrated score as a percentage
	Decision string // the shortlist's decision on them, if any
	Fields   []fieldRow
	Works    []outputRow
	Spheres  []sphereRow
	Checks   []checkRow
}

// fieldRow is what matched in one field of the profile.
type fieldRow struct {
	Label    string
	Terms    []string
	Concepts []string // labels in the reader's language
}

type outputRow struct {
	Kind, Title string
	Year        int
	Percent     int
}

type sphereRow struct {
	Request, Expert, Relation string
}

type checkRow struct {
	Name, Status string
	Hard         bool
}

// requestPage serves GET /requests/{id}: the request, the experts the
// matcher proposes (those the reader may see, best first, with why), and
// the shortlist.
func (h *handler) requestPage(w http.ResponseWriter, r *http.Request, rq *request) error {
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	ctx := r.Context()
	req, err := h.requestByPath(r)
	if err != nil {
		return err
	}
	data := requestPageData{R: req, CanManage: canManageRequests(rq.caller)}
	if d := r.URL.Query().Get("done"); slices.Contains(model.ShortlistDecisions, d) {
		data.Done = d
	}
	if req.OrgID != "" {
		o, err := h.app.OrganizationByExternalID(ctx, req.OrgID)
		switch {
		case err == nil:
			data.Org, data.OrgURL = pickText(o.Name, rq.lang), orgURL(o.ID)
		case errors.Is(err, model.ErrNotFound):
			data.Org = localText{Text: req.OrgID}
		default:
			return err
		}
	}
	decisions := map[string]string{}
	for _, s := range req.Shortlist {
		decisions[s.ExpertID] = s.Decision
	}
	hits, err := h.app.Match(ctx, rq.caller, req, h.cfg.MatchLimit)
	switch {
	case errors.Is(err, app.ErrMatcherNotReady):
		data.NotReady = true
	case err != nil:
		return err
	}
	known := map[string]*model.Expert{}
	for i, hit := range hits {
		known[hit.Expert.ExternalID] = hit.Expert
		data.Matches = append(data.Matches, h.newMatchRow(rq.lang, i+1, hit, decisions[hit.Expert.ExternalID]))
	}
	if data.Shortlist, err = h.shortlistRows(ctx, rq, req, known); err != nil {
		return err
	}
	title := req.Title
	if title == "" {
		title = req.ExternalID
	}
	return h.render(w, r, rq, http.StatusOK, "request", title, data)
}

// shortlistRows names the shortlisted experts. One the matches did not
// bring is read through app.ViewExpert, as any profile read; one hidden
// from the reader shows as its id alone.
func (h *handler) shortlistRows(ctx context.Context, rq *request, req *model.Request, known map[string]*model.Expert) ([]shortRow, error) {
	var out []shortRow
	for _, s := range req.Shortlist {
		row := shortRow{ShortlistEntry: s}
		e, ok := known[s.ExpertID]
		if !ok {
			stored, err := h.app.ExpertByExternalID(ctx, s.ExpertID)
			if err == nil {
				e, err = h.app.ViewExpert(ctx, rq.caller, stored.ID)
			}
			if err != nil && !errors.Is(err, model.ErrNotFound) {
				return nil, err
			}
		}
		if e != nil {
			row.Name, row.URL = expertName(e, rq.lang), expertURL(e.ID)
		}
		out = append(out, row)
	}
	return out, nil
}

func (h *handler) newMatchRow(lang string, rank int, hit app.MatchHit, decision string) matchRow {
	x := hit.Explanation
	m := matchRow{Rank: rank, XID: hit.Expert.ExternalID, Card: newCard(hit.Expert, lang),
		Percent: percent(hit.Score), Decision: decision}
	for _, f := range x.Fields {
		label, ok := h.tr.FieldLabel(lang, "expert", f.Field)
		if !ok {
			label = f.Field
		}
		row := fieldRow{Label: label, Terms: f.Terms}
		for _, c := range f.Concepts {
			row.Concepts = appendNew(row.Concepts, h.conceptLabel(c, lang))
		}
		// One row per field: outputs[0] and outputs[3] are both "Outputs".
		if i := slices.IndexFunc(m.Fields, func(r fieldRow) bool { return r.Label == label }); i >= 0 {
			for _, t := range row.Terms {
				m.Fields[i].Terms = appendNew(m.Fields[i].Terms, t)
			}
			for _, c := range row.Concepts {
				m.Fields[i].Concepts = appendNew(m.Fields[i].Concepts, c)
			}
			continue
		}
		m.Fields = append(m.Fields, row)
	}
	for _, o := range x.Outputs {
		m.Works = append(m.Works, outputRow{Kind: o.Kind, Title: o.Title, Year: o.Year, Percent: percent(o.Score)})
	}
	for _, s := range x.Spheres {
		m.Spheres = append(m.Spheres, sphereRow{Request: s.Request, Expert: s.Expert, Relation: s.Relation})
	}
	for _, c := range x.Constraints {
		m.Checks = append(m.Checks, checkRow{Name: c.Name, Status: string(c.Status), Hard: c.Hard})
	}
	return m
}

// conceptLabel is a concept's preferred label in lang.
func (h *handler) conceptLabel(id, lang string) string {
	if t, ok := h.concepts[id]; ok && t[lang] != "" {
		return t[lang]
	}
	return id
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// percent shows a score in [0, 1] as a whole percentage.
func percent(score float64) int { return int(math.Round(100 * min(max(score, 0), 1))) }

// requestByPath loads the request named by the path's {id}, its own id.
func (h *handler) requestByPath(r *http.Request) (*model.Request, error) {
	xid := r.PathValue("id")
	if !model.ValidExternalID(xid) {
		return nil, errNoRoute
	}
	return h.app.RequestByExternalID(r.Context(), xid)
}

// shortlist serves POST /requests/{id}/shortlist: a decision on one expert
// (proposed: put on the shortlist; accepted; declined), then back to the
// request at that expert.
func (h *handler) shortlist(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := h.checkCSRF(r, rq); err != nil {
		return err
	}
	if done, err := h.requireRequestManager(w, r, rq); done || err != nil {
		return err
	}
	ctx := r.Context()
	req, err := h.requestByPath(r)
	if err != nil {
		return err
	}
	xid, decision := r.PostFormValue("expert"), r.PostFormValue("decision")
	if !slices.Contains(model.ShortlistDecisions, decision) || !model.ValidExternalID(xid) {
		return errBadRequest
	}
	// Only an expert the reader may see can be decided on: the form names
	// experts by id, and a guessed id must not reveal a hidden profile.
	e, err := h.app.ExpertByExternalID(ctx, xid)
	if err != nil {
		return err
	}
	if _, ok := policy.ExpertView(rq.caller, e); !ok {
		return errNoRoute
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	if _, err := h.app.Decide(ctx, req.ID, xid, decision, note); err != nil {
		return err
	}
	redirect(w, r, requestURL(req.ExternalID)+"?done="+decision+"#m-"+xid)
	return nil
}
