package web

import (
	"html/template"
	"slices"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
)

// maxSnippets is how many quoted fragments a result shows.
const maxSnippets = 2

// snippetFields are the index fields whose fragments a result quotes, most
// telling first. Names are left out: the card shows the name anyway.
func snippetFields() []string {
	return []string{"keyword", "bio", "output", "position", "org", "sphere", "alias"}
}

// card is an expert in a list: results, an organisation's people, similar
// experts, the latest profiles.
type card struct {
	URL      string
	Name     nameView
	Position localText
	Org      localText
	City     string
	Spheres  []string // slugs of top-level spheres
	Snippets []template.HTML
}

func newCard(e *model.Expert, lang string) card {
	c := card{
		URL:      expertURL(e.ID),
		Name:     expertName(e, lang),
		Position: pickText(e.Position, lang),
		Org:      pickText(e.Organization, lang),
		City:     e.City,
	}
	for _, s := range e.Spheres {
		if top := model.TopSphere(s); !slices.Contains(c.Spheres, top) {
			c.Spheres = append(c.Spheres, top)
		}
	}
	return c
}

func hitCard(hit app.SearchHit, lang string) card {
	c := newCard(hit.Expert, lang)
	for _, f := range snippetFields() {
		for _, s := range hit.Snippets[f] {
			if len(c.Snippets) == maxSnippets {
				return c
			}
			c.Snippets = append(c.Snippets, snippetHTML(s))
		}
	}
	return c
}

func cards(experts []*model.Expert, lang string) []card {
	out := make([]card, len(experts))
	for i, e := range experts {
		out[i] = newCard(e, lang)
	}
	return out
}

func expertURL(id int64) string { return "/experts/" + strconv.FormatInt(id, 10) }

func orgURL(id int64) string { return "/organizations/" + strconv.FormatInt(id, 10) }
