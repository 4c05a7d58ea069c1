package api

import (
	"net/http"
	"strings"
	"testing"
)

func TestDuplicatesAndMerge(t *testing.T) {
	eachDB(t, func(t *testing.T, e *env) {
		zhang := func(xid string, name map[string]string) map[string]any {
			return expert(xid, with("name", name), with("city", "beijing"), with("country", "CN"),
				with("email", xid+"@example.org"))
		}
		e.run(t, []step{
			{name: "create 张伟", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: zhang("bj-1", map[string]string{"zh": "张伟"})}, status: http.StatusCreated, save: "zh",
				check: e.hasFields(map[string]any{"duplicates": nil})},
			{name: "create Чжан Вэй: created, with the duplicate reported", request: request{method: "POST", path: "/api/v1/experts",
				auth: admin, body: zhang("bj-2", map[string]string{"ru": "Чжан Вэй"})}, status: http.StatusCreated, save: "ru",
				check: func(t *testing.T, r *response) {
					if !strings.Contains(string(r.body), `"duplicates":[{"id":`) || !strings.Contains(string(r.body), `"external_id":"bj-1"`) {
						t.Errorf("no duplicate in %s", r.body)
					}
					if strings.Contains(string(r.body), "0000-0002-1825-0097\",\"score") {
						t.Error("evidence quotes the ORCID")
					}
				}},
			{name: "anonymous may not list duplicates", request: request{method: "GET", path: "/api/v1/experts/$zh/duplicates"},
				status: http.StatusUnauthorized, code: "unauthorized"},
			{name: "list duplicates", request: request{method: "GET", path: "/api/v1/experts/$zh/duplicates?min_score=0.5", auth: admin},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					items, _ := r.json(t)["items"].([]any)
					if len(items) != 1 || !strings.Contains(string(r.body), `"kind":"same_orcid"`) {
						t.Errorf("%s", r.body)
					}
				}},
			{name: "bad min_score", request: request{method: "GET", path: "/api/v1/experts/$zh/duplicates?min_score=2", auth: admin},
				status: http.StatusBadRequest, code: "out_of_range", field: "min_score"},
			{name: "duplicates of a missing expert", request: request{method: "GET", path: "/api/v1/experts/999999/duplicates", auth: admin},
				status: http.StatusNotFound, code: "not_found"},
			{name: "merge needs a writer", request: request{method: "POST", path: "/api/v1/experts/$zh/merge", body: `{"other_id":$ru}`},
				status: http.StatusUnauthorized},
			{name: "merge without other_id", request: request{method: "POST", path: "/api/v1/experts/$zh/merge", auth: admin, body: `{}`},
				status: http.StatusBadRequest, code: "required", field: "other_id"},
			{name: "merge", request: request{method: "POST", path: "/api/v1/experts/$zh/merge", auth: admin, body: `{"other_id":$ru}`},
				status: http.StatusOK, check: e.hasFields(map[string]any{"id": "$zh", "merged_external_id": "bj-2",
					"name": "map[ru:Чжан Вэй zh:张伟]", "version": 2})},
			{name: "the other is gone", request: request{method: "GET", path: "/api/v1/experts/$ru", auth: admin},
				status: http.StatusNotFound},
			{name: "merge again", request: request{method: "POST", path: "/api/v1/experts/$zh/merge", auth: admin, body: `{"other_id":$ru}`},
				status: http.StatusNotFound},
			{name: "no duplicates left", request: request{method: "GET", path: "/api/v1/experts/$zh/duplicates", auth: admin},
				status: http.StatusOK, check: e.hasFields(map[string]any{"items": "[]"})},
		})
	})
}
