package web

import (
	"net/http"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// orgData is what an organisation's page shows.
type orgData struct {
	O       *model.Organization
	Name    localText
	Names   []localText // the name in every language it has
	Total   int
	Experts []card
	Next    string
	// Programme is the events, exchanges, projects, agreements and
	// practices the organisation takes part in, by kind.
	Programme []progGroup
}

// organization serves GET /organizations/{id} with the experts of the
// organisation the reader may see, page by page, and its programme.
func (h *handler) organization(w http.ResponseWriter, r *http.Request, rq *request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	o, err := h.app.Organization(ctx, id)
	if err != nil {
		return err
	}
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	pg, err := h.app.Experts(ctx, app.ExpertFilter{OrgID: o.ExternalID,
		Visibilities: policy.ListableVisibilities(rq.caller)}, max(after, 0), perPage)
	if err != nil {
		return err
	}
	data := orgData{O: o, Name: pickText(o.Name, rq.lang), Total: pg.Total}
	for _, l := range langsFirst(rq.lang) {
		if n := o.Name[l]; n != "" && n != data.Name.Text {
			data.Names = append(data.Names, localText{n, l})
		}
	}
	for _, e := range pg.Items {
		if v, ok := policy.ExpertView(rq.caller, e); ok {
			data.Experts = append(data.Experts, newCard(v, rq.lang))
		}
	}
	if pg.Next != 0 {
		data.Next = orgURL(o.ID) + "?after=" + strconv.FormatInt(pg.Next, 10)
	}
	recs, err := h.app.ProgrammeOfOrganization(ctx, rq.caller, o.ExternalID)
	if err != nil {
		return err
	}
	if data.Programme, err = h.progGroups(r, rq, recs, "org", o.ExternalID); err != nil {
		return err
	}
	return h.render(w, r, rq, http.StatusOK, "organization", data.Name.Text, data)
}
