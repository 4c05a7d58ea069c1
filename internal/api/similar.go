package api

import (
	"errors"
	"net/http"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// The two questions asked of one expert with the matcher's scores: who
// else works on the same things, and which open requests suit them.

// maxExpertMatches bounds ?limit= of both.
const maxExpertMatches = 100

// similarBody is the answer of GET /api/v1/experts/{id}/similar.
type similarBody struct {
	Hits []matchDoc `json:"hits"`
}

// similarExperts serves GET /api/v1/experts/{id}/similar?limit=: the
// experts most like this one that the caller may see, best first, scored
// and explained as a match is. A profile hidden from the caller does not
// exist for them.
func (h *api) similarExperts(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	limit, err := expertMatchLimit(r, app.DefaultSimilar)
	if err != nil {
		return err
	}
	hits, err := h.app.SimilarExperts(r.Context(), c, id, limit)
	if errors.Is(err, app.ErrMatcherNotReady) {
		return errUnavailable
	}
	if err != nil {
		return err
	}
	body := similarBody{Hits: make([]matchDoc, 0, len(hits))}
	for _, hit := range hits {
		body.Hits = append(body.Hits, matchDoc{ExternalID: hit.Expert.ExternalID, Score: hit.Score,
			Expert: newExpertDoc(hit.Expert), Explanation: newExplanationDoc(hit.Explanation)})
	}
	return writeJSON(w, http.StatusOK, body)
}

// expertRequestsBody is the answer of GET /api/v1/experts/{id}/requests.
type expertRequestsBody struct {
	Hits []expertRequestDoc `json:"hits"`
}

type expertRequestDoc struct {
	RequestID   string         `json:"request_id"`
	Score       float64        `json:"score"`
	Request     requestDoc     `json:"request"`
	Explanation explanationDoc `json:"explanation"`
}

// expertRequests serves GET /api/v1/experts/{id}/requests?limit=: the open
// requests that suit the expert best, each with the score and reasons the
// expert gets in that request's own matches.
func (h *api) expertRequests(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	limit, err := expertMatchLimit(r, app.DefaultRequestsForExpert)
	if err != nil {
		return err
	}
	hits, err := h.app.RequestsForExpert(r.Context(), c, id, limit)
	if errors.Is(err, app.ErrMatcherNotReady) {
		return errUnavailable
	}
	if err != nil {
		return err
	}
	body := expertRequestsBody{Hits: make([]expertRequestDoc, 0, len(hits))}
	for _, hit := range hits {
		body.Hits = append(body.Hits, expertRequestDoc{RequestID: hit.Request.ExternalID, Score: hit.Score,
			Request: newRequestDoc(hit.Request), Explanation: newExplanationDoc(hit.Explanation)})
	}
	return writeJSON(w, http.StatusOK, body)
}

// expertMatchLimit reads ?limit=, 1 to maxExpertMatches.
func expertMatchLimit(r *http.Request, def int) (int, error) {
	s := r.URL.Query().Get("limit")
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxExpertMatches {
		return 0, &model.ValidationError{Errors: []model.FieldError{{Field: "limit", Code: model.CodeOutOfRange,
			Params: map[string]any{"min": 1, "max": maxExpertMatches}}}}
	}
	return n, nil
}
