package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"talentbridge/internal/i18n"
)

type openAPIDocument struct {
	OpenAPI string                                `json:"openapi"`
	Paths   map[string]map[string]json.RawMessage `json:"paths"`
}

type openAPIOperation struct {
	OperationID string                     `json:"operationId"`
	Responses   map[string]json.RawMessage `json:"responses"`
	Security    []map[string][]string      `json:"security"`
}

// documented returns "METHOD /path" for every operation of the document.
func documented(t *testing.T) (map[string]openAPIOperation, openAPIDocument) {
	t.Helper()
	var doc openAPIDocument
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	ops := map[string]openAPIOperation{}
	for path, item := range doc.Paths {
		for method, raw := range item {
			if method == "parameters" || method == "summary" || method == "description" {
				continue
			}
			var op openAPIOperation
			if err := json.Unmarshal(raw, &op); err != nil {
				t.Fatalf("%s %s: %v", method, path, err)
			}
			ops[strings.ToUpper(method)+" "+path] = op
		}
	}
	return ops, doc
}

// TestOpenAPIMatchesRoutes checks both ways that the document and the
// routes registered on the mux agree.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	ops, doc := documented(t)
	if !strings.HasPrefix(doc.OpenAPI, "3.0.") {
		t.Errorf("openapi %q, want 3.0.x", doc.OpenAPI)
	}
	h := &api{}
	rt := h.router().(*router)

	// Every route is documented, with auth and error responses that fit it.
	registered := map[string]bool{}
	for _, r := range h.routes() {
		key := r.Method + " " + r.Path
		registered[key] = true
		op, ok := ops[key]
		if !ok {
			t.Errorf("route %s is not in openapi.json", key)
			continue
		}
		if op.OperationID == "" {
			t.Errorf("%s: no operationId", key)
		}
		if _, ok := op.Responses["401"]; !ok {
			t.Errorf("%s: 401 not documented", key)
		}
		if r.Write {
			for _, code := range []string{"400", "403", "413", "415"} {
				if _, ok := op.Responses[code]; !ok && (r.Method != http.MethodDelete || code == "403") {
					t.Errorf("%s: %s not documented", key, code)
				}
			}
			if len(op.Security) != 1 || op.Security[0]["bearerAuth"] == nil {
				t.Errorf("%s: write route must require bearerAuth, has %v", key, op.Security)
			}
		}
		if strings.Contains(r.Path, "{id}") {
			if _, ok := op.Responses["404"]; !ok {
				t.Errorf("%s: 404 not documented", key)
			}
		}
	}

	// Every documented operation is registered on the mux under exactly
	// that pattern.
	for key := range ops {
		if !registered[key] {
			t.Errorf("openapi.json documents %s, which is not a route", key)
		}
		method, path, _ := strings.Cut(key, " ")
		req := httptest.NewRequest(method, strings.ReplaceAll(path, "{id}", "1"), nil)
		if _, pattern := rt.mux.Handler(req); pattern != key {
			t.Errorf("%s: the mux routes it to %q", key, pattern)
		}
	}
}

func TestOpenAPIRefsResolve(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatal(err)
	}
	var refs []string
	var collect func(v any)
	collect = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "$ref" {
					refs = append(refs, s)
				}
				collect(x)
			}
		case []any:
			for _, x := range v {
				collect(x)
			}
		}
	}
	collect(doc)
	if len(refs) == 0 {
		t.Fatal("no $ref found")
	}
	for _, ref := range slices.Compact(slices.Sorted(slices.Values(refs))) {
		var node any = doc
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			m, ok := node.(map[string]any)
			if !ok || m[part] == nil {
				t.Errorf("$ref %s does not resolve", ref)
				break
			}
			node = m[part]
		}
	}
}

func TestOpenAPIServed(t *testing.T) {
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	h := New(nil, tr, Config{}, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/openapi.json", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("%d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	if !json.Valid(rec.Body.Bytes()) || rec.Body.Len() != len(openAPIDoc) {
		t.Error("served document differs from the embedded one")
	}
}
