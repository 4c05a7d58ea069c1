package api

import (
	"net/http"
	"testing"
)

func TestAnonymousView(t *testing.T) {
	eachDB(t, func(t *testing.T, e *env) {
		e.run(t, []step{
			{name: "public", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("pub")},
				status: http.StatusCreated, save: "pub"},
			{name: "registered only", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("reg", with("visibility", "registered"))}, status: http.StatusCreated, save: "reg"},
			{name: "coordinators only", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("coord", with("visibility", "coordinators"), with("city", "beijing"))}, status: http.StatusCreated, save: "coord"},
			{name: "visibility defaults to public", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("dflt", without("visibility"))}, status: http.StatusCreated,
				check: e.hasFields(map[string]any{"visibility": "public"})},

			{name: "anonymous reads a public profile without contacts", request: request{method: "GET", path: "/api/v1/experts/$pub"},
				status: http.StatusOK, check: e.hasFields(map[string]any{
					"external_id": "pub", "orcid": "0000-0002-1825-0097", "email": nil, "phone": nil})},
			{name: "admin reads the contacts", request: request{method: "GET", path: "/api/v1/experts/$pub", auth: admin},
				status: http.StatusOK, check: e.hasFields(map[string]any{"email": "anna@example.org", "phone": "+7 495 123-45-67"})},
			{name: "registered profile is not found for anonymous", request: request{method: "GET", path: "/api/v1/experts/$reg"},
				status: http.StatusNotFound, code: "not_found"},
			{name: "coordinators profile is not found for anonymous", request: request{method: "GET", path: "/api/v1/experts/$coord"},
				status: http.StatusNotFound, code: "not_found"},
			{name: "admin reads hidden profiles", request: request{method: "GET", path: "/api/v1/experts/$coord", auth: admin},
				status: http.StatusOK, check: e.hasFields(map[string]any{"visibility": "coordinators", "email": "anna@example.org"})},

			{name: "anonymous list has only public profiles, and counts only them", request: request{method: "GET", path: "/api/v1/experts"},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					lists(2, "pub", "dflt")(t, r)
					for _, it := range r.json(t)["items"].([]any) {
						m := it.(map[string]any)
						if _, ok := m["email"]; ok {
							t.Errorf("email in anonymous list: %v", m)
						}
						if _, ok := m["phone"]; ok {
							t.Errorf("phone in anonymous list: %v", m)
						}
					}
				}},
			{name: "anonymous filtered list", request: request{method: "GET", path: "/api/v1/experts?city=beijing"},
				status: http.StatusOK, check: lists(0)},
			{name: "anonymous pages count only public profiles", request: request{method: "GET", path: "/api/v1/experts?limit=1"},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					xids, total, next := listed(t, r)
					if len(xids) != 1 || xids[0] != "pub" || total != 2 || next == "" {
						t.Errorf("items %v, total %d, next %q", xids, total, next)
					}
				}},
			{name: "admin list has everyone", request: request{method: "GET", path: "/api/v1/experts", auth: admin},
				status: http.StatusOK, check: lists(4, "pub", "reg", "coord", "dflt")},

			{name: "making a profile public shows it", request: request{method: "PUT", path: "/api/v1/experts/$reg", auth: admin,
				body: expert("reg", with("visibility", "public"))}, status: http.StatusOK},
			{name: "now anonymous sees it", request: request{method: "GET", path: "/api/v1/experts/$reg"},
				status: http.StatusOK, check: e.hasFields(map[string]any{"external_id": "reg", "email": nil})},
		})
	})
}
