package tabular

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

const ruCSV = "ФИО;Почта;Сфера;Организация\r\n" +
	"Иванова Мария Сергеевна;m.ivanova@example.org;Транспорт;Московский метрополитен\r\n" +
	"Петров Пётр Петрович;p.petrov@example.org;Образование;МГУ\r\n"

const zhCSV = "姓名,邮箱,领域,工作单位\n" +
	"王小明,wang@example.cn,交通运输,北京地铁\n" +
	"李华,li@example.cn,教育,清华大学\n"

func TestCSVEncodings(t *testing.T) {
	tests := []struct {
		name, text, enc, wantEnc string
		wantSep                  rune
		wantName                 model.Text
	}{
		{"utf8 with BOM", ruCSV, "utf-8-bom", EncUTF8, ';', model.Text{"ru": "Иванова Мария Сергеевна"}},
		{"utf8 without BOM", zhCSV, EncUTF8, EncUTF8, ',', model.Text{"zh": "王小明"}},
		{"windows-1251", ruCSV, EncWin1251, EncWin1251, ';', model.Text{"ru": "Иванова Мария Сергеевна"}},
		{"gb18030", zhCSV, EncGB18030, EncGB18030, ',', model.Text{"zh": "王小明"}},
		{"utf16 from Excel", strings.ReplaceAll(zhCSV, ",", "\t"), EncUTF16, EncUTF16, '\t', model.Text{"zh": "王小明"}},
		{"1251 tab separated", strings.ReplaceAll(ruCSV, ";", "\t"), EncWin1251, EncWin1251, '\t', model.Text{"ru": "Иванова Мария Сергеевна"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd, rows := readAll(t, encode(t, tt.text, tt.enc), "experts.csv", Options{})
			info := rd.Info()
			if info.Encoding != tt.wantEnc || info.Separator != tt.wantSep {
				t.Errorf("read as %s %q, want %s %q", info.Encoding, info.Separator, tt.wantEnc, tt.wantSep)
			}
			if len(rows) != 2 {
				t.Fatalf("%d rows, want 2", len(rows))
			}
			if got := rows[0].Expert.Name; !reflect.DeepEqual(got, tt.wantName) {
				t.Errorf("name %v, want %v", got, tt.wantName)
			}
			if len(rows[0].Expert.Spheres) != 1 || len(rows[0].Problems) != 0 {
				t.Errorf("spheres %v, problems %v", rows[0].Expert.Spheres, rows[0].Problems)
			}
		})
	}
}

func TestCSVOverrides(t *testing.T) {
	// A 1251 file that is also valid GB18030 bytes when the words happen
	// to pair up; the caller knows better and says so.
	data := encode(t, "ФИО|Город\nИванов Иван|Москва\n", EncWin1251)
	rd, rows := readAll(t, data, "x.txt", Options{Encoding: "cp1251", Separator: '|'})
	if rd.Info().Encoding != EncWin1251 || rows[0].Expert.Name["ru"] != "Иванов Иван" || rows[0].Expert.City != "moscow" {
		t.Errorf("info %+v, expert %+v", rd.Info(), rows[0].Expert)
	}
	if _, err := Open(bytes.NewReader(data), "x.csv", Options{Encoding: "koi8"}); codeOf(err) != CodeBadOption {
		t.Errorf("unknown encoding: %v", err)
	}
}

func TestDetectEncoding(t *testing.T) {
	tests := []struct {
		text, enc string
	}{
		{"Иванов Иван Иванович;инженер;Москва\n", EncWin1251},
		{"Организация: Московский государственный университет\n", EncWin1251},
		{"ФИО;ЕМЕЙЛ\n", EncWin1251},
		{"王小明,北京大学,教授,人工智能\n", EncGB18030},
		{"清华大学计算机科学与技术系副教授\n", EncGB18030},
		{"plain ascii, only\n", EncUTF8},
	}
	for _, tt := range tests {
		if got := detectEncoding(encode(t, tt.text, tt.enc), true); got != tt.enc {
			t.Errorf("%q in %s detected as %s", tt.text, tt.enc, got)
		}
	}
}

