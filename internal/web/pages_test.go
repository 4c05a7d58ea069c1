package web

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// inlineRE finds what a strict Content-Security-Policy would block: inline
// scripts, event handler attributes and style attributes or elements.
var inlineRE = regexp.MustCompile(`(?i)<script(?:\s[^>]*)?>[^<]|<script>|\son[a-z]+\s*=|\sstyle\s*=|<style`)

func TestPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		srv := newTestServer(t, f.app)
		anon := newClient(t, srv)
		admin := newClient(t, srv)
		admin.signIn()
		ivanov, petrova := expertURL(f.ivanov.ID), expertURL(f.petrova.ID)

		tests := []struct {
			name     string
			c        *client
			lang     string
			path     string
			status   int
			want     []string
			dontWant []string
		}{
			{"home en", anon, "en", "/", 200,
				[]string{`<html lang="en">`, "Transport", "3 experts", "Recently added", "Petr Ivanov"},
				[]string{"Петрова"}},
			{"home ru plural", anon, "ru", "/", 200,
				[]string{`<html lang="ru">`, "Транспорт", "2 эксперта", "3 эксперта"}, nil},
			{"home zh", anon, "zh-CN,zh;q=0.9", "/", 200, []string{`<html lang="zh">`, "交通运输", "位专家"}, nil},
			{"home admin counts hidden", admin, "en", "/", 200, []string{"4 experts"}, nil},
			{"search ru", anon, "ru", "/experts?q=тоннели", 200,
				[]string{"Иванов Пётр Сергеевич", "<mark>", "Найден 1 эксперт"}, []string{"Петрова"}},
			{"search zh", anon, "zh", "/experts?q=地铁", 200, []string{"王伟", "伊万诺夫"}, nil},
			{"search en", anon, "en", "/experts?q=subway", 200, []string{"Petr Ivanov", "Wang Wei", "2 experts found"}, nil},
			{"native name beside", anon, "en", "/experts?q=subway", 200,
				[]string{`<span class="native" lang="ru">Иванов Пётр Сергеевич</span>`, `<span class="native" lang="zh">王伟</span>`}, nil},
			{"filter by sphere", anon, "en", "/experts?sphere=culture", 200, []string{"John Smith", "1 expert found"}, []string{"Petr Ivanov"}},
			{"facets", anon, "en", "/experts?q=subway", 200,
				[]string{`name="city" value="moscow"`, `name="sphere" value="transport"`, "Beijing Jiaotong University"}, nil},
			{"sort by name", anon, "en", "/experts?sort=name", 200, []string{`value="name" selected`}, nil},
			{"profile", anon, "en", ivanov, 200,
				[]string{"Petr Ivanov", "Иванов Пётр Сергеевич", "伊万诺夫", "Moscow Metro", "/organizations/", "Subway construction",
					"Lectures", "1 March 2026", "Similar experts", `href="/experts/` + itoa(f.ivanov.ID) + `/similar"`},
				[]string{"ivanov@mosmetro.example", "+7 495", "Edit profile"}},
			{"profile ru first", anon, "ru", ivanov, 200, []string{"1 марта 2026 г.", "Лекции"}, nil},
			{"profile zh date", anon, "zh", ivanov, 200, []string{"2026年3月1日"}, nil},
			{"profile admin sees contacts", admin, "en", ivanov, 200, []string{"ivanov@mosmetro.example", "Edit profile"}, nil},
			{"hidden profile", anon, "en", petrova, 404, []string{"Not found"}, []string{"Петрова"}},
			{"hidden profile admin", admin, "en", petrova, 200, []string{"Петрова Анна"}, nil},
			{"bad id", anon, "en", "/experts/x", 404, nil, nil},
			{"organisations", anon, "en", "/organizations", 200, []string{"Moscow Metro", "2 organisations", "Transport operator"}, nil},
			{"organisation", anon, "ru", orgURL(f.metro.ID), 200, []string{"Московский метрополитен", "Иванов", "1 эксперт"}, []string{"Петрова"}},
			{"dashboard", anon, "en", "/dashboard", 200, []string{"/dashboard/chart.svg", "<table>", "Beijing", "Total"},
				[]string{"/requests?status=open"}},
			{"dashboard requests by status", admin, "en", "/dashboard", 200, []string{`href="/requests?status=open"`, "Shortlisted"}, nil},
			{"home events, and requests for the signed-in", admin, "en", "/", 200, []string{"Latest events", "Open talent requests"}, nil},
			{"home: no requests for anonymous readers", anon, "en", "/", 200, []string{"Latest events"}, []string{"Open talent requests"}},
			{"edit needs sign-in", anon, "en", "/experts/new", 303, nil, nil},
			{"new expert form", admin, "ru", "/experts/new", 200, []string{`name="name.ru"`, "Вся сфера", `name="csrf"`}, nil},
			{"sign-in page", anon, "zh", "/signin", 200, []string{"用户名", "密码", `autocomplete="current-password"`}, nil},
			{"unknown page", anon, "en", "/nowhere", 404, []string{"Not found"}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				tt.c.lang = tt.lang
				r := tt.c.get(tt.path)
				if r.status != tt.status {
					t.Fatalf("status %d, want %d\n%s", r.status, tt.status, r.body)
				}
				for _, s := range tt.want {
					if !strings.Contains(r.body, s) {
						t.Errorf("page lacks %q", s)
					}
				}
				for _, s := range tt.dontWant {
					if strings.Contains(r.body, s) {
						t.Errorf("page shows %q", s)
					}
				}
				if m := inlineRE.FindString(r.body); m != "" {
					t.Errorf("page has inline code a strict CSP blocks: %q", m)
				}
			})
		}
	})
}

