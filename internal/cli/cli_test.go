package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs a command in-process with a private data directory and no
// environment, returning the exit status and both streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, func(string) string { return "" })
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDemoIsDeterministic(t *testing.T) {
	_, a, _ := runCLI(t, "", "demo", "--experts", "50", "--seed", "7")
	_, b, _ := runCLI(t, "", "demo", "--experts", "50", "--seed", "7")
	_, c, _ := runCLI(t, "", "demo", "--experts", "50", "--seed", "8")
	if a != b {
		t.Fatal("same seed gave different files")
	}
	if a == c {
		t.Fatal("different seeds gave the same file")
	}
	if n := strings.Count(a, "\n"); n != 50 {
		t.Fatalf("%d lines, want 50", n)
	}
}

func TestRoundTripIsByteIdentical(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "", "demo", "--experts", "300", "--seed", "3", "--out", filepath.Join(dir, "demo.jsonl"))
	if code != 0 {
		t.Fatalf("demo: %d %s", code, stderr)
	}
	first, second := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	if code, _, stderr := runCLI(t, "", "--data", first, "import", filepath.Join(dir, "demo.jsonl")); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	code, out1, stderr := runCLI(t, "", "--data", first, "export")
	if code != 0 {
		t.Fatalf("export: %d %s", code, stderr)
	}
	exported := writeFile(t, dir, "export1.jsonl", []byte(out1))
	if code, _, stderr := runCLI(t, "", "--data", second, "import", exported); code != 0 {
		t.Fatalf("import of export: %d %s", code, stderr)
	}
	_, out2, _ := runCLI(t, "", "--data", second, "export")
	if out1 != out2 {
		t.Fatal("export → import → export is not byte-identical")
	}
	if strings.Count(out1, "\n") != 300 {
		t.Fatalf("exported %d experts, want 300", strings.Count(out1, "\n"))
	}
	// Importing the same file again changes nothing.
	code, stdout, _ := runCLI(t, "", "--data", second, "import", exported)
	if code != 0 || !strings.Contains(stdout, "0 created, 0 updated, 300 unchanged, 0 rejected") {
		t.Fatalf("re-import: %d %q", code, stdout)
	}
}