func TestDetectSeparator(t *testing.T) {
	tests := []struct {
		text string
		want rune
	}{
		{"a,b,c\n1,2,3\n", ','},
		{"a;b;c\n1;2,5;3\n", ';'},
		{"a\tb\tc\n1\t2\t3\n", '\t'},
		{`"x;y",b,c` + "\n" + `1,2,3` + "\n", ','},
		{"single\nvalue\n", ','},
	}
	for _, tt := range tests {
		if got := detectSeparator(tt.text); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	notWorkbook := zipOf(t, map[string]string{"readme.txt": "hello"})
	xlsx := xlsxOf(t, "", [][]any{{"ФИО", "Почта"}, {"Иванов Иван", "i@example.org"}})
	tests := []struct {
		name string
		data []byte
		file string
		opt  Options
		want string
	}{
		{"empty csv", nil, "a.csv", Options{}, CodeEmptyFile},
		{"empty xlsx", nil, "a.xlsx", Options{}, CodeEmptyFile},
		{"bom only", bomUTF8, "a.csv", Options{}, CodeEmptyFile},
		{"blank lines", []byte("\r\n\r\n ;; \r\n"), "a.csv", Options{}, CodeEmptyFile},
		{"only headers csv", []byte("ФИО;Почта\r\n"), "a.csv", Options{}, CodeNoData},
		{"only headers xlsx", xlsxOf(t, "", [][]any{{"Name", "Email"}}), "a.xlsx", Options{}, CodeNoData},
		{"headers and blank rows", []byte("Name,Email\n,\n,\n"), "a.csv", Options{}, CodeNoData},
		{"no known column", []byte("foo,bar\n1,2\n"), "a.csv", Options{}, CodeNoColumns},
		{"truncated xlsx", xlsx[:len(xlsx)/2], "a.xlsx", Options{}, CodeCorruptXLSX},
		{"text named xlsx", []byte("ФИО;Почта\n"), "a.xlsx", Options{}, CodeCorruptXLSX},
		{"zip without workbook", notWorkbook, "a.xlsx", Options{}, CodeCorruptXLSX},
		{"forced xlsx", []byte("Name\nX\n"), "a.csv", Options{Format: "xlsx"}, CodeCorruptXLSX},
		{"legacy xls", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0}, "a.xls", Options{}, CodeUnsupported},
		{"missing sheet", xlsx, "a.xlsx", Options{Sheet: "Эксперты"}, CodeNoSheet},
		{"bad separator", []byte("a\n"), "a.csv", Options{Separator: 'x'}, CodeBadOption},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd, err := Open(bytes.NewReader(tt.data), tt.file, tt.opt)
			if err == nil {
				rd.Close()
			}
			if codeOf(err) != tt.want {
				t.Fatalf("error %v, want code %s", err, tt.want)
			}
			if !errors.Is(err, model.ErrInvalid) {
				t.Errorf("%v does not wrap ErrInvalid", err)
			}
		})
	}
}

func TestCorruptSheetMidway(t *testing.T) {
	parts := minimalWorkbook(`<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>City</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>Ivan Petrov</t></is></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>broken`)
	rd, err := Open(bytes.NewReader(zipOf(t, parts)), "a.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	if row, err := rd.Next(); err != nil || row.Expert.Name["en"] != "Ivan Petrov" {
		t.Fatalf("first row %+v, %v", row, err)
	}
	if _, err := rd.Next(); codeOf(err) != CodeCorruptXLSX {
		t.Errorf("broken row: %v, want %s", err, CodeCorruptXLSX)
	}
}

func TestRaggedRows(t *testing.T) {
	data := "Name,Email,City\n" +
		"Anna Smith,a@example.org,Moscow\n" +
		"Bob Jones,b@example.org\n" + // short
		"Carl Brown,c@example.org,Beijing,extra\n" + // long
		"Dan White,d@example.org,Beijing,,\n" + // trailing empty cells: fine
		"\"Eve \"\"E\"\" Black\",e@example.org,\"Moscow\"\n"
	_, rows := readAll(t, []byte(data), "a.csv", Options{})
	want := []struct {
		line   int
		ragged bool
	}{{2, false}, {3, true}, {4, true}, {5, false}, {6, false}}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	for i, w := range want {
		ragged := false
		for _, p := range rows[i].Problems {
			ragged = ragged || p.Code == CodeRaggedRow
		}
		if rows[i].Line != w.line || ragged != w.ragged {
			t.Errorf("row %d: line %d ragged %v (%v), want line %d ragged %v", i, rows[i].Line, ragged, rows[i].Problems, w.line, w.ragged)
		}
	}
	if got := rows[2].Expert.City; got != "beijing" {
		t.Errorf("long row still read: city %q", got)
	}
	if got := rows[4].Expert.Name["en"]; got != `Eve "E" Black` {
		t.Errorf("quoted name %q", got)
	}
}

// minimalWorkbook is a hand-made workbook around one sheet's rows, with the
// parts where Excel puts them.
func minimalWorkbook(sheetData string) map[string]string {
	return map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="Эксперты" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/sharedStrings.xml": `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<si><t>ФИО</t></si><si><r><t>Ивано</t></r><r><rPr><b/></rPr><t>ва Мария</t></r><rPh><t>ignored</t></rPh></si><si><t>Line_x000D_break</t></si></sst>`,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			sheetData + `</sheetData></worksheet>`,
	}
}

