package app

import (
	"context"
	"fmt"
	"strings"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// DefaultSimilar is how many similar experts a profile shows when the
// caller does not say.
const DefaultSimilar = 10

// maxSimilarOutputs bounds the output titles a similarity query takes: a
// long list of publications would drown the keywords, and every extra
// word costs ranking time.
const maxSimilarOutputs = 20

// similarSlack is how many more hits than asked are ranked, to make up
// for the duplicates of the expert that are left out.
const similarSlack = 5

// SimilarExperts ranks the experts most like the one with the id, best
// first, as the matcher ranks experts for a request: the expert's profile
// is the request, so the scores and explanations mean what they mean
// there. The expert themself and profiles that look like the same person
// (duplicate detection's DefaultDuplicateScore) are left out, and only
// experts the caller may see come back. An expert hidden from the caller is
// model.ErrNotFound. limit <= 0 means DefaultSimilar.
func (a *App) SimilarExperts(ctx context.Context, c policy.Caller, expertID int64, limit int) ([]MatchHit, error) {
	e, err := a.db.GetExpert(ctx, expertID)
	if err != nil {
		return nil, err
	}
	if _, ok := policy.ExpertView(c, e); !ok {
		return nil, fmt.Errorf("expert %d hidden from %q: %w", expertID, c.Role, model.ErrNotFound)
	}
	if limit <= 0 {
		limit = DefaultSimilar
	}
	m, err := a.readyMatcher(ctx)
	if err != nil {
		return nil, err
	}
	req := similarRequest(e)
	if strings.TrimSpace(req.Title+req.Description) == "" && len(req.Spheres) == 0 {
		return []MatchHit{}, nil
	}
	visible := visibleTo(c)
	opt := match.Options{Limit: limit + similarSlack, Visible: func(x *model.Expert) bool {
		return x.ExternalID != e.ExternalID && visible(x)
	}}
	self := newDupEntry(e, nil)
	out := []MatchHit{}
	var shown []*model.Expert
	for _, h := range m.ix.Rank(req, opt) {
		if len(out) == limit {
			break
		}
		if score, _, ok := scorePair(self, newDupEntry(h.Expert, nil)); ok && score >= DefaultDuplicateScore {
			continue
		}
		if v, ok := hitView(c, h); ok {
			out = append(out, v)
			shown = append(shown, h.Expert)
		}
	}
	if err := a.recordDisclosures(ctx, c, shown, "similar"); err != nil {
		return nil, err
	}
	return out, nil
}

// similarRequest is the request an expert's profile makes: their position,
// keywords and output titles as its text and their spheres. It reads only
// what everyone who may see the profile sees (policy.IndexView), so that
// neither the ranking nor the words quoted in explanations can betray a
// field of this profile hidden from some of them. The bio is left out: it is long and
// says much besides the subject. No constraints: likeness is about the
// subject, not about the city or the calendar.
func similarRequest(e *model.Expert) match.Request {
	v := policy.IndexView(e)
	var title, desc []string
	for _, l := range model.Langs {
		if s := strings.TrimSpace(v.Position[l]); s != "" {
			title = append(title, s)
		}
		if kw := v.Keywords[l]; len(kw) > 0 {
			desc = append(desc, strings.Join(kw, "; "))
		}
	}
	for i, o := range v.Outputs {
		if i == maxSimilarOutputs {
			break
		}
		if s := strings.TrimSpace(o.Title); s != "" {
			desc = append(desc, s)
		}
	}
	return match.Request{Title: strings.Join(title, "; "), Description: strings.Join(desc, "\n"), Spheres: v.Spheres}
}
