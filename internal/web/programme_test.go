package web

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/policy"
)

// loadDemoProgramme adds the demo programme linked to the first n demo
// experts, which loadDemo must have loaded.
func loadDemoProgramme(t testing.TB, a *app.App, n int) {
	t.Helper()
	if _, err := a.SaveProgrammeBatch(context.Background(), policy.Admin(), demo.New(1).Programme(n)); err != nil {
		t.Fatal(err)
	}
}

// programmeServer serves the fixture plus the demo experts and programme.
func programmeServer(t *testing.T) (*fixture, *client) {
	t.Helper()
	f := newFixture(t, sqliteDB(t))
	loadDemo(t, f.app, 200)
	loadDemoProgramme(t, f.app, 200)
	return f, newClient(t, newTestServer(t, f.app))
}

// TestProgrammePages loads the demo programme once, which takes a while,
// and goes through the programme's and the reports' pages over it.
func TestProgrammePages(t *testing.T) {
	_, c := programmeServer(t)
	t.Run("pages", func(t *testing.T) { programmePages(t, c) })
	t.Run("clocks", func(t *testing.T) { programmeClocks(t, c) })
	t.Run("reports", func(t *testing.T) { reportPages(t, c) })
}

func programmePages(t *testing.T, c *client) {
	tests := []struct {
		name, lang, path string
		status           int
		want             []string
		not              []string
	}{
		{"home", "en", "/programme", 200, []string{`href="/programme/events"`, "Events", "1,200", "Best practices"}, nil},
		{"events", "ru", "/programme/events", 200, []string{"Мероприятия", "1\u00a0200 записей", `href="/programme/events/ev-0001"`,
			`href="/api/v1/events.ics?ui_lang=ru"`, `rel="next"`}, nil},
		{"events of Beijing held", "en", "/programme/events?city=beijing&status=held&q=" + "Beijing", 200,
			[]string{`<option value="beijing" selected>`, "Beijing"}, []string{`class="city">Moscow`}},
		{"bad period", "en", "/programme/events?from=2023-13-01", 422, []string{`aria-invalid="true"`, "Not a valid date"}, nil},
		{"unknown kind", "en", "/programme/parties", 404, nil, nil},
		{"unknown record", "en", "/programme/events/ev-9999", 404, nil, nil},
		{"event", "zh", "/programme/events/ev-0001", 200, []string{"莫斯科时间", "北京时间", "clock-moscow", "clock-beijing",
			`/api/v1/events/ev-0001/ical?ui_lang=zh`}, nil},
		{"exchange", "en", "/programme/exchanges/ex-0001", 200, []string{`class="status-path`, "Proposed", "Completed", "sending", "receiving"}, nil},
		// The demo's statuses are those of its reference date, so by the
		// real clock some agreements in force are past their end: they are
		// listed apart, not as expiring.
		{"agreements expiring", "en", "/programme/agreements?days=30", 200, []string{"Agreements whose term ends within 30 days",
			`id="overdue-h"`, "still marked in force after", "record the renewal, or mark them expired", `class="due">ended `}, nil},
		{"agreements overdue", "ru", "/programme/agreements?days=0", 200, []string{"Срок их действия истёк", `class="due">истёк `}, nil},
		{"agreement", "ru", "/programme/agreements/ag-001", 200, []string{"Подписано", "Срок действия до", "Документы"}, nil},
		{"project", "en", "/programme/projects/pr-001", 200, []string{"Joint laboratory", "lead"}, nil},
		{"practice", "en", "/programme/practices/bp-001", 200, []string{"Results", "author"}, nil},
		{"summary", "ru", "/programme/summary?from=2022-01-01&until=2022-12-31", 200,
			[]string{"Сводка по программе", "Проведено мероприятий", "Главные проведённые мероприятия", `class="figures"`}, nil},
		{"summary, bad period", "en", "/programme/summary?from=2023-01-01&until=2022-01-01", 422, []string{"aria-invalid"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.lang = tt.lang
			r := c.get(tt.path)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d", r.status, tt.status)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("no %q in the page", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(r.body, w) {
					t.Errorf("%q in the page", w)
				}
			}
			if i := strings.Index(r.body, `id="overdue-h"`); i >= 0 && strings.Contains(r.body[:i], `class="due">ended `) {
				t.Error("an agreement past its end listed as expiring")
			}
		})
	}
}

// The event page shows one moment on both clocks: five hours apart.
func programmeClocks(t *testing.T, c *client) {
	c.lang = "en"
	r := c.get("/programme/events/ev-0100")
	re := regexp.MustCompile(`class="clock clock-(moscow|beijing)"><time>[^<]*, (\d\d):(\d\d)</time>`)
	m := re.FindAllStringSubmatch(r.body, -1)
	if len(m) != 2 {
		t.Fatalf("clocks %q", m)
	}
	hours := map[string]int{}
	for _, x := range m {
		hours[x[1]] = atoi(x[2])
	}
	if d := (hours["beijing"] - hours["moscow"] + 24) % 24; d != 5 {
		t.Errorf("Beijing is %d hours ahead of Moscow, want 5: %v", d, hours)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func reportPages(t *testing.T, c *client) {
	c.lang = "en"
	r := c.get("/reports?from=2020-01-01&until=2023-12-31")
	if r.status != http.StatusOK {
		t.Fatalf("reports: %d", r.status)
	}
	for _, w := range []string{`src="/reports/chart/overview?from=2020-01-01`, `src="/reports/chart/events-by-sphere?`,
		`href="/reports.xlsx?from=2020-01-01&amp;until=2023-12-31"`, "Events held", "swatch-c0", "<td class=\"num\">"} {
		if !strings.Contains(r.body, w) {
			t.Errorf("no %q in the reports page", w)
		}
	}
	for _, id := range chartedTables {
		r := c.get("/reports/chart/" + id + "?from=2020-01-01&until=2023-12-31&lang=en")
		if r.status != http.StatusOK || r.header.Get("Content-Type") != "image/svg+xml" || !strings.HasPrefix(r.body, "<svg") ||
			!strings.Contains(r.body, "<path") {
			t.Errorf("chart %s: %d %s %.80q", id, r.status, r.header.Get("Content-Type"), r.body)
		}
	}
	if r := c.get("/reports/chart/nonsense"); r.status != http.StatusNotFound {
		t.Errorf("unknown chart: %d", r.status)
	}
	x := c.get("/reports.xlsx?from=2021-01-01&until=2022-12-31")
	if x.status != http.StatusOK || !strings.HasPrefix(x.body, "PK") ||
		!strings.Contains(x.header.Get("Content-Disposition"), "programme-report-2021-01-01-2022-12-31.xlsx") {
		t.Errorf("workbook: %d %v", x.status, x.header)
	}
	if r := c.get("/reports?from=yesterday"); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "aria-invalid") {
		t.Errorf("bad period: %d", r.status)
	}
}
