package api

import (
	"testing"
)

func TestRequestsScenario(t *testing.T) {
	eachDB(t, func(t *testing.T, e *env) {
		e.run(t, []step{
			{name: "an expert to shortlist", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: `{"external_id":"msk-1","name":{"ru":"Иванова Мария Сергеевна"},"spheres":["transport.subway"]}`},
				status: 201},
			{name: "anonymous callers may not read requests", request: request{method: "GET", path: "/api/v1/requests"},
				status: 401, code: "unauthorized"},
			{name: "create", request: request{method: "POST", path: "/api/v1/requests", auth: admin,
				body: `{"id":"req-17","title":"Вентиляция глубоких станций метро","spheres":["transport.subway"],"city":"beijing","hard":["languages"],"languages":["ru"]}`},
				status: 201, check: func(t *testing.T, r *response) {
					if m := r.json(t); m["status"] != "open" || m["version"].(float64) != 1 {
						t.Errorf("created %v", m)
					}
					if loc := r.header.Get("Location"); loc != "/api/v1/requests/req-17" {
						t.Errorf("Location %q", loc)
					}
				}},
			{name: "same id again", request: request{method: "POST", path: "/api/v1/requests", auth: admin,
				body: `{"id":"req-17","title":"x"}`}, status: 409},
			{name: "invalid", request: request{method: "POST", path: "/api/v1/requests?ui_lang=ru", auth: admin,
				body: `{"title":"x","formats":["teleport"]}`}, status: 400, code: "unknown_value", field: "formats[0]"},
			{name: "read", request: request{method: "GET", path: "/api/v1/requests/req-17", auth: admin}, status: 200},
			{name: "unknown", request: request{method: "GET", path: "/api/v1/requests/req-404", auth: admin}, status: 404},
			{name: "stale update", request: request{method: "PUT", path: "/api/v1/requests/req-17", auth: admin,
				header: map[string]string{"If-Match": `"7"`}, body: `{"title":"Вентиляция"}`}, status: 409},
			{name: "update", request: request{method: "PUT", path: "/api/v1/requests/req-17", auth: admin,
				header: map[string]string{"If-Match": `"1"`}, body: `{"title":"Вентиляция станций глубокого заложения","city":"beijing"}`},
				status: 200},
			{name: "decision on an unknown expert", request: request{method: "POST", path: "/api/v1/requests/req-17/shortlist", auth: admin,
				body: `{"expert_id":"nobody","decision":"proposed"}`}, status: 404},
			{name: "decision", request: request{method: "POST", path: "/api/v1/requests/req-17/shortlist", auth: admin,
				body: `{"expert_id":"msk-1","decision":"accepted","note":"говорит по-китайски"}`}, status: 200,
				check: func(t *testing.T, r *response) {
					m := r.json(t)
					list, _ := m["shortlist"].([]any)
					if m["status"] != "shortlisted" || len(list) != 1 {
						t.Errorf("after a decision: %v", m)
					}
				}},
			{name: "list by status", request: request{method: "GET", path: "/api/v1/requests?status=shortlisted", auth: admin},
				status: 200, check: func(t *testing.T, r *response) {
					if items, _ := r.json(t)["items"].([]any); len(items) != 1 {
						t.Errorf("items %v", items)
					}
				}},
			{name: "bad status filter", request: request{method: "GET", path: "/api/v1/requests?status=lost", auth: admin}, status: 400},
			{name: "delete", request: request{method: "DELETE", path: "/api/v1/requests/req-17", auth: admin}, status: 204},
			{name: "gone", request: request{method: "GET", path: "/api/v1/requests/req-17", auth: admin}, status: 404},
		})
	})
}
