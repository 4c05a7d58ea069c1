package app

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func reportFixture() *reportInput {
	ev := func(id, start, status, city, kind string, spheres ...string) *model.Event {
		return &model.Event{ProgrammeBase: model.ProgrammeBase{ExternalID: id, Status: status, Spheres: spheres},
			EventKind: kind, City: city, Start: start, End: start}
	}
	ex := func(id, start, end, status, kind, from, to string, spheres ...string) *model.Exchange {
		return &model.Exchange{ProgrammeBase: model.ProgrammeBase{ExternalID: id, Status: status, Spheres: spheres},
			ExchangeKind: kind, FromCity: from, ToCity: to, Start: start, End: end}
	}
	ag := func(id, signed, expires, status string, spheres ...string) *model.Agreement {
		return &model.Agreement{ProgrammeBase: model.ProgrammeBase{ExternalID: id, Status: status, Spheres: spheres},
			Signed: signed, Expires: expires}
	}
	at := func(d string) time.Time { t, _ := time.Parse(time.DateOnly, d); return t }
	return &reportInput{
		tops: []string{"transport", "science-technology", "education"},
		records: []model.ProgrammeRecord{
			ev("e1", "2021-03-01T10:00:00+03:00", "held", "moscow", "seminar", "transport", "transport.subway"),
			ev("e2", "2021-12-31T23:30:00+08:00", "held", "beijing", "forum", "transport", "science-technology"),
			ev("e3", "2022-05-05T10:00:00+08:00", "held", "beijing", "seminar", "education"),
			ev("e4", "2022-05-06T10:00:00+08:00", "cancelled", "beijing", "seminar", "education"),
			ev("e5", "2023-01-01T10:00:00+03:00", "planned", "moscow", "seminar", "education"),
			ev("e6", "2019-06-01T10:00:00+03:00", "held", "moscow", "seminar", "education"),
			ex("x1", "2021-09-01", "2022-01-20", "completed", "student", "moscow", "beijing", "education"),
			ex("x2", "2022-03-01", "2022-03-10", "completed", "specialist", "beijing", "moscow", "transport"),
			ex("x3", "2022-04-01", "2022-04-10", "cancelled", "specialist", "beijing", "moscow", "transport"),
			ex("x4", "2022-11-01", "2023-02-01", "under-way", "researcher", "beijing", "moscow", "science-technology"),
			ag("a1", "2016-09-19", "2026-09-19", "in-force", "transport", "transport.subway"),
			ag("a2", "2020-03-12", "2022-03-12", "expired", "education"),
			ag("a3", "2021-06-01", "2024-06-01", "terminated", "education"),
			ag("a4", "", "", "draft", "education"),
			ag("a5", "2022-12-31", "", "in-force", "science-technology"),
			&model.Project{ProgrammeBase: model.ProgrammeBase{ExternalID: "p1", Status: "active"}, Start: "2020-05-01", End: "2021-04-30"},
			&model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: "b1", Status: "published"}, Year: 2022},
			&model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: "b2", Status: "draft"}, Year: 2022},
		},
		experts: []expertStamp{
			{at("2021-02-01"), "moscow", []string{"transport", "transport.subway", "transport.rail"}},
			{at("2022-02-01"), "beijing", []string{"education", "science-technology"}},
			{at("2022-12-31"), "other", nil},
			{at("2024-01-01"), "moscow", []string{"education"}},
		},
	}
}

func tableOf(t *testing.T, rep *ProgrammeReport, id string) ReportTable {
	t.Helper()
	for _, tb := range rep.Tables {
		if tb.ID == id {
			return tb
		}
	}
	t.Fatalf("no table %s", id)
	return ReportTable{}
}

func TestReportCounts(t *testing.T) {
	rep, err := buildProgrammeReport(reportFixture(), "2021-01-01", "2022-12-31")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rep.Years, []int{2021, 2022}) {
		t.Fatalf("years %v", rep.Years)
	}
	tests := []struct {
		table string
		want  [][]int
	}{
		// events held, exchanges completed, agreements in force at year end,
		// projects active, practices documented, experts added
		{"overview", [][]int{{2, 1}, {0, 2}, {2, 2}, {1, 0}, {0, 1}, {1, 2}}},
		// e2 starts on 31 December in Beijing time: it counts in 2021.
		{"events-by-sphere", [][]int{{2, 0}, {1, 0}, {0, 1}}},
		{"events-by-city", [][]int{{1, 0}, {1, 1}, {0, 0}}},
		{"exchanges-by-city", [][]int{{0, 2}, {0, 2}, {0, 0}}},
		{"exchanges-by-kind", [][]int{{0, 0}, {0, 1}, {0, 0}, {0, 1}, {0, 0}}},
		// a2 was in force at the end of 2021 only; a5, signed on the last
		// day of 2022, is in force at its end; a3 (terminated) never counts.
		{"agreements-by-sphere", [][]int{{1, 1}, {0, 1}, {1, 0}}},
		{"experts-by-sphere", [][]int{{1, 0}, {0, 1}, {0, 1}}},
		{"experts-by-city", [][]int{{1, 0}, {0, 1}, {0, 1}}},
	}
	for _, tt := range tests {
		tb := tableOf(t, rep, tt.table)
		if !reflect.DeepEqual(tb.Cells, tt.want) {
			t.Errorf("%s: %v, want %v", tt.table, tb.Cells, tt.want)
		}
	}
	ov := tableOf(t, rep, "overview")
	if ov.Total(0) != 3 || ov.Total(2) != 2 {
		t.Errorf("totals: events %d (want 3), agreements %d (want the last year's 2)", ov.Total(0), ov.Total(2))
	}
}

