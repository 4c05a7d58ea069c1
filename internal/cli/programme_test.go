package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProgrammeImportExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	experts := `{"external_id":"exp-1","name":{"ru":"Иванова Мария"},"city":"moscow","organization_id":"org-msk","organization":{"ru":"Московский метрополитен"}}
{"external_id":"exp-2","name":{"zh":"张伟"},"city":"beijing","organization_id":"org-bj","organization":{"zh":"北京地铁"}}
`
	if code, _, errOut := runCLI(t, "", "--data", data, "import", writeFile(t, dir, "e.jsonl", []byte(experts))); code != 0 {
		t.Fatal(errOut)
	}
	// Written out of order and not in canonical form; line 2 has one party,
	// line 3 names an unknown expert, line 4 is not JSON.
	records := `{"id":"ag-2","title":{"zh":"两地铁合作协议","en":"Subways & cooperation"},"status":"in-force","parties":["org-bj","org-msk"],"signed":"2021-03-01","expires":"2099-01-01","participants":[{"expert_id":"exp-2","role":"Signatory"}]}
{"id":"ag-3","title":{"en":"One party"},"parties":["org-msk"]}
{"id":"ag-4","title":{"en":"Ghost"},"parties":["org-msk","org-bj"],"participants":[{"expert_id":"ghost","role":"contact"}]}
not json
{"id":"ag-1","title":{"ru":"Меморандум"},"parties":[" org-msk","org-bj"],"cities":["moscow","beijing"],"documents":[{"title":"Текст <v1>","url":"https://example.org/a.pdf","lang":"RU"}]}
`
	in := writeFile(t, dir, "ag.jsonl", []byte(records))

	code, out, errOut := runCLI(t, "", "--data", data, "programme", "import", "--kind", "agreement", "--dry-run", in)
	if code != 1 || !strings.Contains(out, "would import (dry run) 5 lines: 2 created, 0 updated, 0 unchanged, 3 rejected") {
		t.Fatalf("dry run: %d %q %q", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "", "--data", data, "programme", "export", "--kind", "agreement"); code != 0 || out != "" {
		t.Fatalf("a dry run wrote: %q", out)
	}

	// Bad lines are reported with their number, in the CLI's language.
	var outb, errb strings.Builder
	code = run(t.Context(), []string{"--data", data, "programme", "import", "--kind", "agreement", in},
		strings.NewReader(""), &outb, &errb, func(k string) string {
			if k == "LANG" {
				return "ru_RU.UTF-8"
			}
			return ""
		})
	for _, want := range []string{"ag.jsonl:2 (ag-3): parties: Слишком мало", "ag.jsonl:3 (ag-4): participants[0].expert_id: Значение «ghost»", "ag.jsonl:4: "} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("errors lack %q:\n%s", want, errb.String())
		}
	}
	if code != 1 || !strings.Contains(outb.String(), "imported 5 lines: 2 created, 0 updated, 0 unchanged, 3 rejected") {
		t.Fatalf("import: %d %q %q", code, outb.String(), errb.String())
	}

	first := filepath.Join(dir, "first.jsonl")
	if code, _, errOut := runCLI(t, "", "--data", data, "programme", "export", "--kind", "agreement", "-o", first); code != 0 {
		t.Fatal(errOut)
	}
	exported, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(exported), "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], `{"id":"ag-1"`) || !strings.Contains(lines[0], `"Текст <v1>"`) ||
		!strings.Contains(lines[1], `"role":"signatory"`) {
		t.Fatalf("export:\n%s", exported)
	}

	// Into a fresh database, and out again: the same bytes.
	data2 := filepath.Join(dir, "data2")
	if code, _, errOut := runCLI(t, "", "--data", data2, "import", writeFile(t, dir, "e2.jsonl", []byte(experts))); code != 0 {
		t.Fatal(errOut)
	}
	if code, out, errOut := runCLI(t, string(exported), "--data", data2, "programme", "import", "--kind", "agreement", "-"); code != 0 ||
		!strings.Contains(out, "2 created") {
		t.Fatalf("import of the export: %d %q %q", code, out, errOut)
	}
	code, again, errOut := runCLI(t, "", "--data", data2, "programme", "export", "--kind", "agreement")
	if code != 0 || again != string(exported) {
		t.Fatalf("second export differs (%d, %s):\n%s\nwant\n%s", code, errOut, again, exported)
	}
	// Importing the export where it came from changes nothing.
	if code, out, _ := runCLI(t, "", "--data", data, "programme", "import", "--kind", "agreement", first); code != 0 || !strings.Contains(out, "2 unchanged") {
		t.Fatalf("re-import: %d %q", code, out)
	}

	if code, out, _ := runCLI(t, "", "--data", data, "programme", "list", "--kind", "agreement"); code != 0 ||
		!strings.Contains(out, "ag-1") || !strings.Contains(out, "Меморандум") {
		t.Fatalf("list: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "", "--data", data, "programme", "list", "--expiring", "30"); code != 0 || out != "" {
		t.Fatalf("nothing expires within 30 days: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "", "--data", data, "programme", "list", "--expiring", "36000"); code != 0 || !strings.Contains(out, "ag-2") {
		t.Fatalf("expiring: %d %q", code, out)
	}
	if code, _, errOut := runCLI(t, "", "--data", data, "programme", "export", "--kind", "meeting"); code == 0 || !strings.Contains(errOut, "--kind") {
		t.Fatalf("unknown kind: %d %q", code, errOut)
	}
}