func TestHandMadeWorkbook(t *testing.T) {
	// Shared strings with rich-text runs and a phonetic run, an absolute
	// relationship target, a skipped row number, a formula with a cached
	// result, a number stored in exponent form, and an error value.
	sheet := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Телефон</t></is></c>` +
		`<c r="C1" t="inlineStr"><is><t>Биография</t></is></c><c r="D1" t="inlineStr"><is><t>Должность</t></is></c></row>` +
		`<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>7.9161234567E10</v></c>` +
		`<c r="C3"><f>A3&amp;" — инженер"</f><v>Иванова Мария — инженер</v></c><c r="D3" t="e"><v>#N/A</v></c></row>`
	rd, rows := readAll(t, zipOf(t, minimalWorkbook(sheet)), "list.xlsx", Options{Sheet: "эксперты"})
	if rd.Info().Sheet != "Эксперты" {
		t.Errorf("sheet %q", rd.Info().Sheet)
	}
	if len(rows) != 1 {
		t.Fatalf("%d rows", len(rows))
	}
	e, row := rows[0].Expert, rows[0]
	if row.Line != 3 || e.Name["ru"] != "Иванова Мария" || e.Phone != "79161234567" {
		t.Errorf("line %d, expert %+v", row.Line, e)
	}
	// The formula is taken as its literal text, never its cached value.
	if got := row.Cells[2]; got != `=A3&" — инженер"` {
		t.Errorf("formula cell %q", got)
	}
	if len(row.Problems) != 1 || row.Problems[0].Code != CodeFormula || row.Problems[0].Params["column"] != "C" {
		t.Errorf("problems %v", row.Problems)
	}
}

func TestFormulasNeverEvaluated(t *testing.T) {
	data := xlsxOf(t, "", [][]any{
		{"Name", "Email", "Phone", "Keywords"},
		{"Anna Smith", formula(`"a"&"@example.org"`), formula("1+1"), "=not a formula, just text"},
	})
	_, rows := readAll(t, data, "f.xlsx", Options{})
	e := rows[0].Expert
	if e.Email != `="a"&"@example.org"` || e.Phone != "=1+1" {
		t.Errorf("formulas read as email %q, phone %q", e.Email, e.Phone)
	}
	codes := 0
	for _, p := range rows[0].Problems {
		if p.Code == CodeFormula {
			codes++
		}
	}
	if codes != 2 {
		t.Errorf("problems %v, want two formula problems", rows[0].Problems)
	}
	if kw := e.Keywords["en"]; len(kw) != 2 || kw[0] != "=not a formula" {
		t.Errorf("a text cell starting with = is text: %v", kw)
	}
}

func TestTitleRowsAboveHeader(t *testing.T) {
	data := xlsxOf(t, "Лист1", [][]any{
		{"Список экспертов"},
		{"на 1 марта 2024 г."},
		{},
		{"№", "Фамилия", "Имя", "Отчество", "E-mail *"},
		{1, "Иванов", "Иван", "Иванович", "ivanov@example.org"},
		{},
		{2, "Сидорова", "Анна", "", "sidorova@example.org"},
	})
	rd, rows := readAll(t, data, "list.xlsx", Options{})
	if rd.Info().HeaderLine != 4 || len(rows) != 2 {
		t.Fatalf("header line %d, %d rows", rd.Info().HeaderLine, len(rows))
	}
	if got := rows[0].Expert.Name["ru"]; got != "Иванов Иван Иванович" {
		t.Errorf("name %q", got)
	}
	if got := rows[1].Expert.Name["ru"]; got != "Сидорова Анна" || rows[1].Line != 7 {
		t.Errorf("name %q line %d", got, rows[1].Line)
	}
	if len(rd.Problems()) != 0 {
		t.Errorf("header problems %v", rd.Problems())
	}
}

func TestPlainStreamSpooled(t *testing.T) {
	data := xlsxOf(t, "", [][]any{{"Name"}, {"Anna Smith"}})
	// io.MultiReader hides ReaderAt: the workbook is spooled to a temporary file.
	rd, err := Open(io.MultiReader(bytes.NewReader(data)), "", Options{TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	row, err := rd.Next()
	if err != nil || row.Expert.Name["en"] != "Anna Smith" {
		t.Errorf("%+v %v", row, err)
	}
	if err := rd.Close(); err != nil {
		t.Error(err)
	}
	if err := rd.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
}
