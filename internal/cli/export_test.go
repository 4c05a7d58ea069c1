package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportSheetsRoundTrip: a demo registry exported as XLSX or CSV, with
// headers in any language, imports into an empty database, and exporting
// that gives the same sheet.
func TestExportSheetsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	demo := filepath.Join(dir, "demo.jsonl")
	if code, _, stderr := runCLI(t, "", "demo", "--experts", "120", "--seed", "5", "--out", demo); code != 0 {
		t.Fatalf("demo: %d %s", code, stderr)
	}
	first := filepath.Join(dir, "first")
	if code, _, stderr := runCLI(t, "", "--data", first, "import", demo); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	for i, c := range []struct{ file, lang string }{{"a.xlsx", "ru"}, {"b.csv", "zh"}, {"c.csv", "en"}} {
		sheet := filepath.Join(dir, c.file)
		code, _, stderr := runCLI(t, "", "--data", first, "export", "--header-lang", c.lang, "-o", sheet)
		if code != 0 || !strings.Contains(stderr, "exported 120 experts") {
			t.Fatalf("export %s: %d %s", c.file, code, stderr)
		}
		second := filepath.Join(dir, "second"+string(rune('0'+i)))
		code, stdout, stderr := runCLI(t, "", "--data", second, "import", sheet)
		if code != 0 || !strings.Contains(stdout, "120 created") {
			t.Fatalf("import %s: %d %s %s", c.file, code, stdout, stderr)
		}
		_, out1, _ := runCLI(t, "", "--data", first, "export", "--format", "csv", "--header-lang", c.lang)
		_, out2, _ := runCLI(t, "", "--data", second, "export", "--format", "csv", "--header-lang", c.lang)
		if out1 == "" || out1 != out2 {
			t.Errorf("%s: export → import → export differs", c.file)
		}
	}
}

func TestExportSelectsAndChecksFlags(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "x.jsonl", []byte(strings.Join([]string{
		`{"external_id":"msk-1","name":{"ru":"Иванова Мария Сергеевна"},"city":"moscow","spheres":["transport.subway"],"keywords":{"ru":["тоннельная вентиляция"]},"email":"m@example.org"}`,
		`{"external_id":"bj-1","name":{"zh":"张伟"},"city":"beijing","spheres":["public-health.epidemic-control"],"visibility":"coordinators"}`,
	}, "\n")+"\n"))
	data := filepath.Join(dir, "data")
	if code, _, stderr := runCLI(t, "", "--data", data, "import", file); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	tests := []struct {
		args          []string
		code          int
		want, notWant []string
	}{
		{[]string{"export", "--format", "csv", "--header-lang", "en"}, 0, []string{"External ID,Name (ru)", "m@example.org", "张伟"}, nil},
		{[]string{"export", "--as", "anonymous"}, 0, []string{`"msk-1"`}, []string{"bj-1", "m@example.org"}},
		{[]string{"export", "--city", "beijing"}, 0, []string{`"bj-1"`}, []string{"msk-1"}},
		{[]string{"export", "--query", "вентиляция"}, 0, []string{`"msk-1"`}, []string{"bj-1"}},
		{[]string{"export", "--format", "xls"}, 1, nil, nil},
		{[]string{"export", "--format", "xlsx", "--encoding", "gb18030"}, 1, nil, nil},
		{[]string{"export", "--as", "nobody@example.org"}, 1, nil, nil},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCLI(t, "", append([]string{"--data", data}, tt.args...)...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d: %s", tt.args, code, tt.code, stderr)
			continue
		}
		for _, s := range tt.want {
			if !strings.Contains(stdout, s) {
				t.Errorf("%v: output lacks %q:\n%s", tt.args, s, stdout)
			}
		}
		for _, s := range tt.notWant {
			if strings.Contains(stdout, s) {
				t.Errorf("%v: output has %q:\n%s", tt.args, s, stdout)
			}
		}
	}
	// A failed export leaves no file behind.
	out := filepath.Join(dir, "none.xlsx")
	if code, _, _ := runCLI(t, "", "--data", data, "export", "--as", "nobody@example.org", "-o", out); code == 0 {
		t.Fatal("export as an unknown account succeeded")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s", out)
	}
}
