// Command signinbench brute-forces the sign-in of a TalentBridge server on
// loopback and reports how the limiter slows it down, and whether any
// response tells a wrong password from an unknown account.
//
//	go run ./bench/signinbench [-duration 60s] [-timing 40]
//
// It wires a server exactly as `talentbridge serve` does (a fresh SQLite
// database, the production argon2id parameters and limiter) and sends
// POST /api/v1/sessions over TCP. Phase 1 guesses one login's password
// from one address and counts, per second, the guesses the server
// evaluated (401) and refused (429). Phase 2 runs on a second server whose
// limiter never engages and compares wrong passwords for an existing
// account with any password for a missing one: status, body and timing.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"slices"
	"time"

	"talentbridge/internal/api"
	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/policy"
	"talentbridge/internal/server"
	"talentbridge/internal/store"
)

func main() {
	duration := flag.Duration("duration", 60*time.Second, "length of the brute-force phase")
	timing := flag.Int("timing", 40, "requests per kind in the timing phase")
	flag.Parse()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	url, login := start(ctx, app.AccountsConfig{})
	fmt.Printf("brute force against %s, login %q, one address, for %v\n", url, login, *duration)
	bruteForce(url, login, *duration)

	unlimited := app.AccountsConfig{Limiter: app.LimiterConfig{FreeFailures: 1 << 30, AddrBurst: 1 << 30}}
	url, login = start(ctx, unlimited)
	fmt.Printf("\nexisting vs missing account, %d requests each, limiter off\n", *timing)
	compare(url, login, *timing)
}

// start serves a fresh database with one account and returns the base URL
// and the account's login.
func start(ctx context.Context, cfg app.AccountsConfig) (string, string) {
	dir, err := os.MkdirTemp("", "signinbench")
	check(err)
	db, err := store.Open(ctx, store.Config{DataDir: dir})
	check(err)
	_, err = db.Migrate(ctx)
	check(err)
	a := app.New(db, nil)
	check(a.ConfigureAccounts(cfg))
	actx := app.WithCaller(ctx, policy.Admin(), "bench")
	_, _, err = a.CreateUser(actx, policy.Admin(), app.NewUser{Login: "victim@example.org", Role: policy.RoleCoordinator,
		City: "moscow", Password: "the real password 2025"})
	check(err)
	tr, err := i18n.New()
	check(err)
	srv := server.New(server.Config{Addr: "127.0.0.1:0"}, api.New(a, tr, api.Config{}, nil), nil)
	check(srv.Listen())
	go func() { _ = srv.Run(ctx) }()
	return "http://" + srv.Addr(), "victim@example.org"
}

type result struct {
	status int
	body   string
	took   time.Duration
	retry  string
}

func signIn(url, login, password string) result {
	body := fmt.Sprintf(`{"login":%q,"password":%q}`, login, password)
	t0 := time.Now()
	resp, err := http.Post(url+"/api/v1/sessions", "application/json", bytes.NewBufferString(body))
	check(err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return result{status: resp.StatusCode, body: string(b), took: time.Since(t0), retry: resp.Header.Get("Retry-After")}
}

// bruteForce guesses as fast as one client can and prints, for each
// second, how many guesses the server checked and how many it refused, and
// the rate of checked guesses before and after the limiter engaged.
func bruteForce(url, login string, d time.Duration) {
	type second struct{ checked, refused int }
	var secs []second
	var engaged time.Duration
	checked, checkedBefore := 0, 0
	start := time.Now()
	n := 0
	for i := 0; time.Since(start) < d; i++ {
		n++
		r := signIn(url, login, fmt.Sprintf("guess-%06d", i))
		at := time.Since(start)
		for len(secs) <= int(at.Seconds()) {
			secs = append(secs, second{})
		}
		s := &secs[int(at.Seconds())]
		switch r.status {
		case http.StatusUnauthorized:
			s.checked++
			checked++
		case http.StatusTooManyRequests:
			s.refused++
			if engaged == 0 {
				engaged, checkedBefore = at, checked
				fmt.Printf("limiter engaged at guess %d after %.2fs (Retry-After: %ss)\n", i+1, at.Seconds(), r.retry)
			}
		default:
			log.Fatalf("guess %d: unexpected %d %s", i, r.status, r.body)
		}
	}
	total := time.Since(start)
	for i, s := range secs {
		if s.checked > 0 {
			fmt.Printf("  second %3d: %d guesses checked, %5d refused\n", i, s.checked, s.refused)
		}
	}
	fmt.Printf("%d guesses in %.2fs; %d checked\n", n, total.Seconds(), checked)
	if engaged > 0 {
		fmt.Printf("checked guesses/s: %.1f before the limiter engaged, %.2f after\n",
			float64(checkedBefore)/engaged.Seconds(), float64(checked-checkedBefore)/(total-engaged).Seconds())
	}
}

// compare signs in with wrong passwords for the existing account and for
// missing ones, alternating, and compares what comes back.
func compare(url, login string, n int) {
	var known, unknown []time.Duration
	bodies := map[string]int{}
	for i := range n {
		// Alternate which kind goes first, so that neither always follows
		// the other (a write of one request can slow the next).
		var k, u result
		if i%2 == 0 {
			k = signIn(url, login, fmt.Sprintf("wrong-%d", i))
			u = signIn(url, fmt.Sprintf("nobody-%d@example.org", i), fmt.Sprintf("wrong-%d", i))
		} else {
			u = signIn(url, fmt.Sprintf("nobody-%d@example.org", i), fmt.Sprintf("wrong-%d", i))
			k = signIn(url, login, fmt.Sprintf("wrong-%d", i))
		}
		bodies[fmt.Sprintf("%d %s", k.status, k.body)]++
		bodies[fmt.Sprintf("%d %s", u.status, u.body)]++
		known = append(known, k.took)
		unknown = append(unknown, u.took)
	}
	fmt.Printf("distinct (status, body) pairs over both kinds: %d\n", len(bodies))
	for b, c := range bodies {
		fmt.Printf("  %dx %s", c, b)
	}
	fmt.Printf("existing account, wrong password: median %v, p10 %v, p90 %v\n", pct(known, 50), pct(known, 10), pct(known, 90))
	fmt.Printf("missing account:                  median %v, p10 %v, p90 %v\n", pct(unknown, 50), pct(unknown, 10), pct(unknown, 90))
}

func pct(d []time.Duration, p int) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[(len(s)-1)*p/100].Round(100 * time.Microsecond)
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
