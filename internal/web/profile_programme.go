package web

import (
	"net/http"
	"net/url"

	"talentbridge/internal/model"
)

// progGroupMax is how many records of one kind a profile or an
// organisation's page lists; the rest are a link to the filtered list away.
const progGroupMax = 5

// progGroup is the records of one kind an expert or organisation takes
// part in, newest first.
type progGroup struct {
	Kind  string
	Rows  []progRow
	Total int
	More  string // the whole list, filtered by the expert or organisation
}

// progGroups groups records by kind, in the programme's order of kinds.
// filter and id name the list page's filter ("expert" or "org") and the
// external id it filters by.
func (h *handler) progGroups(r *http.Request, rq *request, recs []model.ProgrammeRecord, filter, id string) ([]progGroup, error) {
	if len(recs) == 0 {
		return nil, nil
	}
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return nil, err
	}
	p := &page{Lang: rq.lang, tr: h.tr, tax: tax, pr: newPrinter(rq.lang)}
	var out []progGroup
	for _, k := range model.ProgrammeKinds {
		g := progGroup{Kind: k}
		for _, rec := range recs {
			if rec.Kind() != k {
				continue
			}
			if g.Total++; len(g.Rows) < progGroupMax {
				row := newProgRow(p, rec)
				if row.Title.Text == "" {
					row.Title.Text = rec.Base().ExternalID
				}
				g.Rows = append(g.Rows, row)
			}
		}
		if g.Total > len(g.Rows) {
			g.More = "/programme/" + progSlug(k) + "?" + url.Values{filter: {id}}.Encode()
		}
		if g.Total > 0 {
			out = append(out, g)
		}
	}
	return out, nil
}

// progGroupList is groups with the page, for the "proggroups" template.
type progGroupList struct {
	P      *page
	Groups []progGroup
}

// ProgGroups wraps groups for the "proggroups" template.
func (p *page) ProgGroups(g []progGroup) progGroupList { return progGroupList{p, g} }
