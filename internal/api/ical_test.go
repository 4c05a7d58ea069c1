package api

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// icalEnv is an API over a database holding two organisations and two
// events, one of them in Beijing and cancelled.
func icalEnv(t *testing.T, db *store.DB) *env {
	t.Helper()
	ctx := context.Background()
	a := app.New(db, nil)
	orgs := []model.Organization{
		{ExternalID: "org-msk", Name: model.Text{"ru": "Московский метрополитен", "en": "Moscow Metro"}, City: model.CityMoscow},
		{ExternalID: "org-bj", Name: model.Text{"zh": "北京地铁", "en": "Beijing Subway"}, City: model.CityBeijing},
	}
	if err := a.LoadOrganizations(ctx, orgs); err != nil {
		t.Fatal(err)
	}
	events := []*model.Event{
		{ProgrammeBase: model.ProgrammeBase{ExternalID: "ev-1",
			Title:  model.Text{"ru": "Семинар «Вентиляция метро»", "en": "Seminar: subway ventilation", "zh": "地铁通风研讨会"},
			Status: "held"},
			EventKind: "seminar", Format: "offline", City: model.CityMoscow, Venue: model.Text{"ru": "Экспоцентр, зал 1", "en": "Expocentre, hall 1"},
			Start: "2023-04-10T10:00:00+03:00", End: "2023-04-10T12:00:00+03:00", TimeZone: "Europe/Moscow", Organizers: []string{"org-msk"}},
		{ProgrammeBase: model.ProgrammeBase{ExternalID: "ev-2",
			Title:  model.Text{"zh": "北京国际城市轨道交通展览会", "en": "Beijing International Urban Rail Transit Exhibition"},
			Status: "cancelled"},
			EventKind: "exhibition", Format: "online", City: model.CityBeijing, Link: "https://example.org/live",
			Start: "2022-06-01T09:00:00+08:00", End: "2022-06-03T18:00:00+08:00", TimeZone: "Asia/Shanghai", Organizers: []string{"org-bj"}},
	}
	for _, e := range events {
		if _, err := a.SaveProgramme(ctx, policy.Admin(), e); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	return &env{h: New(a, tr, Config{AdminToken: adminToken}, nil), vars: map[string]string{}}
}

func TestICal(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		e := icalEnv(t, db)
		isCalendar := func(want []string, not ...string) func(t *testing.T, r *response) {
			return func(t *testing.T, r *response) {
				t.Helper()
				body := strings.ReplaceAll(string(r.body), "\r\n ", "")
				if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/calendar") {
					t.Errorf("Content-Type %q", ct)
				}
				if !strings.HasPrefix(body, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(body, "END:VCALENDAR\r\n") {
					t.Errorf("not a calendar:\n%s", body)
				}
				for _, w := range want {
					if !strings.Contains(body, w) {
						t.Errorf("no %q in\n%s", w, body)
					}
				}
				for _, w := range not {
					if strings.Contains(body, w) {
						t.Errorf("%q in\n%s", w, body)
					}
				}
			}
		}
		e.run(t, []step{
			{name: "one event in Russian", request: request{method: http.MethodGet, path: "/api/v1/events/ev-1/ical?ui_lang=ru"},
				status: http.StatusOK, check: isCalendar([]string{
					"UID:ev-1@talentbridge", "DTSTART:20230410T070000Z", "DTEND:20230410T090000Z",
					"SUMMARY:Семинар «Вентиляция метро»", `LOCATION:Экспоцентр\, зал 1`, "STATUS:CONFIRMED",
					"URL:http://example.com/programme/events/ev-1",
				})},
			{name: "one event in Chinese", request: request{method: http.MethodGet, path: "/api/v1/events/ev-2/ical", header: map[string]string{"Accept-Language": "zh-CN"}},
				status: http.StatusOK, check: isCalendar([]string{"SUMMARY:北京国际城市轨道交通展览会", "STATUS:CANCELLED", "DTSTART:20220601T010000Z"})},
			{name: "unknown event", request: request{method: http.MethodGet, path: "/api/v1/events/ev-9/ical"}, status: http.StatusNotFound},
			{name: "all events", request: request{method: http.MethodGet, path: "/api/v1/events.ics?ui_lang=en"},
				status: http.StatusOK, check: isCalendar([]string{"UID:ev-1@talentbridge", "UID:ev-2@talentbridge"})},
			{name: "events of Beijing", request: request{method: http.MethodGet, path: "/api/v1/events.ics?city=beijing"},
				status: http.StatusOK, check: isCalendar([]string{"UID:ev-2@talentbridge"}, "UID:ev-1@talentbridge")},
			{name: "events held in 2023", request: request{method: http.MethodGet, path: "/api/v1/events.ics?status=held&from=2023-01-01"},
				status: http.StatusOK, check: isCalendar([]string{"UID:ev-1@talentbridge"}, "UID:ev-2@talentbridge")},
			{name: "bad city", request: request{method: http.MethodGet, path: "/api/v1/events.ics?city=paris"},
				status: http.StatusBadRequest, code: "unknown_city", field: "city"},
		})
	})
}
