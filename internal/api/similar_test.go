package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

// TestSimilarAndRequestsOfAnExpert covers GET /api/v1/experts/{id}/similar
// and /requests: who may ask, what a hidden profile answers, the limits,
// and that a request's score for an expert is the score of its matches.
func TestSimilarAndRequestsOfAnExpert(t *testing.T) {
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
		a := app.New(db, nil)
		if err := a.ConfigureAccounts(fastAccounts); err != nil {
			t.Fatal(err)
		}
		experts := []model.Expert{
			{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария"}, City: "moscow", Languages: []string{"ru"},
				Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"тоннельная вентиляция", "глубокие станции метро"}}},
			{ExternalID: "bj-1", Name: model.Text{"zh": "王芳"}, City: "beijing",
				Spheres: []string{"transport.subway"}, Keywords: model.Terms{"en": {"tunnel ventilation", "subway stations"}},
				Bio: model.Text{"en": "Ventilation of deep stations."}, FieldVisibility: map[string]string{model.FieldBio: model.LevelRegistered}},
			{ExternalID: "msk-2", Name: model.Text{"ru": "Петров Олег"}, City: "moscow", Visibility: "coordinators",
				Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"вентиляция метрополитена"}}},
		}
		ids := map[string]string{}
		for i := range experts {
			if err := a.CreateExpert(ctx, &experts[i]); err != nil {
				t.Fatal(err)
			}
			ids[experts[i].ExternalID] = strconv.FormatInt(experts[i].ID, 10)
		}
		for _, r := range []model.Request{
			{ExternalID: "req-1", Title: "Вентиляция глубоких станций метро", City: "beijing", Spheres: []string{"transport.subway"}},
			{ExternalID: "req-2", Title: "Tunnel ventilation", Languages: []string{"zh"}},
			{ExternalID: "req-3", Title: "地铁通风", Status: model.RequestClosed},
		} {
			if err := a.CreateRequest(ctx, &r); err != nil {
				t.Fatal(err)
			}
		}
		u, _, err := a.CreateUser(ctx, policy.Admin(), app.NewUser{Login: "reader@example.org", Password: "a long password",
			Role: policy.RoleExpert, ExpertID: experts[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		reader, _, err := a.CreateAPIToken(ctx, policy.Admin(), u.ID, "test", []string{policy.ScopeRead})
		if err != nil {
			t.Fatal(err)
		}
		tr, err := i18n.New()
		if err != nil {
			t.Fatal(err)
		}
		h := New(a, tr, Config{AdminToken: adminToken}, nil)
		get := func(path, token string) (int, []byte) {
			r := httptest.NewRequest(http.MethodGet, path, nil)
			if token != "" {
				r.Header.Set("Authorization", "Bearer "+token)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			return w.Code, w.Body.Bytes()
		}
		similar := "/api/v1/experts/" + ids["msk-1"] + "/similar"
		requests := "/api/v1/experts/" + ids["msk-1"] + "/requests"
		if code, _ := get(similar, ""); code != http.StatusServiceUnavailable {
			t.Errorf("before the matching index exists: %d, want 503", code)
		}
		if err := a.BuildMatcher(ctx, an); err != nil {
			t.Fatal(err)
		}

		for _, tc := range []struct {
			name, path, token string
			status            int
		}{
			{"similar, anonymous", similar, "", http.StatusOK},
			{"similar of a hidden profile", "/api/v1/experts/" + ids["msk-2"] + "/similar", "", http.StatusNotFound},
			{"similar of a hidden profile, signed in", "/api/v1/experts/" + ids["msk-2"] + "/similar", reader, http.StatusNotFound},
			{"similar of a hidden profile, admin", "/api/v1/experts/" + ids["msk-2"] + "/similar", adminToken, http.StatusOK},
			{"similar of no one", "/api/v1/experts/999999/similar", adminToken, http.StatusNotFound},
			{"similar, bad id", "/api/v1/experts/msk-1/similar", adminToken, http.StatusNotFound},
			{"similar, limit 0", similar + "?limit=0", "", http.StatusBadRequest},
			{"similar, limit too high", similar + "?limit=101", "", http.StatusBadRequest},
			{"requests, anonymous", requests, "", http.StatusUnauthorized},
			{"requests, signed in", requests, reader, http.StatusOK},
			{"requests of a hidden profile", "/api/v1/experts/" + ids["msk-2"] + "/requests", reader, http.StatusNotFound},
			{"requests of a hidden profile, admin", "/api/v1/experts/" + ids["msk-2"] + "/requests", adminToken, http.StatusOK},
			{"requests, limit not a number", requests + "?limit=x", reader, http.StatusBadRequest},
		} {
			if code, body := get(tc.path, tc.token); code != tc.status {
				t.Errorf("%s: %d, want %d: %s", tc.name, code, tc.status, body)
			}
		}

		var sim similarBody
		code, body := get(similar+"?limit=5", "")
		if code != http.StatusOK || json.Unmarshal(body, &sim) != nil || len(sim.Hits) != 1 || sim.Hits[0].ExternalID != "bj-1" {
			t.Fatalf("similar: %d %s", code, body)
		}
		if hit := sim.Hits[0]; hit.Score <= 0 || hit.Score > 1 || len(hit.Explanation.Fields) == 0 || hit.Expert.Bio != nil {
			t.Errorf("similar hit: %+v", hit)
		}
		for _, f := range sim.Hits[0].Explanation.Fields {
			if f.Field == "bio" {
				t.Errorf("an anonymous caller is told what a hidden bio holds: %+v", f)
			}
		}

		var rev expertRequestsBody
		code, body = get(requests, reader)
		if code != http.StatusOK || json.Unmarshal(body, &rev) != nil || len(rev.Hits) != 2 {
			t.Fatalf("requests: %d %s", code, body)
		}
		for _, hit := range rev.Hits {
			if hit.Request.ExternalID != hit.RequestID || hit.Request.Status != model.RequestOpen {
				t.Errorf("request hit %+v", hit)
			}
			var fwd matchesBody
			_, body := get("/api/v1/requests/"+hit.RequestID+"/matches?limit=500", reader)
			if err := json.Unmarshal(body, &fwd); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, m := range fwd.Hits {
				if m.ExternalID == "msk-1" {
					found = true
					if m.Score != hit.Score {
						t.Errorf("%s: matches give msk-1 %v, its requests %v", hit.RequestID, m.Score, hit.Score)
					}
				}
			}
			if !found {
				t.Errorf("%s: msk-1 is not among its matches", hit.RequestID)
			}
		}
	})
}
