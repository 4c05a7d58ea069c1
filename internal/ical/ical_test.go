package ical

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"talentbridge/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`a\b`, `a\\b`},
		{"a;b,c", `a\;b\,c`},
		{"line one\nline two", `line one\nline two`},
		{"crlf\r\nend", `crlf\nend`},
		{"bare\rcr", `bare\ncr`},
		{"bell\x07gone", "bellgone"},
		{"tab\tkept", "tab\tkept"},
		{"Москва; Пекин, 2023", `Москва\; Пекин\, 2023`},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := EscapeText(tt.in); got != tt.want {
			t.Errorf("EscapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFolding(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string // the physical lines, without CRLF
	}{
		{"short", "SUMMARY:short", []string{"SUMMARY:short"}},
		{"exactly 75", "X:" + strings.Repeat("a", 73), []string{"X:" + strings.Repeat("a", 73)}},
		{"76 ascii", "X:" + strings.Repeat("a", 74), []string{"X:" + strings.Repeat("a", 73), " a"}},
		// 8 octets of name, then 3-octet characters: 22 of them fit (74
		// octets); the 23rd would end at 77.
		{"chinese", "SUMMARY:" + strings.Repeat("京", 30),
			[]string{"SUMMARY:" + strings.Repeat("京", 22), " " + strings.Repeat("京", 8)}},
		// 2-octet Cyrillic after 9 octets: 33 letters make 75.
		{"russian", "LOCATION:" + strings.Repeat("Ж", 40),
			[]string{"LOCATION:" + strings.Repeat("Ж", 33), " " + strings.Repeat("Ж", 7)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := newTestWriter(&buf)
			writeFolded(w, tt.line)
			w.Flush()
			got := strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("folded\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestEncodeGolden(t *testing.T) {
	stamp := time.Date(2023, 11, 20, 9, 30, 0, 0, time.UTC)
	msk := time.FixedZone("MSK", 3*3600)
	cst := time.FixedZone("CST", 8*3600)
	cal := Calendar{
		ProdID: "-//TalentBridge//Programme//EN",
		Name:   "Программа сотрудничества; Москва, Пекин",
		Events: []Event{
			{
				UID: "ev-0001@talentbridge", Stamp: stamp,
				Start:       time.Date(2023, 7, 10, 10, 0, 0, 0, msk),
				End:         time.Date(2023, 7, 13, 18, 0, 0, 0, msk),
				Summary:     "Московский урбанистический форум — 2023",
				Description: "Форум в программе сотрудничества Москвы и Пекина. Тематика: генеральное планирование, умный город.\n\n1. Сессия «Цифровые двойники городов»",
				Location:    "Парк «Зарядье», Медиацентр",
				URL:         "https://example.org/programme/event/ev-0001",
				Status:      StatusConfirmed,
			},
			{
				UID: "ev-0002@talentbridge", Stamp: stamp,
				Start:       time.Date(2023, 6, 12, 10, 0, 0, 0, cst),
				End:         time.Date(2023, 6, 14, 18, 0, 0, 0, cst),
				Summary:     "2023北京国际城市轨道交通展览会暨中俄地铁通风与排烟技术研讨会",
				Description: "京莫合作交流项目展览会，主题：地铁建设、运营与技术。主办单位：北京地铁、莫斯科地铁。",
				Location:    "中国国际展览中心",
				Status:      StatusCancelled,
				Categories:  []string{"exhibition", "transport, subway"},
			},
		},
	}
	var buf bytes.Buffer
	if err := Encode(&buf, cal); err != nil {
		t.Fatal(err)
	}
	checkLines(t, buf.Bytes())
	golden := filepath.Join("testdata", "programme.ics")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("calendar differs from %s:\n%s", golden, buf.String())
	}
	if got := unfold(buf.String()); !strings.Contains(got, "SUMMARY:"+cal.Events[1].Summary+"\r\n") {
		t.Errorf("unfolding does not give back the summary:\n%s", got)
	}
}

// checkLines asserts the rules of RFC 5545, 3.1 on every physical line.
func checkLines(t *testing.T, b []byte) {
	t.Helper()
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Error("no CRLF at the end")
	}
	for i, l := range strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a character: %q", i+1, l)
		}
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare line break", i+1)
		}
	}
}

func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }

func TestFromEvent(t *testing.T) {
	e := &model.Event{
		ProgrammeBase: model.ProgrammeBase{
			ExternalID:  "ev-0042",
			Title:       model.Text{"ru": "Семинар «Вентиляция метро»", "en": "Seminar: subway ventilation"},
			Description: model.Text{"en": "On tunnels, fans, and smoke."},
			Status:      "cancelled",
			UpdatedAt:   time.Date(2023, 1, 2, 3, 4, 5, 0, time.UTC),
		},
		EventKind: "seminar", Format: "hybrid",
		Venue: model.Text{"zh": "北京展览馆"}, Link: "https://example.org/live/42",
		Start: "2023-03-01T15:00:00+08:00", End: "2023-03-01T17:30:00+08:00", TimeZone: "Asia/Shanghai",
	}
	got, err := FromEvent(e, "zh", "", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Summary != "Seminar: subway ventilation" || got.Location != "北京展览馆" || got.Status != StatusCancelled ||
		got.URL != e.Link || got.UID != "ev-0042@talentbridge" || !got.Stamp.Equal(e.UpdatedAt) {
		t.Errorf("FromEvent(zh) = %+v", got)
	}
	if h := got.Start.UTC().Hour(); h != 7 {
		t.Errorf("start %v, want 07:00 UTC", got.Start)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, Calendar{ProdID: "-//x//y//EN", Events: []Event{got}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"DTSTART:20230301T070000Z\r\n", "DTEND:20230301T093000Z\r\n",
		"DTSTAMP:20230102T030405Z\r\n", `DESCRIPTION:On tunnels\, fans\, and smoke.\n\nhttps://example.org/live/42`} {
		if !strings.Contains(unfold(buf.String()), want) {
			t.Errorf("no %q in\n%s", want, buf.String())
		}
	}
	if ru, _ := FromEvent(e, "ru", "https://example.org/p", time.Time{}); ru.Summary != e.Title["ru"] || ru.URL != "https://example.org/p" {
		t.Errorf("FromEvent(ru) = %+v", ru)
	}
	e.Start = "yesterday"
	if _, err := FromEvent(e, "en", "", time.Time{}); err == nil {
		t.Error("a bad start time was accepted")
	}
}
