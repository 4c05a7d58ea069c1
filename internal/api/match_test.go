package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

func TestMatchAdHoc(t *testing.T) {
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := app.New(db, nil)
		e := model.Expert{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария"}, City: "moscow",
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"тоннельная вентиляция", "глубокие станции метро"}}}
		if err := a.CreateExpert(ctx, &e); err != nil {
			t.Fatal(err)
		}
		tr, err := i18n.New()
		if err != nil {
			t.Fatal(err)
		}
		h := New(a, tr, Config{AdminToken: adminToken}, nil)
		post := func(body, token string) (int, string) {
			r := httptest.NewRequest(http.MethodPost, "/api/v1/match", strings.NewReader(body))
			r.Header.Set("Content-Type", "application/json")
			if token != "" {
				r.Header.Set("Authorization", "Bearer "+token)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			return w.Code, w.Body.String()
		}
		req := `{"request":{"description":"вентиляция глубоких станций метро","city":"beijing"},"limit":5}`
		if code, _ := post(req, ""); code != http.StatusUnauthorized {
			t.Errorf("anonymous: %d", code)
		}
		if code, _ := post(req, adminToken); code != http.StatusServiceUnavailable {
			t.Errorf("before the matching index exists: %d, want 503", code)
		}
		if err := a.BuildMatcher(ctx, an); err != nil {
			t.Fatal(err)
		}
		code, body := post(req, adminToken)
		var res matchesBody
		if code != http.StatusOK || json.Unmarshal([]byte(body), &res) != nil || len(res.Hits) != 1 || res.Hits[0].ExternalID != "msk-1" {
			t.Fatalf("match: %d %s", code, body)
		}
		if len(res.Hits[0].Explanation.Constraints) == 0 || res.Hits[0].Score <= 0 || res.Hits[0].Score > 1 {
			t.Errorf("explanation or score: %+v", res.Hits[0])
		}
		for _, bad := range []string{`{}`, `{"request":{"formats":["teleport"],"title":"x"}}`, `{"limit":-1,"request_id":"r"}`} {
			if code, _ := post(bad, adminToken); code != http.StatusBadRequest {
				t.Errorf("%s: %d, want 400", bad, code)
			}
		}
		if code, _ := post(`{"request_id":"req-404"}`, adminToken); code != http.StatusNotFound {
			t.Errorf("unknown stored request: %d", code)
		}
	})
}
