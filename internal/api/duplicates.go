package api

import (
	"net/http"
	"strconv"
	"sync"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// duplicatesAPI serves duplicate detection and merging. It owns the
// process's duplicate finder (an in-memory blocking index that follows the
// change log), made on first use so that an API without an app (as the
// OpenAPI tests build it) never touches one.
type duplicatesAPI struct {
	h    *api
	once sync.Once
	d    *app.Duplicates
}

func newDuplicatesAPI(h *api) *duplicatesAPI { return &duplicatesAPI{h: h} }

func (da *duplicatesAPI) finder() *app.Duplicates {
	da.once.Do(func() { da.d = da.h.app.NewDuplicates() })
	return da.d
}

// createdExpertDoc is the answer to a create: the stored expert and the
// experts already stored that may be the same person.
type createdExpertDoc struct {
	expertDoc
	Duplicates []app.Duplicate `json:"duplicates,omitempty"`
}

// createExpert serves POST /api/v1/experts. The expert is created even when
// it looks like one already stored; the likely duplicates come back in
// "duplicates" so that the client can offer a merge.
func (da *duplicatesAPI) createExpert(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	var in expertDoc
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	e := in.Expert
	dups, err := da.finder().CreateExpert(r.Context(), c, &e)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/api/v1/experts/"+strconv.FormatInt(e.ID, 10))
	v, ok := policy.ExpertView(c, &e)
	if !ok {
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	setETag(w, v.Version)
	return writeJSON(w, http.StatusCreated, createdExpertDoc{expertDoc: newExpertDoc(v), Duplicates: dups})
}

// duplicateList is the answer to GET /api/v1/experts/{id}/duplicates.
type duplicateList struct {
	Items []app.Duplicate `json:"items"`
}

// listDuplicates serves GET /api/v1/experts/{id}/duplicates?min_score=.
func (da *duplicatesAPI) listDuplicates(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	if err := authorizeWrite(c); err != nil {
		return err
	}
	id, err := pathID(r)
	if err != nil {
		return err
	}
	minScore, err := scoreParam(r, "min_score", app.DefaultDuplicateScore)
	if err != nil {
		return err
	}
	items, err := da.finder().Of(r.Context(), c, id, minScore)
	if err != nil {
		return err
	}
	if items == nil {
		items = []app.Duplicate{}
	}
	return writeJSON(w, http.StatusOK, duplicateList{Items: items})
}

// scoreParam reads a score in [0, 1] from the query string.
func scoreParam(r *http.Request, name string, def float64) (float64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, model.Invalid(name, model.CodeBadFormat)
	}
	if v < 0 || v > 1 {
		return 0, model.Invalid(name, model.CodeOutOfRange)
	}
	return v, nil
}

// mergeRequest is the body of POST /api/v1/experts/{id}/merge.
type mergeRequest struct {
	OtherID int64 `json:"other_id"`
}

// mergedExpertDoc is the answer to a merge: the kept expert as stored, the
// external id merged away and the name forms that could not be kept.
type mergedExpertDoc struct {
	expertDoc
	MergedExternalID string     `json:"merged_external_id"`
	DroppedNames     model.Text `json:"dropped_names,omitempty"`
}

// mergeExperts serves POST /api/v1/experts/{id}/merge: the expert other_id
// is folded into {id} and deleted.
func (da *duplicatesAPI) mergeExperts(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var in mergeRequest
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	if in.OtherID <= 0 {
		return model.Invalid("other_id", model.CodeRequired)
	}
	res, err := da.h.app.MergeExperts(r.Context(), c, id, in.OtherID)
	if err != nil {
		return err
	}
	v, ok := policy.ExpertView(c, res.Expert)
	if !ok {
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	setETag(w, v.Version)
	return writeJSON(w, http.StatusOK, mergedExpertDoc{expertDoc: newExpertDoc(v), MergedExternalID: res.Removed, DroppedNames: res.DroppedNames})
}
