package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// readyTimeout bounds how long a serve process may take to answer.
const readyTimeout = 2 * time.Minute

// runHTTP starts serve on the data directory -starts times to measure its
// readiness, and runs the mix against the last one.
func runHTTP(ctx context.Context, bin, data string, qs []benchQuery, starts int) (timings, error) {
	var ready timings
	for i := range max(starts, 1) {
		srv, took, err := startServe(ctx, bin, data, qs[0])
		if err != nil {
			return nil, err
		}
		ready = append(ready, took)
		if i < starts-1 {
			if err := srv.stop(); err != nil {
				return nil, err
			}
			continue
		}
		defer srv.stop()
		fmt.Printf("serve: ready in %s (median of %d starts; each: %v)\n", fmtDur(ready.pct(50)), len(ready), ready.list())
		settled, err := srv.settle(ctx)
		if err != nil {
			return nil, err
		}
		fmt.Printf("serve: background work after readiness (e.g. the matching index) ended %s after start; %s\n", fmtDur(settled), srv.memory())
		return srv.run(ctx, qs)
	}
	return nil, nil
}

type server struct {
	cmd     *exec.Cmd
	started time.Time
	exited  chan error // receives the result of Wait
	done    bool
	base    string
	client  *http.Client
}

// startServe starts the binary on a free loopback port and polls it with a
// search until one is answered; it returns the time that took.
func startServe(ctx context.Context, bin, data string, probe benchQuery) (*server, time.Duration, error) {
	port, err := freePort()
	if err != nil {
		return nil, 0, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	s := &server{
		base:   "http://" + addr,
		client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4}},
	}
	s.cmd = exec.Command(bin, "--data", data, "serve", "--addr", addr)
	// Its request log would drown the report.
	s.cmd.Stdout, s.cmd.Stderr = io.Discard, io.Discard
	start := time.Now()
	s.started = start
	if err := s.cmd.Start(); err != nil {
		return nil, 0, err
	}
	s.exited = make(chan error, 1)
	go func() { s.exited <- s.cmd.Wait() }()
	deadline := time.Now().Add(readyTimeout)
	for time.Now().Before(deadline) {
		if err := s.get(ctx, probe); err == nil {
			return s, time.Since(start), nil
		}
		select {
		case err := <-s.exited:
			s.done = true
			return nil, 0, fmt.Errorf("serve exited before answering: %v", err)
		case <-ctx.Done():
			_ = s.stop()
			return nil, 0, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
	_ = s.stop()
	return nil, 0, errors.New("serve did not answer in time")
}

// settleTimeout bounds the wait for a server's background work.
const settleTimeout = 10 * time.Minute

// settle waits until the server uses almost no CPU while no request is
// made: serve answers searches at once but builds other in-memory indexes
// in the background, and the query figures should not be theirs. It returns
// how long after the start that happened.
func (s *server) settle(ctx context.Context) (time.Duration, error) {
	deadline := time.Now().Add(settleTimeout)
	prev, err := pidCPU(s.cmd.Process.Pid)
	if err != nil {
		return 0, err
	}
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(time.Second):
		}
		cur, err := pidCPU(s.cmd.Process.Pid)
		if err != nil {
			return 0, err
		}
		if cur-prev < 50*time.Millisecond {
			return time.Since(s.started), nil
		}
		prev = cur
	}
	return 0, errors.New("serve kept busy in the background")
}

// run sends the mix one query at a time, after a warm-up over the first tenth.
func (s *server) run(ctx context.Context, qs []benchQuery) (timings, error) {
	for _, q := range qs[:len(qs)/10] {
		if err := s.get(ctx, q); err != nil {
			return nil, err
		}
	}
	all := make(timings, 0, len(qs))
	cpu0, _ := pidCPU(s.cmd.Process.Pid)
	for _, q := range qs {
		t0 := time.Now()
		if err := s.get(ctx, q); err != nil {
			return nil, err
		}
		all = append(all, time.Since(t0))
	}
	cpu1, _ := pidCPU(s.cmd.Process.Pid)
	fmt.Printf("http: %s (%d queries, GET /api/v1/experts on loopback); serve %s\n", all, len(all), s.memory())
	fmt.Printf("http: server CPU time per request, mean %s\n", fmtDur((cpu1-cpu0)/time.Duration(len(qs))))
	return all, nil
}

func (s *server) get(ctx context.Context, q benchQuery) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+"/api/v1/experts?"+q.values().Encode(), nil)
	if err != nil {
		return err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: status %d", q.Query.Text, resp.StatusCode)
	}
	return nil
}

// memory reports the server's resident and peak memory from /proc.
func (s *server) memory() string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return "memory unknown"
	}
	var rss, hwm string
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			rss = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			hwm = strings.TrimSpace(v)
		}
	}
	return fmt.Sprintf("RSS %s, peak %s", rss, hwm)
}

// stop ends the server with SIGTERM (it shuts down gracefully) and waits.
func (s *server) stop() error {
	s.client.CloseIdleConnections()
	if s.done {
		return nil
	}
	s.done = true
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (t timings) list() []string {
	out := make([]string, len(t))
	for i, d := range t {
		out[i] = fmtDur(d)
	}
	return out
}
