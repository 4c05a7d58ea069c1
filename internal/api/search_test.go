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
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// searchFixture is an API over a database of three experts and a search
// index kept by the app.
func searchFixture(t *testing.T, db *store.DB) http.Handler {
	t.Helper()
	ctx := context.Background()
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.NewMemory(an)
	if err != nil {
		t.Fatal(err)
	}
	a := app.New(db, nil)
	a.UseIndex(idx, translit.Aliases)
	t.Cleanup(func() { _ = a.CloseIndex() })
	experts := []model.Expert{
		{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova"}, City: "moscow",
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"тоннельная вентиляция"}},
			Email: "private-box-7@example.org", Phone: "+7 495 000-00-00", Languages: []string{"ru", "en"}},
		{ExternalID: "bj-1", Name: model.Text{"zh": "张伟", "en": "Zhang Wei"}, City: "beijing",
			Spheres: []string{"public-health.epidemic-control"}, Keywords: model.Terms{"zh": {"传染病预测模型"}},
			Languages: []string{"zh"}},
		{ExternalID: "msk-2", Name: model.Text{"ru": "Петров Олег Ильич"}, City: "moscow", Visibility: "coordinators",
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"метрополитен"}}},
	}
	for i := range experts {
		if err := a.CreateExpert(ctx, &experts[i]); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	return New(a, tr, Config{AdminToken: adminToken}, nil)
}

func get(t *testing.T, h http.Handler, path, token string) (int, searchBody) {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	var b searchBody
	if w.Code == http.StatusOK {
		if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return w.Code, b
}

func ids(b searchBody) string {
	var out []string
	for _, h := range b.Items {
		out = append(out, h.ExternalID)
	}
	return strings.Join(out, ",")
}

func TestSearchThroughTheAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		h := searchFixture(t, db)
		tests := []struct {
			name, path, token string
			status            int
			want              string
		}{
			{"russian inflection", "/api/v1/experts?q=вентиляцией", anon, 200, "msk-1"},
			{"sphere label in chinese", "/api/v1/experts?q=地铁", anon, 200, "msk-1"},
			{"chinese words", "/api/v1/experts?q=预测模型", anon, 200, "bj-1"},
			{"hidden profile stays hidden", "/api/v1/experts?q=метрополитен", anon, 200, "msk-1"},
			{"admin sees it", "/api/v1/experts?q=метрополитен&sort=name", adminToken, 200, "msk-1,msk-2"},
			{"e-mail is not searchable", "/api/v1/experts?q=private-box-7@example.org", anon, 200, ""},
			{"phone is not searchable", "/api/v1/experts?q=495", anon, 200, ""},
			{"filter by spoken language", "/api/v1/experts?q=&lang=zh", anon, 200, "bj-1"},
			{"filter by city", "/api/v1/experts?city=beijing&page=1", anon, 200, "bj-1"},
			{"unknown format", "/api/v1/experts?q=x&format=teleport", anon, 400, ""},
			{"bad page", "/api/v1/experts?q=x&page=0", anon, 400, ""},
			{"bad sort", "/api/v1/experts?q=x&sort=age", anon, 400, ""},
		}
		for _, tt := range tests {
			status, body := get(t, h, tt.path, tt.token)
			if status != tt.status {
				t.Errorf("%s: status %d, want %d", tt.name, status, tt.status)
				continue
			}
			if status == 200 && ids(body) != tt.want {
				t.Errorf("%s: hits %q, want %q", tt.name, ids(body), tt.want)
			}
			for _, item := range body.Items {
				if tt.token == anon && (item.Email != "" || item.Phone != "") {
					t.Errorf("%s: contact data shown to an anonymous caller", tt.name)
				}
			}
		}
		_, body := get(t, h, "/api/v1/experts?q=&facets=1", anon)
		if body.Total != 2 || len(body.Facets["city"]) != 2 {
			t.Errorf("facets for an anonymous caller: total %d, %v", body.Total, body.Facets)
		}
		for _, fc := range body.Facets["sphere"] {
			if fc.Value == "transport.subway" && fc.Count != 1 {
				t.Errorf("the hidden profile is counted in a facet: %+v", fc)
			}
		}
	})
}

func TestSearchWithoutAnIndexIsUnavailable(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newEnv(t, db, Config{})
		status, _ := get(t, e.h, "/api/v1/experts?q=metro", anon)
		if status != http.StatusServiceUnavailable {
			t.Fatalf("status %d, want 503", status)
		}
	})
}
