package api

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// Fuzz tests of the API's parsers of untrusted input: the Authorization
// header, the sign-in and consent bodies and the audit filters. Run each
// with: go test ./internal/api -run '^$' -fuzz FuzzX -fuzztime 60s

func FuzzBearerToken(f *testing.F) {
	for _, s := range []string{"Bearer tbt_abc", "bearer  x ", "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "", "Bearer a b", "BEARER\ttbs_x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, authz string) {
		token, ok := bearerToken(authz)
		if !ok {
			return
		}
		if token == "" || token != strings.TrimSpace(token) {
			t.Fatalf("bearerToken(%q) = %q: empty or untrimmed", authz, token)
		}
		if !strings.Contains(authz, token) {
			t.Fatalf("bearerToken(%q) = %q, not part of the header", authz, token)
		}
	})
}

func FuzzSignInBody(f *testing.F) {
	for _, s := range []string{`{"login":"a@example.org","password":"x"}`, `{}`, `{"login":1}`, `[]`, `{"login":"a","extra":1}`,
		`{"login":"\u0000","password":"\ud800"}`, `{"login":"a"} {}`, "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest(http.MethodPost, "/api/v1/sessions", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		var in signInBody
		if err := decodeJSON(r, &in); err != nil {
			if status, _ := classify(err); status != http.StatusBadRequest {
				t.Fatalf("decode error %v has status %d, want 400", err, status)
			}
		}
		var c consentBody
		r = httptest.NewRequest(http.MethodPut, "/", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		if err := decodeJSON(r, &c); err != nil {
			if status, _ := classify(err); status != http.StatusBadRequest {
				t.Fatalf("decode error %v has status %d, want 400", err, status)
			}
		}
	})
}

func FuzzAuditFilter(f *testing.F) {
	for _, s := range []string{"since=2025-01-01T00:00:00Z&actor=3", "object_id=-1", "limit=0", "limit=501&after=x",
		"action=signin.&object_type=expert", "since=yesterday", "actor=99999999999999999999", "until=2025-13-01T00:00:00Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, query string) {
		if _, err := url.ParseQuery(query); err != nil {
			return
		}
		r := httptest.NewRequest(http.MethodGet, "/api/v1/audit", nil)
		r.URL.RawQuery = query
		filter, err := auditFilter(r)
		if err != nil {
			if status, _ := classify(err); status != http.StatusBadRequest {
				t.Fatalf("auditFilter(%q) error %v has status %d, want 400", query, err, status)
			}
			return
		}
		if filter.Limit < 1 || filter.Limit > maxLimit || filter.ActorUserID < 0 || filter.ObjectID < 0 || filter.AfterID < 0 {
			t.Fatalf("auditFilter(%q) = %+v out of bounds", query, filter)
		}
	})
}
