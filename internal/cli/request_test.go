package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestRequestCommands(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	expert := `{"external_id":"msk-1","name":{"ru":"Иванова Мария"},"spheres":["transport.subway"]}` + "\n"
	if code, _, errOut := runCLI(t, "", "--data", data, "import", writeFile(t, dir, "e.jsonl", []byte(expert))); code != 0 {
		t.Fatal(errOut)
	}
	req := writeFile(t, dir, "r.json", []byte(`{"id":"req-17","title":"Вентиляция глубоких станций метро","city":"beijing","hard":["languages"],"languages":["ru"]}`))
	if code, out, errOut := runCLI(t, "", "--data", data, "request", "add", req); code != 0 || !strings.Contains(out, `"status": "open"`) {
		t.Fatalf("add: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "", "--data", data, "request", "add", req); code == 0 || errOut == "" {
		t.Fatalf("adding the same id twice: %d %q", code, errOut)
	}
	bad := writeFile(t, dir, "bad.json", []byte(`{"id":"req-18","title":"x","formats":["teleport"]}`))
	if code, _, errOut := runCLI(t, "", "--data", data, "request", "add", bad); code == 0 || !strings.Contains(errOut, "formats[0]") {
		t.Fatalf("invalid request: %d %q", code, errOut)
	}
	if code, out, _ := runCLI(t, "", "--data", data, "request", "decide", "req-17", "msk-1", "accepted", "--note", "говорит по-китайски"); code != 0 ||
		!strings.Contains(out, `"status": "shortlisted"`) {
		t.Fatalf("decide: %d %q", code, out)
	}
	upd := writeFile(t, dir, "u.json", []byte(`{"title":"Вентиляция станций","status":"closed"}`))
	if code, out, errOut := runCLI(t, "", "--data", data, "request", "update", "req-17", upd); code != 0 || !strings.Contains(out, `"status": "closed"`) {
		t.Fatalf("update: %d %q %q", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "", "--data", data, "request", "list", "--status", "closed"); code != 0 || !strings.Contains(out, "req-17") {
		t.Fatalf("list: %d %q", code, out)
	}
}
