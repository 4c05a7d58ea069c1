package api

import (
	"errors"
	"net/http"
	"strconv"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// matchesBody is the answer of GET /api/v1/requests/{id}/matches: the
// machine-readable output of match (request_id, hits with external_id and
// score) with each expert and the reasons.
type matchesBody struct {
	RequestID string     `json:"request_id"`
	Hits      []matchDoc `json:"hits"`
}

type matchDoc struct {
	ExternalID  string         `json:"external_id"`
	Score       float64        `json:"score"`
	Expert      expertDoc      `json:"expert"`
	Explanation explanationDoc `json:"explanation"`
}

type explanationDoc struct {
	Fields []struct {
		Field    string   `json:"field"`
		Terms    []string `json:"terms,omitempty"`
		Concepts []string `json:"concepts,omitempty"`
	} `json:"fields"`
	Outputs []struct {
		Kind  string   `json:"kind"`
		Title string   `json:"title"`
		Year  int      `json:"year,omitempty"`
		Score float64  `json:"score"`
		Terms []string `json:"terms,omitempty"`
	} `json:"outputs"`
	Concepts []struct {
		Request  string `json:"request"`
		Expert   string `json:"expert"`
		Relation string `json:"relation"`
		Label    string `json:"label,omitempty"`
	} `json:"concepts"`
	Spheres []struct {
		Request  string  `json:"request"`
		Expert   string  `json:"expert,omitempty"`
		Relation string  `json:"relation"`
		Score    float64 `json:"score"`
	} `json:"spheres"`
	Constraints []struct {
		Name   string  `json:"name"`
		Hard   bool    `json:"hard"`
		Status string  `json:"status"`
		Factor float64 `json:"factor"`
	} `json:"constraints"`
}

// newExplanationDoc copies an explanation field by field: the API's JSON
// names are its own, whatever the matcher's types become.
func newExplanationDoc(x app.MatchExplanation) explanationDoc {
	var d explanationDoc
	for _, f := range x.Fields {
		d.Fields = append(d.Fields, struct {
			Field    string   `json:"field"`
			Terms    []string `json:"terms,omitempty"`
			Concepts []string `json:"concepts,omitempty"`
		}{f.Field, f.Terms, f.Concepts})
	}
	for _, o := range x.Outputs {
		d.Outputs = append(d.Outputs, struct {
			Kind  string   `json:"kind"`
			Title string   `json:"title"`
			Year  int      `json:"year,omitempty"`
			Score float64  `json:"score"`
			Terms []string `json:"terms,omitempty"`
		}{o.Kind, o.Title, o.Year, o.Score, o.Terms})
	}
	for _, c := range x.Concepts {
		d.Concepts = append(d.Concepts, struct {
			Request  string `json:"request"`
			Expert   string `json:"expert"`
			Relation string `json:"relation"`
			Label    string `json:"label,omitempty"`
		}{c.Request, c.Expert, c.Relation, c.Label})
	}
	for _, s := range x.Spheres {
		d.Spheres = append(d.Spheres, struct {
			Request  string  `json:"request"`
			Expert   string  `json:"expert,omitempty"`
			Relation string  `json:"relation"`
			Score    float64 `json:"score"`
		}{s.Request, s.Expert, s.Relation, s.Score})
	}
	for _, c := range x.Constraints {
		d.Constraints = append(d.Constraints, struct {
			Name   string  `json:"name"`
			Hard   bool    `json:"hard"`
			Status string  `json:"status"`
			Factor float64 `json:"factor"`
		}{c.Name, c.Hard, string(c.Status), c.Factor})
	}
	return d
}

// matches serves GET /api/v1/requests/{id}/matches?limit=: the experts the
// caller may see, best first, with the reasons each was proposed.
func (h *api) matches(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := needsSignIn(c); err != nil {
		return err
	}
	req, err := h.requestByPath(r)
	if err != nil {
		return err
	}
	limit := 20
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 500 {
			return &model.ValidationError{Errors: []model.FieldError{{Field: "limit", Code: model.CodeOutOfRange,
				Params: map[string]any{"min": 1, "max": 500}}}}
		}
		limit = n
	}
	hits, err := h.app.Match(r.Context(), c, req, limit)
	if errors.Is(err, app.ErrMatcherNotReady) {
		return errUnavailable
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newMatchesBody(req.ExternalID, hits))
}

// matchBody is the body of POST /api/v1/match: a request given inline, or
// the id of a stored one, and how many experts to return.
type matchBody struct {
	Request   *model.Request `json:"request,omitempty"`
	RequestID string         `json:"request_id,omitempty"`
	Limit     int            `json:"limit,omitempty"`
}

// matchAdHoc serves POST /api/v1/match: ranking for a request that need not
// be stored. It reads nothing but what the caller may see, so any signed-in
// caller may ask.
func (h *api) matchAdHoc(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := needsSignIn(c); err != nil {
		return err
	}
	var in matchBody
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	if in.Limit < 0 || in.Limit > 500 {
		return &model.ValidationError{Errors: []model.FieldError{{Field: "limit", Code: model.CodeOutOfRange,
			Params: map[string]any{"min": 1, "max": 500}}}}
	}
	var req *model.Request
	switch {
	case in.Request != nil && in.RequestID != "":
		return model.Invalid("request_id", model.CodeBadFormat)
	case in.Request != nil:
		req = in.Request
		if req.ExternalID == "" {
			req.ExternalID = "adhoc"
		}
		tax, err := h.app.Taxonomy(r.Context())
		if err != nil {
			return err
		}
		req.Normalize()
		if err := req.Validate(tax); err != nil {
			return err
		}
	case in.RequestID != "":
		stored, err := h.app.RequestByExternalID(r.Context(), in.RequestID)
		if err != nil {
			return err
		}
		req = stored
	default:
		return model.Invalid("request", model.CodeRequired)
	}
	limit := in.Limit
	if limit == 0 {
		limit = 20
	}
	hits, err := h.app.Match(r.Context(), c, req, limit)
	if errors.Is(err, app.ErrMatcherNotReady) {
		return errUnavailable
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newMatchesBody(req.ExternalID, hits))
}

// newMatchesBody is the answer to a match: the request's id and the hits,
// each with its expert and reasons.
func newMatchesBody(requestID string, hits []app.MatchHit) matchesBody {
	body := matchesBody{RequestID: requestID, Hits: make([]matchDoc, 0, len(hits))}
	for _, hit := range hits {
		body.Hits = append(body.Hits, matchDoc{ExternalID: hit.Expert.ExternalID, Score: hit.Score,
			Expert: newExpertDoc(hit.Expert), Explanation: newExplanationDoc(hit.Explanation)})
	}
	return body
}
