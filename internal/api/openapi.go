package api

import (
	_ "embed"
	"net/http"
	"strconv"

	"talentbridge/internal/policy"
)

// openAPIDoc describes every route of routes(); a test keeps the two in step.
//
//go:embed openapi.json
var openAPIDoc []byte

// openAPI serves GET /api/v1/openapi.json.
func (h *api) openAPI(w http.ResponseWriter, _ *http.Request, _ policy.Caller) error {
	hdr := w.Header()
	hdr.Set("Content-Type", "application/json; charset=utf-8")
	hdr.Set("Content-Length", strconv.Itoa(len(openAPIDoc)))
	_, _ = w.Write(openAPIDoc)
	return nil
}
