package api

import (
	"net/http"
	"regexp"
	"testing"
	"time"
)

func TestExpertsCRUD(t *testing.T) {
	eachDB(t, func(t *testing.T, e *env) {
		e.run(t, []step{
			{name: "create", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("anna")},
				status: http.StatusCreated, save: "anna", check: func(t *testing.T, r *response) {
					if loc := r.header.Get("Location"); !regexp.MustCompile(`^/api/v1/experts/\d+$`).MatchString(loc) {
						t.Errorf("Location %q", loc)
					}
					if et := r.header.Get("ETag"); et != `"1"` {
						t.Errorf("ETag %q", et)
					}
					m := r.json(t)
					for _, k := range []string{"created_at", "updated_at"} {
						s, _ := m[k].(string)
						ts, err := time.Parse(time.RFC3339, s)
						if err != nil || ts.Location() != time.UTC {
							t.Errorf("%s = %q, want RFC 3339 UTC", k, s)
						}
					}
					e.hasFields(map[string]any{"version": 1, "external_id": "anna", "email": "anna@example.org"})(t, r)
				}},
			{name: "admin reads all fields", request: request{method: "GET", path: "/api/v1/experts/$anna", auth: admin},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					if et := r.header.Get("ETag"); et != `"1"` {
						t.Errorf("ETag %q", et)
					}
					e.hasFields(map[string]any{"id": "$anna", "city": "moscow", "orcid": "0000-0002-1825-0097",
						"email": "anna@example.org", "phone": "+7 495 123-45-67", "spheres": "[transport.subway]"})(t, r)
				}},
			{name: "update with If-Match", request: request{method: "PUT", path: "/api/v1/experts/$anna", auth: admin,
				header: map[string]string{"If-Match": `"$anna.version"`}, body: expert("anna", with("city", "beijing"))},
				status: http.StatusOK, save: "anna2", check: e.hasFields(map[string]any{"version": 2, "city": "beijing"})},
			{name: "update with a stale If-Match", request: request{method: "PUT", path: "/api/v1/experts/$anna", auth: admin,
				header: map[string]string{"If-Match": `"1"`}, body: expert("anna", with("city", "other"))},
				status: http.StatusConflict, code: "conflict"},
			{name: "update with a stale version field", request: request{method: "PUT", path: "/api/v1/experts/$anna", auth: admin,
				body: expert("anna", with("city", "other"), with("version", 1))},
				status: http.StatusConflict, code: "conflict"},
			{name: "update with the current version field, echoing read-only fields", request: request{method: "PUT",
				path: "/api/v1/experts/$anna", auth: admin, body: expert("anna", with("city", "other"), with("version", 2),
					with("id", 999), with("created_at", "2000-01-01T00:00:00Z"))},
				status: http.StatusOK, check: e.hasFields(map[string]any{"version": 3, "city": "other", "id": "$anna"})},
			{name: "conflict message is translated", request: request{method: "PUT", path: "/api/v1/experts/$anna", auth: admin,
				header: map[string]string{"If-Match": `"1"`, "Accept-Language": "zh-CN,zh;q=0.9"}, body: expert("anna")},
				status: http.StatusConflict, code: "conflict", message: "请刷新后重试"},
			{name: "update a missing expert", request: request{method: "PUT", path: "/api/v1/experts/999999", auth: admin, body: expert("nobody")},
				status: http.StatusNotFound, code: "not_found"},
			{name: "a second expert", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("boris")},
				status: http.StatusCreated, save: "boris"},
			{name: "external id taken on create", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("anna")},
				status: http.StatusConflict, code: "conflict"},
			{name: "external id taken on update", request: request{method: "PUT", path: "/api/v1/experts/$boris", auth: admin, body: expert("anna")},
				status: http.StatusConflict, code: "conflict"},
			{name: "generated external id", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("", without("external_id"))},
				status: http.StatusCreated, check: func(t *testing.T, r *response) {
					if xid, _ := r.json(t)["external_id"].(string); !regexp.MustCompile(`^tb-[a-z0-9]+$`).MatchString(xid) {
						t.Errorf("generated external id %q", xid)
					}
				}},
			{name: "delete", request: request{method: "DELETE", path: "/api/v1/experts/$anna", auth: admin},
				status: http.StatusNoContent},
			{name: "deleted is gone", request: request{method: "GET", path: "/api/v1/experts/$anna", auth: admin},
				status: http.StatusNotFound, code: "not_found"},
			{name: "delete again", request: request{method: "DELETE", path: "/api/v1/experts/$anna", auth: admin},
				status: http.StatusNotFound, code: "not_found"},
			{name: "list after delete", request: request{method: "GET", path: "/api/v1/experts", auth: admin},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					xids, total, next := listed(t, r)
					if total != 2 || len(xids) != 2 || xids[0] != "boris" || next != "" {
						t.Errorf("items %v, total %d, next %q", xids, total, next)
					}
				}},
			{name: "non-numeric id", request: request{method: "GET", path: "/api/v1/experts/abc"},
				status: http.StatusNotFound, code: "not_found"},
			{name: "zero id", request: request{method: "GET", path: "/api/v1/experts/0"},
				status: http.StatusNotFound, code: "not_found"},
		})
	})
}

func TestExpertFilters(t *testing.T) {
	eachDB(t, func(t *testing.T, e *env) {
		org := map[string]any{"external_id": "mosmetro", "name": map[string]string{"ru": "Московский метрополитен"}, "city": "moscow"}
		e.run(t, []step{
			{name: "organisation", request: request{method: "POST", path: "/api/v1/organizations", auth: admin, body: org},
				status: http.StatusCreated},
			{name: "subway engineer", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("a", with("organization_id", "mosmetro"))}, status: http.StatusCreated},
			{name: "chemist in Beijing", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("b", with("city", "beijing"), with("spheres", []string{"science-technology.chemistry"}))},
				status: http.StatusCreated},
			{name: "traffic manager", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("c", with("spheres", []string{"transport.traffic-management"}))}, status: http.StatusCreated},
			{name: "city", request: request{method: "GET", path: "/api/v1/experts?city=beijing"},
				status: http.StatusOK, check: lists(1, "b")},
			{name: "sub-sphere", request: request{method: "GET", path: "/api/v1/experts?sphere=transport.subway"},
				status: http.StatusOK, check: lists(1, "a")},
			{name: "top-level sphere includes sub-spheres", request: request{method: "GET", path: "/api/v1/experts?sphere=transport"},
				status: http.StatusOK, check: lists(2, "a", "c")},
			{name: "organisation", request: request{method: "GET", path: "/api/v1/experts?org=mosmetro"},
				status: http.StatusOK, check: lists(1, "a")},
			{name: "combined", request: request{method: "GET", path: "/api/v1/experts?city=moscow&sphere=transport&org=mosmetro"},
				status: http.StatusOK, check: lists(1, "a")},
			{name: "no match", request: request{method: "GET", path: "/api/v1/experts?org=nobody"},
				status: http.StatusOK, check: lists(0)},
			{name: "unknown city", request: request{method: "GET", path: "/api/v1/experts?city=paris"},
				status: http.StatusBadRequest, code: "unknown_city", field: "city", message: "paris"},
			{name: "unknown sphere", request: request{method: "GET", path: "/api/v1/experts?sphere=astrology&ui_lang=ru"},
				status: http.StatusBadRequest, code: "unknown_sphere", field: "sphere", message: "Сферы «astrology» нет"},
			{name: "bad organisation id", request: request{method: "GET", path: "/api/v1/experts?org=%20x"},
				status: http.StatusBadRequest, code: "bad_format", field: "org"},
		})
	})
}
