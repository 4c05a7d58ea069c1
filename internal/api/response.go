package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"talentbridge/internal/model"
)

// writeJSON writes v with the status. v is encoded before anything is
// written, so that an encoding error can still become an error response.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "application/json; charset=utf-8")
	hdr.Set("Content-Length", strconv.Itoa(buf.Len()))
	// Responses may hold personal data and differ by caller and language.
	hdr.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes()) // a client that has gone away cannot be told
	return nil
}

func setETag(w http.ResponseWriter, version int64) {
	w.Header().Set("ETag", strconv.Quote(strconv.FormatInt(version, 10)))
}

// listBody is one page of a list.
type listBody[T any] struct {
	Items []T    `json:"items"`
	Next  string `json:"next"`
	Total int    `json:"total"`
}

// expertDoc is an expert as the API shows it: the interchange fields plus
// the database's id, version and timestamps. On input id and the
// timestamps are read-only and ignored, and version is the one the update
// expects (see expectedVersion).
type expertDoc struct {
	ID      int64 `json:"id"`
	Version int64 `json:"version"`
	model.Expert
	CreatedAt string `json:"created_at,omitempty"`
	UpdatedAt string `json:"updated_at,omitempty"`
}

func newExpertDoc(e *model.Expert) expertDoc {
	return expertDoc{ID: e.ID, Version: e.Version, Expert: *e,
		CreatedAt: timestamp(e.CreatedAt), UpdatedAt: timestamp(e.UpdatedAt)}
}

// orgDoc is an organisation as the API shows it, like expertDoc.
type orgDoc struct {
	ID      int64 `json:"id"`
	Version int64 `json:"version"`
	model.Organization
	CreatedAt string `json:"created_at,omitempty"`
	UpdatedAt string `json:"updated_at,omitempty"`
}

func newOrgDoc(o *model.Organization) orgDoc {
	return orgDoc{ID: o.ID, Version: o.Version, Organization: *o,
		CreatedAt: timestamp(o.CreatedAt), UpdatedAt: timestamp(o.UpdatedAt)}
}

// timestamp renders a time as RFC 3339 in UTC, "" for the zero time.
func timestamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
