package cli

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"talentbridge/internal/store"
)

// TestKillDuringImport kills an import with SIGKILL mid-way, runs the same
// import again, and checks that the database holds every expert exactly once
// and exactly as in the file. TALENTBRIDGE_KILL_EXPERTS sets the file size
// (default 20,000; the closing note's run used 100,000).
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and imports thousands of experts")
	}
	n := 20000
	if v, err := strconv.Atoi(os.Getenv("TALENTBRIDGE_KILL_EXPERTS")); err == nil && v > 0 {
		n = v
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "talentbridge")
	build := exec.Command("go", "build", "-o", bin, "talentbridge/cmd/talentbridge")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	src := filepath.Join(dir, "experts.jsonl")
	if code, _, stderr := runCLI(t, "", "demo", "--experts", strconv.Itoa(n), "--seed", "11", "--out", src); code != 0 {
		t.Fatalf("demo: %s", stderr)
	}
	data := filepath.Join(dir, "data")

	// First run: kill it once a part of the file is in.
	cmd := exec.Command(bin, "--data", data, "import", "--progress", "never", src)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitForExperts(t, data, n/4)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	partial := countExperts(t, data)
	if partial <= 0 || partial >= n {
		t.Logf("killed with %d of %d experts in (the import may have finished first)", partial, n)
	}

	// Second run completes the import.
	out, err := exec.Command(bin, "--data", data, "import", "--progress", "never", src).CombinedOutput()
	if err != nil {
		t.Fatalf("second import: %v\n%s", err, out)
	}
	if got := countExperts(t, data); got != n {
		t.Fatalf("%d experts after the second run, want %d", got, n)
	}
	exported, err := exec.Command(bin, "--data", data, "export").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(src)
	if !sameLines(exported, want) {
		t.Fatal("the database does not hold exactly the file's experts")
	}
	t.Logf("killed at %d of %d experts; the second run completed the import exactly", partial, n)
}

func waitForExperts(t *testing.T, data string, min int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(filepath.Join(data, "talentbridge.db")); err == nil {
			if countExperts(t, data) >= min {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the import did not reach %d experts in time", min)
}

func countExperts(t *testing.T, data string) int {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{DataDir: data})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v == 0 {
		return 0
	}
	n, err := db.CountExperts(ctx, store.ExpertFilter{})
	if err != nil {
		return 0 // the schema may not be complete yet
	}
	return n
}

// sameLines reports whether a and b hold the same lines, each as often.
func sameLines(a, b []byte) bool {
	count := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(a))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		count[sc.Text()]++
	}
	sc = bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		count[sc.Text()]--
	}
	for _, c := range count {
		if c != 0 {
			return false
		}
	}
	return true
}
