package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"talentbridge/internal/model"
)

// similarCount is how many similar experts a profile suggests.
const similarCount = 5

// profileData is what the profile page shows.
type profileData struct {
	E          *model.Expert
	Name       nameView
	Names      []localText // the name in every script the profile has
	OtherNames []localText // further forms of the name (model.Expert.OtherNames)
	Sections   []langSection
	OrgURL     string // "" when the organisation is not registered
	Org        localText
	// Similar are the similar experts computed earlier for this reader;
	// none until the worker has computed them (SimilarURL computes them).
	Similar     []similarRow
	SimilarURL  string
	RequestsURL string // "" for readers who do not broker requests
	Programme   []progGroup
	Saved       bool
	EditURL     string
}

// langSection is the profile's text in one language.
type langSection struct {
	Lang               string
	Position, Org, Bio string
	Keywords           []string
}

// profile serves GET /experts/{id}. app.ViewExpert gives the profile as
// the policy lets the reader see it, and records in the audit log what it
// showed above the public view; a profile hidden from the reader does not
// exist for them.
func (h *handler) profile(w http.ResponseWriter, r *http.Request, rq *request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	// The change log's position is read before the profile, so that a
	// cached list is never fresher than what the page checked.
	seq, err := h.app.ChangeSeq(ctx)
	if err != nil {
		return err
	}
	v, err := h.app.ViewExpert(ctx, rq.caller, id)
	if err != nil {
		return err
	}
	data := profileData{E: v, Name: expertName(v, rq.lang), Org: pickText(v.Organization, rq.lang),
		Saved: r.URL.Query().Get("saved") == "1", EditURL: expertURL(v.ID) + "/edit",
		SimilarURL: expertURL(v.ID) + "/similar", OtherNames: otherNames(v, rq.lang)}
	if canManageRequests(rq.caller) {
		data.RequestsURL = expertURL(v.ID) + "/requests"
	}
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
	if hits, ok := h.similar.get(rq.caller, r.RemoteAddr, v.ID, seq); ok {
		data.Similar = h.similarRows(rq.lang, hits)
	}
	recs, err := h.app.ProgrammeOfExpert(ctx, rq.caller, v.ExternalID)
	if err != nil {
		return err
	}
	if data.Programme, err = h.progGroups(r, rq, recs, "expert", v.ExternalID); err != nil {
		return err
	}
	return h.render(w, r, rq, http.StatusOK, "profile", data.Name.Text, data)
}

// otherNames lists the further forms of the name, the reader's language
// first, leaving out those the page already shows as the name.
func otherNames(e *model.Expert, lang string) []localText {
	shown := map[string]bool{}
	for _, n := range e.Name {
		shown[n] = true
	}
	var out []localText
	for _, l := range langsFirst(lang) {
		for _, n := range e.OtherNames[l] {
			if n = strings.TrimSpace(n); n != "" && !shown[n] {
				shown[n] = true
				out = append(out, localText{n, l})
			}
		}
	}
	return out
}

// pathID reads the numeric {id} of a path; anything else names no record.
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errNoRoute
	}
	return id, nil
}