func TestReportPeriod(t *testing.T) {
	in := reportFixture()
	rep, err := buildProgrammeReport(in, "", "")
	if err != nil {
		t.Fatal(err)
	}
	// From the earliest event (2019) to the last expert added (2024);
	// agreements signed long before do not stretch it.
	if rep.From != "2019-01-01" || rep.Until != "2024-12-31" || len(rep.Years) != 6 {
		t.Errorf("period %s – %s, years %v", rep.From, rep.Until, rep.Years)
	}
	rep, err = buildProgrammeReport(in, "2022-06-01", "")
	if err != nil || rep.Until != "2024-12-31" || rep.Years[0] != 2022 {
		t.Errorf("open end: %+v, %v", rep, err)
	}
	// Within one year the period cuts the counts.
	rep, err = buildProgrammeReport(in, "2022-05-06", "2022-12-31")
	if err != nil {
		t.Fatal(err)
	}
	if got := tableOf(t, rep, "overview").Cells[0][0]; got != 0 {
		t.Errorf("events held from 6 May 2022: %d, want 0", got)
	}
	for _, bad := range [][2]string{{"2022-13-01", ""}, {"", "yesterday"}, {"2023-01-01", "2022-01-01"}, {"1900-01-01", "2100-01-01"}} {
		var ve *model.ValidationError
		if _, err := buildProgrammeReport(in, bad[0], bad[1]); !errors.As(err, &ve) {
			t.Errorf("period %v: %v, want a validation error", bad, err)
		}
	}
}

func testLabel(kind, key string) string { return kind + "." + key }

func TestReportXLSX(t *testing.T) {
	rep, err := buildProgrammeReport(reportFixture(), "2021-01-01", "2022-12-31")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteProgrammeReportXLSX(&buf, rep, testLabel); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != len(rep.Tables) || sheets[0] != "table.overview" {
		t.Fatalf("sheets %q", sheets)
	}
	rows, err := f.GetRows("table.overview")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"table.overview (2021-01-01 – 2022-12-31)"},
		nil,
		{"header.measure", "2021", "2022", "header.total"},
		{"measure.events-held", "2", "1", "3"},
	}
	if !reflect.DeepEqual(rows[:4], want) {
		t.Errorf("rows %q", rows[:4])
	}
	if got := rows[5]; got[0] != "measure.agreements-in-force" || got[3] != "2" {
		t.Errorf("agreements row %q", got)
	}
}

func TestReportSheetNames(t *testing.T) {
	used := map[string]bool{}
	long := "Мероприятия по сферам: проведённые за период [все]"
	a := reportSheetName(long, 0, used)
	b := reportSheetName(long, 1, used)
	if len([]rune(a)) > 31 || len([]rune(b)) > 31 || a == b {
		t.Errorf("names %q and %q", a, b)
	}
	for _, c := range `[]:*?/\` {
		if bytes.ContainsRune([]byte(a), c) {
			t.Errorf("%q has %q", a, c)
		}
	}
}

// ProgrammeReport reads what the store holds, as the caller may see it.
func TestReportFromStore(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		if err := a.LoadOrganizations(ctx, []model.Organization{
			{ExternalID: "o1", Name: model.Text{"en": "One"}, City: "moscow"},
			{ExternalID: "o2", Name: model.Text{"en": "Two"}, City: "beijing"},
		}); err != nil {
			t.Fatal(err)
		}
		recs := []model.ProgrammeRecord{
			&model.Event{ProgrammeBase: model.ProgrammeBase{ExternalID: "e1", Title: model.Text{"en": "Forum"}, Status: "held",
				Spheres: []string{"transport"}}, EventKind: "forum", Format: "offline", City: "moscow", Venue: model.Text{"en": "Hall"},
				Start: "2022-05-05T10:00:00+03:00", End: "2022-05-05T18:00:00+03:00", TimeZone: "Europe/Moscow"},
			&model.Agreement{ProgrammeBase: model.ProgrammeBase{ExternalID: "a1", Title: model.Text{"en": "Agreement"}, Status: "in-force"},
				Parties: []string{"o1", "o2"}, Signed: "2021-01-01", Expires: "2026-01-01"},
		}
		for _, r := range recs {
			if _, err := a.SaveProgramme(ctx, policy.Admin(), r); err != nil {
				t.Fatal(err)
			}
		}
		rep, err := a.ProgrammeReport(ctx, policy.Anonymous(), "2021-01-01", "2022-12-31")
		if err != nil {
			t.Fatal(err)
		}
		ov := tableOf(t, rep, "overview")
		if ov.Cells[0][1] != 1 || ov.Cells[2][0] != 1 || ov.Cells[2][1] != 1 {
			t.Errorf("overview %v", ov.Cells)
		}
		if s := tableOf(t, rep, "events-by-sphere"); s.Rows[0] != "trade-economy" || len(s.Rows) < 10 {
			t.Errorf("sphere rows %v", s.Rows)
		}
	})
}
