package tabular

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
)

func TestNeutralize(t *testing.T) {
	tests := map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+cmd|' /C calc'!A0":       "'+cmd|' /C calc'!A0",
		"-2+3+cmd":                 "'-2+3+cmd",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\t=1+1":                   "'\t=1+1",
		"\r=1+1":                   "'\r=1+1",
		"+7 495 000-00-00":         "+7 495 000-00-00",
		"-12.5":                    "-12.5",
		"Иванов":                   "Иванов",
		"a=b":                      "a=b",
		"":                         "",
		"-":                        "'-",
	}
	for in, want := range tests {
		got := Neutralize(in)
		if got != want {
			t.Errorf("Neutralize(%q) = %q, want %q", in, got, want)
		}
		if back := unneutralize(got); back != in {
			t.Errorf("unneutralize(%q) = %q, want %q", got, back, in)
		}
	}
}

func TestInjectionNeutralisedOnExport(t *testing.T) {
	e := model.Expert{ExternalID: "x-1", Name: model.Text{"en": "=cmd|'/C calc'!A0"}, Phone: "+7 495 000-00-00",
		Position: model.Text{"en": "@SUM(1+1)*cmd|' /C calc'!A0"}}
	for _, format := range []string{FormatCSV, FormatXLSX} {
		var buf bytes.Buffer
		s := newSheet(t, &buf, format, CSVOptions{})
		w, err := NewExpertWriter(s, ExportOptions{Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(&e); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		cells := rawCells(t, buf.Bytes(), format)
		joined := strings.Join(cells, "|")
		if !strings.Contains(joined, "'=cmd") || !strings.Contains(joined, "'@SUM") || !strings.Contains(joined, "|+7 495 000-00-00") {
			t.Errorf("%s: cells %q", format, cells)
		}
		for _, c := range cells {
			if c != "" && isFormulaTrigger(c[0]) && !isPlainNumber(c) {
				t.Errorf("%s: cell %q not neutralised", format, c)
			}
		}
		// Reading the file back restores the values.
		_, rows := readAll(t, buf.Bytes(), "export."+format, Options{})
		if got := rows[0].Expert.Name["en"]; got != e.Name["en"] {
			t.Errorf("%s: read back %q", format, got)
		}
	}
}

func newSheet(t *testing.T, buf *bytes.Buffer, format string, o CSVOptions) SheetWriter {
	t.Helper()
	var s SheetWriter
	var err error
	if format == FormatXLSX {
		s, err = NewXLSXWriter(buf, "Experts")
	} else {
		s, err = NewCSVWriter(buf, o)
	}
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// rawCells returns the cells of the second row exactly as stored.
func rawCells(t *testing.T, data []byte, format string) []string {
	t.Helper()
	if format == FormatCSV {
		lines := strings.Split(strings.TrimPrefix(string(data), string(bomUTF8)), "\r\n")
		return strings.Split(lines[1], ",")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows[1]
}

// comparable drops what a table does not carry (outputs) and what the
// application, not this package, settles (normal form).
func comparable(e model.Expert) model.Expert {
	e.Normalize()
	e.Outputs = nil
	return e
}

func TestExportRoundTrip(t *testing.T) {
	g := demo.New(7)
	var want []model.Expert
	g.Each(60, func(e model.Expert) error { want = append(want, comparable(e)); return nil })
	tests := []struct {
		format, lang string
		csv          CSVOptions
	}{
		{FormatXLSX, "ru", CSVOptions{}},
		{FormatXLSX, "zh", CSVOptions{}},
		{FormatCSV, "en", CSVOptions{}},
		{FormatCSV, "ru", CSVOptions{Separator: ';'}},
		{FormatCSV, "zh", CSVOptions{Encoding: "gb18030"}},
	}
	for _, tt := range tests {
		t.Run(tt.format+"-"+tt.lang+"-"+tt.csv.Encoding, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewExpertWriter(newSheet(t, &buf, tt.format, tt.csv), ExportOptions{Lang: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if err := w.Write(&want[i]); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			rd, rows := readAll(t, buf.Bytes(), "export."+tt.format, Options{})
			if len(rd.Problems()) != 0 {
				t.Errorf("header problems %v", rd.Problems())
			}
			if len(rows) != len(want) {
				t.Fatalf("%d rows, want %d", len(rows), len(want))
			}
			for i, row := range rows {
				if len(row.Problems) != 0 {
					t.Errorf("row %d problems %v", row.Line, row.Problems)
				}
				got := comparable(row.Expert)
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("row %d:\n got %+v\nwant %+v", row.Line, got, want[i])
					return
				}
			}
		})
	}
}

func TestCSVWriterLegacyEncodings(t *testing.T) {
	rows := [][]string{{"ФИО", "Организация"}, {"Иванов Иван", "ООО \"Ромашка\"; филиал"}}
	for _, enc := range []string{EncWin1251, EncGB18030} {
		var buf bytes.Buffer
		s, err := NewCSVWriter(&buf, CSVOptions{Encoding: enc, Separator: ';'})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if err := s.WriteRow(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if bytes.HasPrefix(buf.Bytes(), bomUTF8) {
			t.Errorf("%s: a byte-order mark in a legacy encoding", enc)
		}
		rd, got := readAll(t, buf.Bytes(), "a.csv", Options{Encoding: enc})
		if rd.Info().Separator != ';' || got[0].Expert.Organization["ru"] != "ООО \"Ромашка\"; филиал" {
			t.Errorf("%s: %+v %+v", enc, rd.Info(), got[0].Expert)
		}
	}
	// Chinese cannot be written in Windows-1251: it is replaced, not an error.
	var buf bytes.Buffer
	s, _ := NewCSVWriter(&buf, CSVOptions{Encoding: EncWin1251})
	s.WriteRow([]string{"王小明"})
	if err := s.Close(); err != nil || strings.TrimSpace(buf.String()) == "" {
		t.Errorf("%q %v", buf.String(), err)
	}
}

func TestReportRoundTrip(t *testing.T) {
	src := []byte("ФИО;Почта;Сфера\r\n" +
		"Иванов Иван;ivanov@example.org;Транспорт\r\n" +
		"Петров Пётр;not-an-email;Космос\r\n" +
		"=1+1;x@example.org;Образование\r\n")
	rd, rows := readAll(t, src, "list.csv", Options{})
	var buf bytes.Buffer
	rep, err := NewReportWriter(&buf, rd.Header(), "ru")
	if err != nil {
		t.Fatal(err)
	}
	statuses := []Status{StatusCreated, StatusRejected, StatusReview}
	messages := [][]string{nil, {"Почта: неверный адрес", "Сфера «Космос» неизвестна"}, {"Проверьте ФИО"}}
	for i, row := range rows {
		if err := rep.Write(row.Cells, statuses[i], messages[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := rep.Close(); err != nil {
		t.Fatal(err)
	}

	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"ФИО", "Почта", "Сфера", "Статус", "Ошибки"},
		{"Иванов Иван", "ivanov@example.org", "Транспорт", "создан", ""},
		{"Петров Пётр", "not-an-email", "Космос", "отклонён", "Почта: неверный адрес\nСфера «Космос» неизвестна"},
		{"'=1+1", "x@example.org", "Образование", "на проверку", "Проверьте ФИО"},
	}
	for i := range want {
		if len(got[i]) < len(want[i]) {
			got[i] = append(got[i], make([]string, len(want[i])-len(got[i]))...)
		}
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("row %d: %q, want %q", i+1, got[i], want[i])
		}
	}
	if s, ok := StatusOf(got[2][3]); !ok || s != StatusRejected {
		t.Errorf("StatusOf(%q) = %v %v", got[2][3], s, ok)
	}

	// The corrected report uploads as it is: the added columns are ignored
	// and every original row reads as before.
	rd2, again := readAll(t, buf.Bytes(), "report.xlsx", Options{})
	if len(rd2.Problems()) != 0 || len(again) != len(rows) {
		t.Fatalf("re-upload: problems %v, %d rows", rd2.Problems(), len(again))
	}
	for i := range rows {
		if !reflect.DeepEqual(again[i].Expert, rows[i].Expert) {
			t.Errorf("row %d: %+v, want %+v", i, again[i].Expert, rows[i].Expert)
		}
	}
}
