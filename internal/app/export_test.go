package app

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// exportFixture stores three experts: a public one whose texts try
// spreadsheet formula injection, a public one with contacts, and one only
// coordinators may see.
func exportFixture(t *testing.T, a *App, ctx context.Context) {
	t.Helper()
	experts := []model.Expert{
		{ExternalID: "inj-1", Name: model.Text{"en": "=HYPERLINK(\"http://evil.example/\",\"click\")", "ru": "Злой Иван"},
			Position: model.Text{"en": "@SUM(1+1)*cmd|' /C calc'!A0"}, Keywords: model.Terms{"en": {"+cmd", "-2+3"}},
			City: "moscow", Spheres: []string{"transport.subway"}, Phone: "+7 495 000-00-00"},
		{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova"}, NativeLang: "ru",
			City: "moscow", Spheres: []string{"transport.subway", "education"}, Languages: []string{"ru", "en"},
			Email: "m.ivanova@example.org", Organization: model.Text{"ru": "Московский метрополитен"}},
		{ExternalID: "bj-1", Name: model.Text{"zh": "张伟"}, City: "beijing", Visibility: model.VisibilityCoordinators,
			Spheres: []string{"public-health.epidemic-control"}, Languages: []string{"zh"}},
	}
	for i := range experts {
		if err := a.CreateExpert(ctx, &experts[i]); err != nil {
			t.Fatal(err)
		}
	}
}

func csvRecords(t *testing.T, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func xlsxRecords(t *testing.T, b []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestExportSheetsNeutraliseFormulas(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := New(db, nil)
		ctx := WithCaller(context.Background(), policy.Admin(), "test")
		exportFixture(t, a, ctx)
		for _, format := range []string{ExportCSV, ExportXLSX} {
			var buf bytes.Buffer
			res, err := a.Export(ctx, policy.Admin(), ExportSpec{Format: format, Lang: "en"}, &buf)
			if err != nil || res.Experts != 3 {
				t.Fatalf("%s: %+v %v", format, res, err)
			}
			var recs [][]string
			if format == ExportCSV {
				recs = csvRecords(t, buf.Bytes())
			} else {
				recs = xlsxRecords(t, buf.Bytes())
			}
			if len(recs) != 4 || !strings.HasPrefix(recs[0][0], "External ID") {
				t.Fatalf("%s: %d records, header %v", format, len(recs), recs[0])
			}
			for _, rec := range recs {
				for _, cell := range rec {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && cell != "+7 495 000-00-00" {
						t.Errorf("%s: cell %q starts a formula", format, cell)
					}
				}
			}
			joined := strings.Join(recs[1], "|")
			for _, want := range []string{`'=HYPERLINK(`, `'@SUM(1+1)`, `'+cmd; -2+3`, "|+7 495 000-00-00|"} {
				if !strings.Contains(joined, want) {
					t.Errorf("%s: row %q lacks %q", format, joined, want)
				}
			}
			if !strings.Contains(strings.Join(recs[2], "|"), "Transport: subway; Education") &&
				!strings.Contains(strings.Join(recs[2], "|"), "; ") {
				t.Errorf("%s: spheres not joined with \"; \": %q", format, recs[2])
			}
		}
	})
}

func TestExportRespectsPolicyAndIsAudited(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a := New(db, nil)
		ctx := WithCaller(context.Background(), policy.Admin(), "test")
		exportFixture(t, a, ctx)
		var buf bytes.Buffer
		res, err := a.Export(ctx, policy.Anonymous(), ExportSpec{Format: ExportCSV, Lang: "ru"}, &buf)
		if err != nil || res.Experts != 2 {
			t.Fatalf("anonymous: %+v %v", res, err)
		}
		out := buf.String()
		if strings.Contains(out, "张伟") || strings.Contains(out, "m.ivanova@example.org") || strings.Contains(out, "495") {
			t.Errorf("anonymous export shows what the public may not see:\n%s", out)
		}
		if !strings.Contains(out, "ФИО (рус)") {
			t.Errorf("headers not in Russian:\n%s", out)
		}
		buf.Reset()
		q := SearchQuery{Cities: []string{"moscow"}, Spheres: []string{"education"}}
		res, err = a.Export(ctx, policy.Admin(), ExportSpec{Format: ExportJSONL, Query: &q}, &buf)
		if err != nil || res.Experts != 1 || !strings.Contains(buf.String(), `"m.ivanova@example.org"`) {
			t.Fatalf("filtered export: %+v %v\n%s", res, err, buf.String())
		}
		if _, err := a.Export(ctx, policy.Admin(), ExportSpec{Format: "xls"}, &buf); err == nil {
			t.Error("unknown format accepted")
		}
		entries, err := a.Audit(ctx, policy.Admin(), AuditFilter{Action: ActExport, Limit: 10})
		if err != nil || len(entries) != 2 {
			t.Fatalf("audit: %d entries, %v", len(entries), err)
		}
		first, second := entries[0], entries[1]
		if first.Detail["format"] != "csv" || first.Detail["experts"] != float64(2) || first.Actor.Role != policy.RoleAnonymous {
			t.Errorf("first export recorded as %+v", first)
		}
		if second.Detail["format"] != "jsonl" || second.Detail["experts"] != float64(1) || second.Detail["filters"] == nil ||
			second.Detail["disclosed"] != float64(1) {
			t.Errorf("second export recorded as %+v", second)
		}
	})
}

// TestExportImportRoundTrip: a sheet exported from one database imports
// into an empty one, and exporting that gives the same file; importing it
// back into the first changes nothing.
func TestExportImportRoundTrip(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := WithCaller(context.Background(), policy.Admin(), "test")
		a := New(db, nil)
		exportFixture(t, a, ctx)
		empty := storetest.OpenSQLite(t, t.TempDir())
		if _, err := empty.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		b := New(empty, nil)
		for _, format := range []string{ExportXLSX, ExportCSV} {
			for _, lang := range []string{"ru", "zh", "en"} {
				var first bytes.Buffer
				spec := ExportSpec{Format: format, Lang: lang}
				if _, err := a.Export(ctx, policy.Admin(), spec, &first); err != nil {
					t.Fatal(err)
				}
				rep, err := a.ImportFile(ctx, bytes.NewReader(first.Bytes()), "experts."+format, FileOptions{}, ImportOptions{DryRun: true})
				if err != nil || rep.Unchanged != 3 || rep.Failed != 0 {
					t.Fatalf("%s/%s: re-import into the source: %+v %v", format, lang, rep, err)
				}
				rep, err = b.ImportFile(ctx, bytes.NewReader(first.Bytes()), "experts."+format, FileOptions{}, ImportOptions{})
				if err != nil || rep.Failed != 0 || rep.Created+rep.Unchanged != 3 {
					t.Fatalf("%s/%s: import into an empty database: %+v %v", format, lang, rep, err)
				}
				var second bytes.Buffer
				if _, err := b.Export(ctx, policy.Admin(), spec, &second); err != nil {
					t.Fatal(err)
				}
				if format == ExportCSV && first.String() != second.String() {
					t.Errorf("csv/%s: export → import → export differs:\n%s\n---\n%s", lang, first.String(), second.String())
				}
				if format == ExportXLSX {
					r1, r2 := xlsxRecords(t, first.Bytes()), xlsxRecords(t, second.Bytes())
					if strings.Join(flatten(r1), "|") != strings.Join(flatten(r2), "|") {
						t.Errorf("xlsx/%s: export → import → export differs:\n%v\n%v", lang, r1, r2)
					}
				}
			}
		}
	})
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, "\x1f"))
	}
	return out
}
