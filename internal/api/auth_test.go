package api

import (
	"net/http"
	"testing"

	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestWritesNeedTheAdminToken(t *testing.T) {
	writes := []request{
		{method: "POST", path: "/api/v1/experts", body: expert("w")},
		{method: "PUT", path: "/api/v1/experts/$anna", body: expert("anna", with("city", "other"))},
		{method: "DELETE", path: "/api/v1/experts/$anna"},
		{method: "POST", path: "/api/v1/organizations", body: org("o")},
		{method: "PUT", path: "/api/v1/organizations/1", body: org("o")},
		{method: "DELETE", path: "/api/v1/organizations/1"},
		{method: "POST", path: "/api/v1/spheres", body: map[string]any{"slug": "transport.cable-cars",
			"labels": map[string]string{"ru": "Канатные дороги", "zh": "缆车", "en": "Cable cars"}}},
	}
	header := func(k, v string) map[string]string { return map[string]string{k: v} }
	callers := []struct {
		name   string
		auth   string
		header map[string]string
	}{
		{name: "anonymous"},
		{name: "wrong token", auth: wrong},
		{name: "not a bearer token", header: header("Authorization", "Basic YWRtaW46YWRtaW4=")},
		{name: "empty bearer", header: header("Authorization", "Bearer ")},
		{name: "token with a suffix", header: header("Authorization", "Bearer "+adminToken+"x")},
	}
	eachDB(t, func(t *testing.T, e *env) {
		e.run(t, []step{{name: "seed", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("anna")},
			status: http.StatusCreated, save: "anna"}})
		var steps []step
		for _, c := range callers {
			for _, w := range writes {
				w.auth, w.header = c.auth, c.header
				steps = append(steps, step{name: c.name + " " + w.method + " " + w.path, request: w,
					status: http.StatusUnauthorized, code: "unauthorized", check: func(t *testing.T, r *response) {
						if r.header.Get("WWW-Authenticate") == "" {
							t.Error("401 without WWW-Authenticate")
						}
					}})
			}
		}
		steps = append(steps,
			step{name: "nothing was written", request: request{method: "GET", path: "/api/v1/experts/$anna", auth: admin},
				status: http.StatusOK, check: e.hasFields(map[string]any{"version": 1, "city": "moscow"})},
			step{name: "a read with a wrong token is refused too", request: request{method: "GET", path: "/api/v1/experts", auth: wrong},
				status: http.StatusUnauthorized, code: "unauthorized"},
			step{name: "scheme is case-insensitive", request: request{method: "DELETE", path: "/api/v1/experts/$anna",
				header: header("Authorization", "bearer "+adminToken)}, status: http.StatusNoContent},
			step{name: "unauthorized, in Russian", request: request{method: "POST", path: "/api/v1/experts",
				body: expert("w"), header: header("Accept-Language", "ru")},
				status: http.StatusUnauthorized, code: "unauthorized", message: "Нужна авторизация"},
		)
		e.run(t, steps)
	})
}

func TestNoAdminTokenConfigured(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newEnv(t, db, Config{})
		e.run(t, []step{
			{name: "anonymous write", request: request{method: "POST", path: "/api/v1/experts", body: expert("x")},
				status: http.StatusUnauthorized, code: "unauthorized"},
			{name: "any token", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("x")},
				status: http.StatusUnauthorized, code: "unauthorized"},
			{name: "empty token", request: request{method: "POST", path: "/api/v1/experts", body: expert("x"),
				header: map[string]string{"Authorization": "Bearer "}},
				status: http.StatusUnauthorized, code: "unauthorized"},
			{name: "reads stay open", request: request{method: "GET", path: "/api/v1/experts"},
				status: http.StatusOK, check: lists(0)},
		})
	})
}
