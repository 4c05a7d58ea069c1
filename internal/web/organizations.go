package web

import (
	"net/http"
	"strconv"

	"talentbridge/internal/model"
)

// orgsPerPage is how many organisations the list shows at once.
const orgsPerPage = 50

// orgsData is what the organisation list shows.
type orgsData struct {
	Total int
	Orgs  []orgRow
	Next  string
}

// orgRow is an organisation in a list.
type orgRow struct {
	URL        string
	Name       localText
	City, Kind string
}

// organizations serves GET /organizations, in registry order, page by page.
func (h *handler) organizations(w http.ResponseWriter, r *http.Request, rq *request) error {
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	pg, err := h.app.Organizations(r.Context(), max(after, 0), orgsPerPage)
	if err != nil {
		return err
	}
	data := orgsData{Total: pg.Total}
	for _, o := range pg.Items {
		data.Orgs = append(data.Orgs, newOrgRow(o, rq.lang))
	}
	if pg.Next != 0 {
		data.Next = "/organizations?after=" + strconv.FormatInt(pg.Next, 10)
	}
	return h.render(w, r, rq, http.StatusOK, "organizations", h.tr.T(rq.lang, "web.orgs.title", nil), data)
}

func newOrgRow(o *model.Organization, lang string) orgRow {
	return orgRow{URL: orgURL(o.ID), Name: pickText(o.Name, lang), City: o.City, Kind: o.Kind}
}
