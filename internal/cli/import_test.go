package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func expertLine(xid, extra string) string {
	return fmt.Sprintf(`{"external_id":%q,"name":{"ru":"Петров Пётр Петрович","en":"Petr Petrov"},"city":"moscow","spheres":["transport.subway"]%s}`, xid, extra)
}

func TestImportKeepsGoodLinesAndReportsBadOnes(t *testing.T) {
	var f bytes.Buffer
	lines := []string{
		expertLine("ok-1", ""),                // 1
		`{"external_id": "broken", "name": {`, // 2 invalid JSON
		expertLine("utf8-bad", `,"position":{"en":"chief `+"\xff\xfe"+` engineer"}`), // 3 invalid UTF-8
		expertLine("sphere-bad", `,"spheres":["transport.teleport"]`),                // 4 unknown sphere
		expertLine("orcid-bad", `,"orcid":"0000-0002-1825-0098"`),                    // 5 bad checksum
		expertLine("bio-huge", `,"bio":{"ru":"`+strings.Repeat("я", 5<<20/2)+`"}`),   // 6 a 5 MB biography
		expertLine("ok-1", `,"city":"beijing"`),                                      // 7 repeats line 1's id
		`{"external_id":"no-name","city":"moscow"}`,                                  // 8 missing name
		``, // 9 blank: ignored
		expertLine("ok-2", `,"orcid":"0000-0002-1825-0097"`), // 10
		expertLine("field-bad", `,"sphere":"transport"`),     // 11 unknown field
		`[1,2,3]`,              // 12 not an object
		expertLine("ok-3", ``), // 13
	}
	f.WriteString(strings.Join(lines, "\n") + "\n")
	dir := t.TempDir()
	path := writeFile(t, dir, "bad.jsonl", f.Bytes())
	data := filepath.Join(dir, "data")

	code, stdout, stderr := runCLI(t, "", "--data", data, "import", path)
	if code != 1 {
		t.Fatalf("exit status %d, want 1\n%s", code, stderr)
	}
	wantErrs := []string{
		"bad.jsonl:2: ",
		"bad.jsonl:3: ",
		"bad.jsonl:4 (sphere-bad): spheres[0]: ",
		"bad.jsonl:5 (orcid-bad): orcid: ",
		"bad.jsonl:6 (bio-huge): bio.ru: ",
		"bad.jsonl:7 (ok-1): external_id: ",
		"bad.jsonl:8 (no-name): name: ",
		"bad.jsonl:11 (field-bad): sphere: ", // the id the line gives, though the line is rejected
		"bad.jsonl:12: ",
	}
	for _, w := range wantErrs {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q\n%s", w, stderr)
		}
	}
	if n := strings.Count(stderr, "\n"); n != len(wantErrs) {
		t.Errorf("%d error lines, want %d:\n%s", n, len(wantErrs), stderr)
	}
	if !strings.Contains(stdout, "12 lines: 3 created, 0 updated, 0 unchanged, 9 rejected") {
		t.Errorf("summary: %q", stdout)
	}
	_, exported, _ := runCLI(t, "", "--data", data, "export")
	for _, id := range []string{"ok-1", "ok-2", "ok-3"} {
		if !strings.Contains(exported, `"external_id":"`+id+`"`) {
			t.Errorf("valid line %s was not imported", id)
		}
	}
	if strings.Count(exported, "\n") != 3 || strings.Contains(exported, "beijing") {
		t.Errorf("export holds more than the three valid lines, or the duplicate overwrote the first:\n%s", exported)
	}
}

func TestImportMessagesFollowTheUserLanguage(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "one.jsonl", []byte(expertLine("orcid-bad", `,"orcid":"0000-0002-1825-0098"`)+"\n"))
	var out, errb bytes.Buffer
	code := run(t.Context(), []string{"--data", filepath.Join(dir, "d"), "import", path}, strings.NewReader(""), &out, &errb,
		func(k string) string {
			if k == "LANG" {
				return "ru_RU.UTF-8"
			}
			return ""
		})
	if code != 1 || !containsCyrillic(errb.String()) {
		t.Fatalf("want a Russian message, got %d %q", code, errb.String())
	}
}

func containsCyrillic(s string) bool {
	for _, r := range s {
		if r >= 'А' && r <= 'я' {
			return true
		}
	}
	return false
}

func TestImportDryRunWritesNothing(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "two.jsonl", []byte(expertLine("a-1", "")+"\n"+expertLine("a-2", "")+"\n"))
	data := filepath.Join(dir, "d")
	code, stdout, _ := runCLI(t, "", "--data", data, "import", "--dry-run", path)
	if code != 0 || !strings.Contains(stdout, "2 created") {
		t.Fatalf("dry run: %d %q", code, stdout)
	}
	_, exported, _ := runCLI(t, "", "--data", data, "export")
	if exported != "" {
		t.Fatalf("dry run wrote: %q", exported)
	}
}
