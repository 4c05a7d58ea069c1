package app

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// DefaultRequestsForExpert is how many requests RequestsForExpert returns
// when the caller does not say.
const DefaultRequestsForExpert = 10

// requestPage is how many open requests are read from the database at once.
const requestPage = 500

// RequestMatch is one open request and how well an expert suits it.
type RequestMatch struct {
	Request     *model.Request
	Score       float64 // the expert's score in the request's own ranking
	Explanation MatchExplanation
}

// RequestsForExpert answers the reverse of Match: which open requests suit
// the expert with the id best, best first. Each request's score and
// explanation are exactly those the expert gets when the request is
// matched (Match), found without ranking anyone else. Requests are for
// signed-in callers (model.ErrUnauthorized otherwise); an expert hidden
// from the caller is model.ErrNotFound. limit <= 0 means
// DefaultRequestsForExpert.
func (a *App) RequestsForExpert(ctx context.Context, c policy.Caller, expertID int64, limit int) ([]RequestMatch, error) {
	if !c.Authenticated() {
		return nil, fmt.Errorf("requests for an expert: %w", model.ErrUnauthorized)
	}
	e, err := a.db.GetExpert(ctx, expertID)
	if err != nil {
		return nil, err
	}
	if _, ok := policy.ExpertView(c, e); !ok {
		return nil, fmt.Errorf("expert %d hidden from %q: %w", expertID, c.Role, model.ErrNotFound)
	}
	if limit <= 0 {
		limit = DefaultRequestsForExpert
	}
	m, err := a.readyMatcher(ctx)
	if err != nil {
		return nil, err
	}
	opt := match.Options{Visible: visibleTo(c)}
	var out []RequestMatch
	var shown *model.Expert
	for before := int64(0); ; {
		reqs, err := a.db.ListRequests(ctx, model.RequestOpen, before, requestPage)
		if err != nil {
			return nil, err
		}
		for _, r := range reqs {
			h, ok := m.ix.ScoreExpert(toMatchRequest(r), e.ExternalID, opt)
			if !ok {
				continue
			}
			if v, ok := hitView(c, h); ok {
				out = append(out, RequestMatch{Request: r, Score: v.Score, Explanation: v.Explanation})
				shown = h.Expert
			}
		}
		if len(reqs) < requestPage {
			break
		}
		before = reqs[len(reqs)-1].ID
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	// Equal scores: the newer request first.
	slices.SortFunc(out, func(x, y RequestMatch) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(y.Request.ID, x.Request.ID))
	})
	out = out[:min(len(out), limit)]
	if shown != nil {
		// The explanations quote what the profile holds.
		if err := a.recordDisclosures(ctx, c, []*model.Expert{shown}, "requests"); err != nil {
			return nil, err
		}
	}
	if out == nil {
		out = []RequestMatch{}
	}
	return out, nil
}
