package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// similarCount is how many similar experts a profile suggests.
const similarCount = 5

// profileData is what the profile page shows.
type profileData struct {
	E        *model.Expert
	Name     nameView
	Names    []localText // the name in every script the profile has
	Sections []langSection
	OrgURL   string // "" when the organisation is not registered
	Org      localText
	Similar  []card
	Saved    bool
	EditURL  string
}

// langSection is the profile's text in one language.
type langSection struct {
	Lang               string
	Position, Org, Bio string
	Keywords           []string
}

// profile serves GET /experts/{id}. A profile hidden from the reader does
// not exist for them; contact details appear only if the policy gives them.
func (h *handler) profile(w http.ResponseWriter, r *http.Request, rq *request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	e, err := h.app.Expert(ctx, id)
	if err != nil {
		return err
	}
	v, ok := policy.ExpertView(rq.caller, e)
	if !ok {
		return fmt.Errorf("web: expert %d hidden from %q: %w", id, rq.caller.Role, model.ErrNotFound)
	}
	data := profileData{E: v, Name: expertName(v, rq.lang), Org: pickText(v.Organization, rq.lang),
		Saved: r.URL.Query().Get("saved") == "1", EditURL: expertURL(v.ID) + "/edit"}
	for _, l := range langsFirst(rq.lang) {
		if n := v.Name[l]; n != "" {
			data.Names = append(data.Names, localText{n, l})
		}
		s := langSection{Lang: l, Position: v.Position[l], Org: v.Organization[l], Bio: v.Bio[l], Keywords: v.Keywords[l]}
		if s.Position != "" || s.Org != "" || s.Bio != "" || len(s.Keywords) > 0 {
			data.Sections = append(data.Sections, s)
		}
	}
	if v.OrgID != "" {
		o, err := h.app.OrganizationByExternalID(ctx, v.OrgID)
		switch {
		case err == nil:
			data.OrgURL = orgURL(o.ID)
			// The registry's name may be in the reader's language when the
			// profile's own text is not.
			if data.Org.Lang != rq.lang && o.Name[rq.lang] != "" || data.Org.Text == "" {
				data.Org = pickText(o.Name, rq.lang)
			}
		case !errors.Is(err, model.ErrNotFound):
			return err
		}
	}
	if data.Similar, err = h.similar(ctx, rq, v); err != nil {
		return err
	}
	return h.render(w, r, rq, http.StatusOK, "profile", data.Name.Text, data)
}

// similar finds experts sharing the profile's keywords (the reader's
// language first), leaving out the expert themselves.
func (h *handler) similar(ctx context.Context, rq *request, e *model.Expert) ([]card, error) {
	if !h.app.HasIndex() {
		return nil, nil
	}
	var terms []string
	for _, l := range langsFirst(rq.lang) {
		for _, k := range e.Keywords[l] {
			if len(terms) < 8 {
				terms = append(terms, strings.NewReplacer(`"`, " ", "-", " ").Replace(k))
			}
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	res, err := h.app.SearchExperts(ctx, rq.caller, app.SearchQuery{
		Text: strings.Join(terms, " "), PerPage: similarCount + 1, Lang: rq.lang})
	if err != nil {
		return nil, err
	}
	var out []card
	for _, hit := range res.Hits {
		if hit.Expert.ID != e.ID && len(out) < similarCount {
			out = append(out, newCard(hit.Expert, rq.lang))
		}
	}
	return out, nil
}

// pathID reads the numeric {id} of a path; anything else names no record.
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errNoRoute
	}
	return id, nil
}
