package api

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"

	"talentbridge/internal/model"
)

func spheresOf(t *testing.T, r *response) []model.Sphere {
	t.Helper()
	var body struct {
		Items []model.Sphere `json:"items"`
	}
	if err := json.Unmarshal(r.body, &body); err != nil {
		t.Fatalf("spheres: %v\n%s", err, r.body)
	}
	return body.Items
}

func TestSpheres(t *testing.T) {
	cableCars := map[string]any{"slug": "transport.cable-cars", "parent": "transport",
		"labels": map[string]string{"ru": "Канатные дороги", "zh": "城市缆车", "en": "Urban cable cars"}}
	eachDB(t, func(t *testing.T, e *env) {
		e.run(t, []step{
			{name: "the taxonomy", request: request{method: "GET", path: "/api/v1/spheres"},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					var tops []string
					var subway *model.Sphere
					for _, s := range spheresOf(t, r) {
						if s.Parent == "" {
							tops = append(tops, s.Slug)
						}
						if s.Slug == "transport.subway" {
							subway = &s
						}
					}
					want := []string{"trade-economy", "innovation", "science-technology", "education", "urban-planning",
						"transport", "public-health", "tourism", "culture", "media"}
					if !slices.Equal(tops, want) {
						t.Errorf("top-level spheres %v, want %v", tops, want)
					}
					if subway == nil {
						t.Fatal("transport.subway missing")
					}
					if subway.Parent != "transport" || subway.Labels["ru"] == "" || subway.Labels["zh"] == "" || subway.Labels["en"] == "" {
						t.Errorf("transport.subway = %+v", *subway)
					}
				}},
			{name: "a new sphere cannot be used yet", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("cc", with("spheres", []string{"transport.cable-cars"}))},
				status: http.StatusBadRequest, code: "unknown_sphere", field: "spheres[0]"},
			{name: "anonymous may not add a sphere", request: request{method: "POST", path: "/api/v1/spheres", body: cableCars},
				status: http.StatusUnauthorized, code: "unauthorized"},
			{name: "admin adds a sub-sphere", request: request{method: "POST", path: "/api/v1/spheres", auth: admin, body: cableCars},
				status: http.StatusCreated, check: e.hasFields(map[string]any{"slug": "transport.cable-cars", "parent": "transport", "custom": true})},
			{name: "it is listed under its parent", request: request{method: "GET", path: "/api/v1/spheres"},
				status: http.StatusOK, check: func(t *testing.T, r *response) {
					all := spheresOf(t, r)
					i := slices.IndexFunc(all, func(s model.Sphere) bool { return s.Slug == "transport.cable-cars" })
					if i < 0 {
						t.Fatal("new sphere not listed")
					}
					if all[i].Labels["zh"] != "城市缆车" {
						t.Errorf("labels %v", all[i].Labels)
					}
					for _, s := range all[i+1:] {
						if s.Parent == "" {
							break
						}
						if s.Parent != "transport" {
							t.Errorf("%s listed among transport's sub-spheres", s.Slug)
						}
					}
				}},
			{name: "an expert uses it", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("cc", with("spheres", []string{"transport.cable-cars"}))},
				status: http.StatusCreated, check: e.hasFields(map[string]any{"spheres": "[transport.cable-cars]"})},
			{name: "filtering by it", request: request{method: "GET", path: "/api/v1/experts?sphere=transport.cable-cars"},
				status: http.StatusOK, check: lists(1, "cc")},
			{name: "and by its parent", request: request{method: "GET", path: "/api/v1/experts?sphere=transport"},
				status: http.StatusOK, check: lists(1, "cc")},
			{name: "adding it twice", request: request{method: "POST", path: "/api/v1/spheres", auth: admin, body: cableCars},
				status: http.StatusBadRequest, code: "duplicate", field: "slug"},
			{name: "under an unknown parent", request: request{method: "POST", path: "/api/v1/spheres?ui_lang=ru", auth: admin,
				body: map[string]any{"slug": "astrology.horoscopes", "labels": cableCars["labels"]}},
				status: http.StatusBadRequest, code: "unknown_sphere", field: "slug", message: "«astrology»"},
			{name: "a label missing", request: request{method: "POST", path: "/api/v1/spheres?ui_lang=zh", auth: admin,
				body: map[string]any{"slug": "media.podcasts", "labels": map[string]string{"ru": "Подкасты", "en": "Podcasts"}}},
				status: http.StatusBadRequest, code: "required", field: "labels.zh", message: "领域名称：此项为必填"},
			{name: "an unknown field", request: request{method: "POST", path: "/api/v1/spheres", auth: admin,
				body: map[string]any{"slug": "media.podcasts", "custom": false}},
				status: http.StatusBadRequest, code: "unknown_field", field: "custom"},
		})
	})
}
