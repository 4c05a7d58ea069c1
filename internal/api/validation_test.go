package api

import (
	"net/http"
	"strings"
	"testing"

	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestValidation(t *testing.T) {
	badORCID := expert("v1", with("orcid", "0000-0002-1825-0098"))
	eachDB(t, func(t *testing.T, e *env) {
		e.run(t, []step{
			{name: "bad ORCID checksum", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: badORCID},
				status: http.StatusBadRequest, code: "bad_checksum", field: "orcid", message: "check digit"},
			{name: "bad ORCID checksum, in Russian", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: badORCID,
				header: map[string]string{"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.8"}},
				status: http.StatusBadRequest, code: "bad_checksum", field: "orcid", message: "ORCID: Контрольная цифра не сходится"},
			{name: "bad ORCID checksum, in Chinese", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: badORCID,
				header: map[string]string{"Accept-Language": "zh-CN"}},
				status: http.StatusBadRequest, code: "bad_checksum", field: "orcid", message: "ORCID：校验位不符"},
			{name: "?lang= overrides Accept-Language", request: request{method: "POST", path: "/api/v1/experts?ui_lang=zh", auth: admin,
				body: badORCID, header: map[string]string{"Accept-Language": "ru"}},
				status: http.StatusBadRequest, code: "bad_checksum", field: "orcid", message: "校验位不符"},
			{name: "every problem in details, the first on top", request: request{method: "POST", path: "/api/v1/experts?ui_lang=ru",
				auth: admin, body: expert("v2", with("name", map[string]string{}), with("email", "not-an-address"),
					with("spheres", []string{"transport", "astrology"}))},
				status: http.StatusBadRequest, code: "required", field: "name", message: "ФИО: Обязательное поле",
				check: func(t *testing.T, r *response) {
					details, _ := r.error(t)["details"].([]any)
					var got []string
					for _, d := range details {
						m := d.(map[string]any)
						got = append(got, m["field"].(string)+" "+m["code"].(string))
						if m["message"] == "" {
							t.Errorf("detail without message: %v", m)
						}
					}
					want := "name required|spheres[1] unknown_sphere|email bad_email"
					if strings.Join(got, "|") != want {
						t.Errorf("details %v, want %s", got, want)
					}
				}},
			{name: "unknown sphere", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("v3", with("spheres", []string{"transport.teleportation"}))},
				status: http.StatusBadRequest, code: "unknown_sphere", field: "spheres[0]", message: "transport.teleportation"},
			{name: "unknown organisation", request: request{method: "POST", path: "/api/v1/experts?ui_lang=ru", auth: admin,
				body: expert("v7", with("organization_id", "nowhere"))},
				status: http.StatusBadRequest, code: "unknown_value", field: "organization_id",
				message: "Идентификатор организации: Недопустимое значение"},
			{name: "too long, with Russian plural", request: request{method: "POST", path: "/api/v1/experts?ui_lang=ru", auth: admin,
				body: expert("v4", with("name", map[string]string{"ru": strings.Repeat("я", 201)}))},
				status: http.StatusBadRequest, code: "too_long", field: "name.ru", message: "не более 200 символов"},
			{name: "malformed JSON", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: `{"external_id": "x",`},
				status: http.StatusBadRequest, code: "bad_json"},
			{name: "not an object", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: `[1, 2]`},
				status: http.StatusBadRequest, code: "bad_format"},
			{name: "empty body", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: ``},
				status: http.StatusBadRequest, code: "bad_json"},
			{name: "wrong type names the field", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: `{"external_id": "x", "name": {"en": "X"}, "spheres": "transport"}`},
				status: http.StatusBadRequest, code: "bad_format", field: "spheres"},
			{name: "unknown field", request: request{method: "POST", path: "/api/v1/experts?ui_lang=ru", auth: admin,
				body: `{"external_id": "x", "name": {"en": "X"}, "colour": "blue"}`},
				status: http.StatusBadRequest, code: "unknown_field", field: "colour", message: "colour: Неизвестное поле"},
			{name: "trailing data", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: `{"external_id": "x", "name": {"en": "X"}} {}`},
				status: http.StatusBadRequest, code: "trailing_data"},
			{name: "invalid UTF-8", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: []byte("{\"external_id\": \"x\", \"name\": {\"en\": \"\xff\"}}")},
				status: http.StatusBadRequest, code: "bad_utf8"},
			{name: "not JSON", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: `{}`,
				header: map[string]string{"Content-Type": "text/plain"}},
				status: http.StatusUnsupportedMediaType, code: "unsupported_media_type"},
			{name: "JSON with a charset is fine", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("v5"), header: map[string]string{"Content-Type": "application/json; charset=utf-8"}},
				status: http.StatusCreated},
			{name: "body over the limit", request: request{method: "POST", path: "/api/v1/experts", auth: admin,
				body: expert("v6", with("bio", map[string]string{"en": strings.Repeat("x", DefaultMaxBodyBytes)}))},
				status: http.StatusRequestEntityTooLarge, code: "too_large"},
			{name: "limit out of range", request: request{method: "GET", path: "/api/v1/experts?limit=501&ui_lang=ru"},
				status: http.StatusBadRequest, code: "out_of_range", field: "limit", message: "от 1 до 500"},
			{name: "limit not a number", request: request{method: "GET", path: "/api/v1/experts?limit=ten"},
				status: http.StatusBadRequest, code: "out_of_range", field: "limit"},
			{name: "bad cursor", request: request{method: "GET", path: "/api/v1/experts?after=xyz"},
				status: http.StatusBadRequest, code: "bad_format", field: "after"},
		})
	})
}

func TestBodyLimitIsConfigurable(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newEnv(t, db, Config{AdminToken: adminToken, MaxBodyBytes: 100})
		e.run(t, []step{
			{name: "over a small limit", request: request{method: "POST", path: "/api/v1/experts", auth: admin, body: expert("x")},
				status: http.StatusRequestEntityTooLarge, code: "too_large"},
			{name: "under it", request: request{method: "POST", path: "/api/v1/spheres", auth: admin, body: `{"slug": "a"}`},
				status: http.StatusBadRequest, code: "bad_format", field: "slug"},
		})
	})
}

func TestUnknownRoutes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := newEnv(t, db, Config{AdminToken: adminToken})
		e.run(t, []step{
			{name: "unknown path", request: request{method: "GET", path: "/api/v1/nothing-here?ui_lang=zh"},
				status: http.StatusNotFound, code: "not_found", message: "未找到"},
			{name: "unknown version", request: request{method: "GET", path: "/api/v2/experts"},
				status: http.StatusNotFound, code: "not_found"},
			{name: "method not allowed", request: request{method: "PATCH", path: "/api/v1/experts/1", auth: admin},
				status: http.StatusMethodNotAllowed, code: "method_not_allowed", check: func(t *testing.T, r *response) {
					if got := r.header.Get("Allow"); got != "GET, PUT, DELETE, HEAD" {
						t.Errorf("Allow %q", got)
					}
				}},
			{name: "method not allowed on a collection", request: request{method: "DELETE", path: "/api/v1/spheres"},
				status: http.StatusMethodNotAllowed, code: "method_not_allowed"},
		})
	})
}
