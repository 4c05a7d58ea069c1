package api

import (
	"net/http"
	"testing"
)

func org(xid string, opts ...func(map[string]any)) map[string]any {
	m := map[string]any{
		"external_id": xid,
		"name":        map[string]string{"ru": "МГУ имени М. В. Ломоносова", "zh": "莫斯科国立大学", "en": "Lomonosov Moscow State University"},
		"city":        "moscow",
		"country":     "RU",
		"kind":        "university",
		"website":     "https://www.msu.ru",
	}
	for _, o := range opts {
		o(m)
	}
	return m
}

func TestOrganizationsCRUD(t *testing.T) {
	eachDB(t, func(t *testing.T, e *env) {
		e.run(t, []step{
			{name: "create", request: request{method: "POST", path: "/api/v1/organizations", auth: admin, body: org("msu")},
				status: http.StatusCreated, save: "msu", check: func(t *testing.T, r *response) {
					if r.header.Get("Location") != "/api/v1/organizations/"+e.vars["msu"] || r.header.Get("ETag") != `"1"` {
						t.Errorf("Location %q, ETag %q", r.header.Get("Location"), r.header.Get("ETag"))
					}
					e.hasFields(map[string]any{"external_id": "msu", "kind": "university", "version": 1})(t, r)
				}},
			{name: "anyone reads it", request: request{method: "GET", path: "/api/v1/organizations/$msu"},
				status: http.StatusOK, check: e.hasFields(map[string]any{"website": "https://www.msu.ru", "city": "moscow"})},
			{name: "anonymous may not create", request: request{method: "POST", path: "/api/v1/organizations", body: org("x")},
				status: http.StatusUnauthorized, code: "unauthorized"},
			{name: "update", request: request{method: "PUT", path: "/api/v1/organizations/$msu", auth: admin,
				header: map[string]string{"If-Match": `"$msu.version"`}, body: org("msu", with("kind", "research-institute"))},
				status: http.StatusOK, check: e.hasFields(map[string]any{"kind": "research-institute", "version": 2})},
			{name: "stale update", request: request{method: "PUT", path: "/api/v1/organizations/$msu", auth: admin,
				header: map[string]string{"If-Match": `"1"`}, body: org("msu")},
				status: http.StatusConflict, code: "conflict"},
			{name: "bad If-Match", request: request{method: "PUT", path: "/api/v1/organizations/$msu", auth: admin,
				header: map[string]string{"If-Match": `"one"`}, body: org("msu")},
				status: http.StatusBadRequest, code: "bad_format", field: "version"},
			{name: "invalid kind", request: request{method: "POST", path: "/api/v1/organizations?ui_lang=ru", auth: admin,
				body: org("x", with("kind", "castle"))},
				status: http.StatusBadRequest, code: "unknown_value", field: "kind", message: "Тип организации: Значение «castle»"},
			{name: "name required", request: request{method: "POST", path: "/api/v1/organizations?ui_lang=ru", auth: admin,
				body: org("x", without("name"))},
				status: http.StatusBadRequest, code: "required", field: "name", message: "Название: Обязательное поле"},
			{name: "second", request: request{method: "POST", path: "/api/v1/organizations", auth: admin, body: org("bnu")},
				status: http.StatusCreated},
			{name: "list", request: request{method: "GET", path: "/api/v1/organizations?limit=1"},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					xids, total, next := listed(t, r)
					if len(xids) != 1 || xids[0] != "msu" || total != 2 || next == "" {
						t.Errorf("items %v, total %d, next %q", xids, total, next)
					}
					e.vars["next"] = next
				}},
			{name: "list, second page", request: request{method: "GET", path: "/api/v1/organizations?limit=1&after=$next"},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					xids, total, next := listed(t, r)
					if len(xids) != 1 || xids[0] != "bnu" || total != 2 || next != "" {
						t.Errorf("items %v, total %d, next %q", xids, total, next)
					}
				}},
			{name: "delete", request: request{method: "DELETE", path: "/api/v1/organizations/$msu", auth: admin},
				status: http.StatusNoContent},
			{name: "gone", request: request{method: "GET", path: "/api/v1/organizations/$msu"},
				status: http.StatusNotFound, code: "not_found"},
		})
	})
}
