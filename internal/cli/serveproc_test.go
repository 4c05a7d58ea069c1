package cli

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"talentbridge/internal/store/storetest"
)

// Helpers for tests that run real `talentbridge serve` processes.

// buildTalentbridge compiles the binary into the test's temporary directory.
func buildTalentbridge(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "talentbridge")
	if out, err := exec.Command("go", "build", "-o", bin, "talentbridge/cmd/talentbridge").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// freshPostgres creates an empty database on the test server (skipping the
// test without one, failing it under CI) and drops it when the test ends.
func freshPostgres(t *testing.T) string {
	t.Helper()
	serverURL := storetest.PostgresURL(t)
	admin, err := sql.Open("pgx", serverURL)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	name := "tbmulti_" + hex.EncodeToString(b)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("postgres: create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("postgres: drop database %s: %v", name, err)
		}
	})
	if !strings.Contains(serverURL, "://") {
		return serverURL + " dbname=" + name
	}
	u, err := url.Parse(serverURL)
	if err != nil {
		t.Fatalf("%s: %v", storetest.EnvPostgresURL, err)
	}
	u.Path = "/" + name
	return u.String()
}

// requestTimeout bounds one API request; generous, as the machine running
// the tests may be busy.
const requestTimeout = 30 * time.Second

// serveProc is one running `talentbridge serve`.
type serveProc struct {
	t      *testing.T
	cmd    *exec.Cmd
	base   string
	token  string
	data   string
	exited chan struct{}
	out    *lockedBuffer
}

// startServe starts serve on its own data directory (its own index) over
// the database and a free loopback port; it does not wait for it.
func startServe(t *testing.T, bin, dbURL, data, token string) *serveProc {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	p := &serveProc{t: t, base: "http://" + addr, token: token, data: data, exited: make(chan struct{}), out: &lockedBuffer{}}
	p.cmd = exec.Command(bin, "--database-url", dbURL, "--data", data, "serve", "--addr", addr, "--admin-token", token)
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { _ = p.cmd.Wait(); close(p.exited) }()
	t.Cleanup(p.stop)
	return p
}

// waitReady polls until a search answers.
func (p *serveProc) waitReady(timeout time.Duration) {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if status, _ := p.request(http.MethodGet, "/api/v1/experts?q=ready", nil); status == http.StatusOK {
			return
		}
		select {
		case <-p.exited:
			p.t.Fatalf("serve exited:\n%s", p.out)
		case <-time.After(20 * time.Millisecond):
		}
	}
	p.t.Fatalf("serve did not answer within %s:\n%s", timeout, p.out)
}

// kill ends the process with SIGKILL and waits for it.
func (p *serveProc) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.exited
}

// stop ends the process gracefully, killing it if it takes too long.
func (p *serveProc) stop() {
	select {
	case <-p.exited:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(20 * time.Second):
		p.kill()
	}
}

// request sends one API request as the admin and returns the status and body.
func (p *serveProc) request(method, path string, body any, header ...string) (int, []byte) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			p.t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(context.Background(), requestTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, p.base+path, rd)
	if err != nil {
		p.t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// search returns the ids of the first page and the total for text, as
// the admin sees them (every profile, whatever its visibility).
func (p *serveProc) search(text string) (ids []int64, total int) {
	p.t.Helper()
	status, body := p.request(http.MethodGet, "/api/v1/experts?per_page=100&q="+url.QueryEscape(text), nil)
	if status != http.StatusOK {
		p.t.Fatalf("search %q: status %d: %s", text, status, body)
	}
	var res struct {
		Items []struct {
			ID int64 `json:"id"`
		} `json:"items"`
		Total int `json:"total"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		p.t.Fatalf("search %q: %v", text, err)
	}
	for _, it := range res.Items {
		ids = append(ids, it.ID)
	}
	return ids, res.Total
}

// eventually polls cond until it holds or the time is up, and returns how
// long it took.
func eventually(t *testing.T, within time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for {
		if cond() {
			return time.Since(start)
		}
		if time.Since(start) > within {
			t.Fatalf("%s: not within %s", what, within)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// lockedBuffer collects a process's output from its copying goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// seedDemo imports n demo experts into the database through the binary.
func seedDemo(t *testing.T, bin, dbURL string, n int, seed int64) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "experts.jsonl")
	if code, _, stderr := runCLI(t, "", "demo", "--experts", strconv.Itoa(n), "--seed", fmt.Sprint(seed), "--out", file); code != 0 {
		t.Fatalf("demo: %s", stderr)
	}
	out, err := exec.Command(bin, "--database-url", dbURL, "--data", t.TempDir(), "import", "--progress", "never", file).CombinedOutput()
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
}
