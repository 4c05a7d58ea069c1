package tabular

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// xlsxOf builds a workbook with excelize's ordinary (non-streaming) API, so
// that texts land in the shared-strings table as Excel puts them. A cell
// value of type formula is written as a formula.
type formula string

func xlsxOf(t testing.TB, sheet string, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if sheet != "" && sheet != "Sheet1" {
		if err := f.SetSheetName("Sheet1", sheet); err != nil {
			t.Fatal(err)
		}
	} else {
		sheet = "Sheet1"
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			var err error
			if fv, ok := v.(formula); ok {
				err = f.SetCellFormula(sheet, cell, string(fv))
			} else {
				err = f.SetCellValue(sheet, cell, v)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// zipOf builds a zip archive of the given parts, for hand-made workbooks.
func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// encode writes text in a legacy encoding, as a coordinator's old software would.
func encode(t testing.TB, s, enc string) []byte {
	t.Helper()
	var out []byte
	var err error
	switch enc {
	case EncUTF8:
		return []byte(s)
	case "utf-8-bom":
		return append(append([]byte(nil), bomUTF8...), s...)
	case EncWin1251:
		out, err = charmap.Windows1251.NewEncoder().Bytes([]byte(s))
	case EncGB18030:
		out, err = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	case EncUTF16:
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	default:
		t.Fatalf("unknown encoding %q", enc)
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// readAll opens a file and reads every row.
func readAll(t testing.TB, data []byte, name string, opt Options) (Reader, []Row) {
	t.Helper()
	rd, err := Open(bytes.NewReader(data), name, opt)
	if err != nil {
		t.Fatalf("Open(%s): %v", name, err)
	}
	t.Cleanup(func() { rd.Close() })
	var rows []Row
	for {
		row, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return rd, rows
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		rows = append(rows, row)
	}
}

func codeOf(err error) string {
	var te *Error
	if errors.As(err, &te) {
		return te.Code
	}
	return ""
}
