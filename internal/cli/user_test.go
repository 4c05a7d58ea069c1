package cli

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestUserAndAuditCommands(t *testing.T) {
	data := t.TempDir()
	steps := []struct {
		stdin    string
		args     []string
		code     int
		want     string // in stdout
		wantErr  string // in stderr
		notInOut string
	}{
		{"a long enough password\n", []string{"user", "add", "Coord@Example.org", "--role", "coordinator", "--city", "moscow", "--password-stdin"},
			0, "created account 1 coord@example.org (coordinator)", "", "one-time"},
		{"", []string{"user", "add", "second-admin", "--role", "admin"}, 0, "one-time password", "", ""},
		{"", []string{"user", "add", "bad", "--role", "coordinator"}, 1, "", "city", ""},
		{"short\n", []string{"user", "passwd", "coord@example.org"}, 1, "", "password", ""},
		{"another long password\n", []string{"user", "passwd", "coord@example.org"}, 0, "password of coord@example.org changed", "", ""},
		{"", []string{"user", "token", "coord@example.org", "--scope", "read,write", "--name", "ci"}, 0, "tbt_", "scopes read,write", ""},
		{"", []string{"user", "disable", "coord@example.org"}, 0, "coord@example.org disabled", "", ""},
		{"", []string{"user", "list"}, 0, "coord@example.org", "", ""},
		{"", []string{"audit", "--action", "user.", "--since", "1h"}, 0, "user.create", "", "a long enough password"},
		{"", []string{"audit", "--object", "user:1"}, 0, "user.disable", "", ""},
		{"", []string{"audit", "--since", "yesterday-ish"}, 1, "", "--since", ""},
	}
	for _, s := range steps {
		args := append([]string{"--data", data}, s.args...)
		code, out, errOut := runCLI(t, s.stdin, args...)
		name := strings.Join(s.args, " ")
		if code != s.code {
			t.Fatalf("%s: exit %d, want %d\nstdout: %s\nstderr: %s", name, code, s.code, out, errOut)
		}
		if !strings.Contains(out, s.want) {
			t.Errorf("%s: stdout %q lacks %q", name, out, s.want)
		}
		if !strings.Contains(errOut, s.wantErr) {
			t.Errorf("%s: stderr %q lacks %q", name, errOut, s.wantErr)
		}
		if s.notInOut != "" && strings.Contains(out, s.notInOut) {
			t.Errorf("%s: stdout holds %q", name, s.notInOut)
		}
	}
	_, out, _ := runCLI(t, "", "--data", data, "audit")
	if !strings.Contains(out, "cli") {
		t.Errorf("audit entries do not name the command line as the address:\n%s", out)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"", time.Time{}, true},
		{"24h", now.Add(-24 * time.Hour), true},
		{"2025-05-01", time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), true},
		{"2025-05-01T10:00:00Z", time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC), true},
		{"-1h", time.Time{}, false},
		{"soon", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := parseSince(tt.in, now)
		if (err == nil) != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseSince(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestServeCreatesTheFirstAdminOnce(t *testing.T) {
	data := t.TempDir()
	for i, wantPassword := range []bool{true, false} {
		var out strings.Builder
		e := &env{stdout: &out, stderr: &out, getenv: func(string) string { return "" }, cfg: Config{DataDir: data}}
		ctx, cancel := context.WithCancel(context.Background())
		a, closeApp, err := e.openApp(ctx, refuseOld, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.bootstrapAccounts(ctx, a); err != nil {
			t.Fatal(err)
		}
		cancel()
		closeApp()
		if got := strings.Contains(out.String(), "one-time password"); got != wantPassword {
			t.Errorf("start %d: password printed = %v, want %v:\n%s", i+1, got, wantPassword, out.String())
		}
	}
}