func TestChart(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	c := newClient(t, newTestServer(t, f.app))
	c.lang = "ru"
	r := c.get("/dashboard/chart.svg")
	if r.status != http.StatusOK || r.header.Get("Content-Type") != "image/svg+xml" {
		t.Fatalf("status %d, type %q", r.status, r.header.Get("Content-Type"))
	}
	if !strings.HasPrefix(r.body, "<svg") || !strings.Contains(r.body, "Транспорт") {
		t.Errorf("not the chart in Russian: %.200s", r.body)
	}
	if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("chart CSP %q", csp)
	}
}

func TestStatic(t *testing.T) {
	a := newAssets()
	c := newClient(t, newTestServer(t, newFixture(t, sqliteDB(t)).app))
	for _, name := range []string{"app.css", "app.js"} {
		u := a.URL(name)
		r := c.get(u)
		if r.status != 200 || !strings.Contains(r.header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: status %d, cache %q", u, r.status, r.header.Get("Cache-Control"))
		}
	}
	if r := c.get("/static/app.css"); r.status != 404 {
		t.Errorf("unhashed name: status %d", r.status)
	}
}

func TestLanguageSwitch(t *testing.T) {
	c := newClient(t, newTestServer(t, newFixture(t, sqliteDB(t)).app))
	tests := []struct{ path, location string }{
		{"/lang/zh?next=/experts%3Fq%3Dx", "/experts?q=x"},
		{"/lang/ru?next=//evil.example/", "/"},
		{"/lang/en?next=https://evil.example/", "/"},
		{"/lang/ru?next=/%5Cevil", "/"},
	}
	for _, tt := range tests {
		r := c.get(tt.path)
		if r.status != http.StatusSeeOther || r.header.Get("Location") != tt.location {
			t.Errorf("%s: %d to %q, want %q", tt.path, r.status, r.header.Get("Location"), tt.location)
		}
	}
	c.get("/lang/zh?next=/")
	c.lang = "ru" // the cookie wins over Accept-Language
	if r := c.get("/"); !strings.Contains(r.body, `<html lang="zh">`) {
		t.Error("the chosen language is not kept")
	}
	if r := c.get("/lang/de"); r.status != http.StatusNotFound {
		t.Errorf("unknown language: status %d", r.status)
	}
}

func TestPager(t *testing.T) {
	p := searchParams{Q: "x", Sort: "relevance", Page: 7, Filters: map[string][]string{}}
	pg := newPager(p, 20*perPage+1)
	var got []string
	for _, l := range pg.Pages {
		s := fmt.Sprint(l.N)
		if l.Current {
			s = "[" + s + "]"
		}
		got = append(got, s)
	}
	if want := "1 0 5 6 [7] 8 9 0 21"; strings.Join(got, " ") != want {
		t.Errorf("pages %q, want %q", strings.Join(got, " "), want)
	}
	if pg.Prev != "/experts?page=6&q=x" || pg.Next != "/experts?page=8&q=x" {
		t.Errorf("prev %q next %q", pg.Prev, pg.Next)
	}
}
