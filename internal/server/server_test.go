package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a log destination safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testLogger() (*slog.Logger, *syncBuffer) {
	var buf syncBuffer
	return slog.New(slog.NewJSONHandler(&buf, nil)), &buf
}

func TestMiddleware(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"1"`)
		io.WriteString(w, "fine")
	})
	mux.HandleFunc("GET /panic", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"1"`)
		panic("boom")
	})
	mux.HandleFunc("GET /late-panic", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "partial")
		panic("late boom")
	})
	mux.HandleFunc("GET /own-csp", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'")
	})

	tests := []struct {
		name       string
		path       string
		wantStatus int
		wantBody   string
		wantCSP    string
		wantLog    []string
	}{
		{"ok", "/ok?name=Secret+Person", 200, "fine", DefaultContentSecurityPolicy,
			[]string{`"method":"GET"`, `"path":"/ok"`, `"status":200`, `"duration"`}},
		{"panic", "/panic", 500, `"code":"internal"`, DefaultContentSecurityPolicy,
			[]string{`"panic":"boom"`, `"status":500`, `"stack"`}},
		{"panic after writing", "/late-panic", 200, "partial", DefaultContentSecurityPolicy,
			[]string{`"panic":"late boom"`}},
		{"handler sets its own policy", "/own-csp", 200, "", "default-src 'none'", nil},
		{"not found", "/nowhere", 404, "", DefaultContentSecurityPolicy, []string{`"status":404`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			log, buf := testLogger()
			h := Wrap(mux, DefaultContentSecurityPolicy, log)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))

			if rec.Code != tt.wantStatus {
				t.Errorf("status %d, want %d", rec.Code, tt.wantStatus)
			}
			if !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("body %q lacks %q", rec.Body, tt.wantBody)
			}
			hdr := rec.Result().Header
			for k, want := range map[string]string{
				"X-Content-Type-Options":  "nosniff",
				"X-Frame-Options":         "DENY",
				"Referrer-Policy":         "strict-origin-when-cross-origin",
				"Content-Security-Policy": tt.wantCSP,
			} {
				if got := hdr.Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			logged := buf.String()
			for _, want := range tt.wantLog {
				if !strings.Contains(logged, want) {
					t.Errorf("log lacks %s:\n%s", want, logged)
				}
			}
			if strings.Contains(logged, "Secret") {
				t.Errorf("log shows the query string:\n%s", logged)
			}
		})
	}
}

func TestPanicResponseIsJSON(t *testing.T) {
	log, _ := testLogger()
	h := Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"7"`)
		panic(errors.New("broken"))
	}), DefaultContentSecurityPolicy, log)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	var body struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("body %q: %v", rec.Body, err)
	}
	if body.Error.Code != "internal" || body.Error.Message == "" {
		t.Errorf("body %+v", body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	if et := rec.Header().Get("ETag"); et != "" {
		t.Errorf("ETag of the abandoned response kept: %q", et)
	}
}

func TestAbortHandlerPassesThrough(t *testing.T) {
	log, buf := testLogger()
	h := Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic(http.ErrAbortHandler)
	}), DefaultContentSecurityPolicy, log)
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler", v)
		}
		if strings.Contains(buf.String(), "panic serving request") {
			t.Error("a deliberate abort was logged as a panic")
		}
	}()
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}

// TestGracefulShutdown starts a slow request, cancels the server's context
// while it runs, and checks that the request still completes, that Run
// returns nil, and that the port is closed afterwards.
func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		io.WriteString(w, "done")
	})
	log, _ := testLogger()
	srv := New(Config{Addr: "127.0.0.1:0"}, h, log)
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	addr := srv.Addr()
	if addr == "" || strings.HasSuffix(addr, ":0") {
		t.Fatalf("Addr() = %q after Listen", addr)
	}

	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- srv.Run(ctx) }()

	type result struct {
		body string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + addr + "/slow")
		if err != nil {
			got <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- result{string(b), err}
	}()

	<-started
	cancel()
	// Run must wait for the request in flight.
	select {
	case err := <-ran:
		t.Fatalf("Run returned %v while a request was in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)

	r := <-got
	if r.err != nil || r.body != "done" {
		t.Fatalf("in-flight request: %q, %v", r.body, r.err)
	}
	select {
	case err := <-ran:
		if err != nil {
			t.Fatalf("Run = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after shutdown")
	}
	if resp, err := http.Get("http://" + addr + "/"); err == nil {
		resp.Body.Close()
		t.Fatal("server still accepts connections after shutdown")
	}
}

// TestShutdownIsBounded checks that a request that never ends does not keep
// Run from returning.
func TestShutdownIsBounded(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
	})
	log, _ := testLogger()
	srv := New(Config{Addr: "127.0.0.1:0", ShutdownTimeout: 200 * time.Millisecond}, h, log)
	if err := srv.Listen(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- srv.Run(ctx) }()
	go func() {
		if resp, err := http.Get("http://" + srv.Addr() + "/"); err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	cancel()
	select {
	case err := <-ran:
		if err == nil {
			t.Error("Run = nil, want the shutdown timeout reported")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return within the shutdown bound")
	}
}

func TestListenError(t *testing.T) {
	first := New(Config{Addr: "127.0.0.1:0"}, http.NotFoundHandler(), nil)
	if err := first.Listen(); err != nil {
		t.Fatal(err)
	}
	defer first.ln.Close()
	second := New(Config{Addr: first.Addr()}, http.NotFoundHandler(), nil)
	if err := second.Run(context.Background()); err == nil {
		t.Fatal("Run on a busy address succeeded")
	}
}
