// Command searchbench measures the expert search end to end on demo data:
// how long the index takes to build, how fast it answers in-process and
// through the HTTP API, how soon `serve` answers on an existing index, and
// how far all that is from a plain exhaustive BM25 scan of the same corpus.
//
//	go run ./bench/searchbench                       # 100,000 experts, 1,000 queries
//	go run ./bench/searchbench -experts 20000 -queries 500
//	go run ./bench/searchbench -dir /tmp/sb -keep    # reuse the data and index of an earlier run
//	go run ./bench/searchbench -dir /tmp/sb -keep -skip http,scan -cpuprofile cpu.out
//
// Steps, each printed with its figures:
//
//  1. build the talentbridge binary;
//  2. data: `talentbridge demo` writes N experts (-seed), `talentbridge
//     import` loads them into a fresh SQLite data directory (skipped with
//     -keep when the directory already holds them);
//  3. index: `talentbridge reindex` builds the index from the database,
//     timed from outside, with the process's peak RSS (getrusage) and the
//     index size on disk (skipped with -keep when an index exists);
//  4. inproc: the query mix (see queries.go) against the index opened in
//     this process, through search.Index.Search: p50, p90, p99;
//  5. serve: `talentbridge serve` on the same directory, started -starts
//     times; readiness is the time from starting the process to the first
//     answered search (dictionary loading included);
//  6. app: the same queries through app.SearchExperts (engine, database,
//     policy; no HTTP);
//  7. http: the same queries as GET /api/v1/experts?q=… on loopback, one
//     at a time over a kept-alive connection: p50, p90, p99;
//  8. scan: an exhaustive in-memory BM25 scorer over textproc tokens of the
//     same documents, on the same queries, and the ratio engine/scan.
//
// With -direct, steps 2 and 3 are replaced by building the index in this
// process straight from the generator (no database, no binary, no http
// step), which isolates the engine; -buildprofile profiles that build.
// With -appbuild, step 3 runs the app's rebuild in this process instead of
// the binary (what reindex does, profiled with -buildprofile).
//
// The machine's load average is printed at the start and the end: compare
// figures within one run, not across runs on a busy machine. Next to every
// wall-clock figure the CPU time is given (of the query's thread in
// process, of the server per request, of the whole build): on a shared
// machine that is the figure that says what the code costs.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"time"
)

type config struct {
	experts, queries, starts int
	batch                    int
	seed                     int64
	dir                      string
	keep, direct, compact    bool
	appBuild                 bool
	skip                     map[string]bool
	cpuProfile, buildProfile string
	appProfile               string
}

func main() {
	var cfg config
	var skip string
	flag.IntVar(&cfg.experts, "experts", 100000, "demo experts in the corpus")
	flag.IntVar(&cfg.queries, "queries", 1000, "queries in the mix")
	flag.IntVar(&cfg.starts, "starts", 3, "times serve is started to measure readiness")
	flag.Int64Var(&cfg.seed, "seed", 1, "seed of the demo data and of the query mix")
	flag.StringVar(&cfg.dir, "dir", "", "working directory (default: a new temporary one, removed at the end unless -keep)")
	flag.BoolVar(&cfg.keep, "keep", false, "keep the working directory, and reuse its data and index when present")
	flag.BoolVar(&cfg.direct, "direct", false, "build the index in this process straight from the generator (no database, no binary, no http step): the engine alone")
	flag.BoolVar(&cfg.appBuild, "appbuild", false, "build the index in this process through the app's rebuild (as reindex does), replacing any index; -buildprofile profiles it")
	flag.BoolVar(&cfg.compact, "compact", false, "after the in-process step, merge the index into one segment and run it again")
	flag.StringVar(&skip, "skip", "", "comma-separated steps to skip: inproc, app, http, scan")
	flag.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the in-process queries to this file")
	flag.StringVar(&cfg.appProfile, "appprofile", "", "write a CPU profile of the app step's queries to this file")
	flag.IntVar(&cfg.batch, "batch", 500, "documents per Index call in a -direct build (the app's rebuild uses 500)")
	flag.StringVar(&cfg.buildProfile, "buildprofile", "", "write a CPU profile of the -direct or -appbuild index build to this file")
	flag.Parse()
	cfg.skip = map[string]bool{}
	for _, s := range strings.Split(skip, ",") {
		cfg.skip[strings.TrimSpace(s)] = true
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, cfg); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, cfg config) error {
	if cfg.dir == "" {
		d, err := os.MkdirTemp("", "searchbench")
		if err != nil {
			return err
		}
		cfg.dir = d
	}
	if !cfg.keep {
		defer os.RemoveAll(cfg.dir)
	}
	fmt.Printf("searchbench: %d experts, %d queries, seed %d, dir %s\n", cfg.experts, cfg.queries, cfg.seed, cfg.dir)
	fmt.Printf("load: %s\n", loadAverage())

	data := filepath.Join(cfg.dir, "data")
	var bin string
	if cfg.direct {
		cfg.skip["http"] = true
		if err := buildDirect(ctx, cfg, data); err != nil {
			return err
		}
	} else {
		var err error
		if bin, err = buildBinary(ctx, cfg.dir); err != nil {
			return err
		}
		if err := ensureData(ctx, bin, data, cfg); err != nil {
			return err
		}
		build := ensureIndex
		if cfg.appBuild {
			build = func(ctx context.Context, _, data string, cfg config) error { return buildInApp(ctx, cfg, data) }
		}
		if err := build(ctx, bin, data, cfg); err != nil {
			return err
		}
	}
	qs := makeQueries(cfg.seed, cfg.experts, cfg.queries)
	fmt.Printf("queries: %s\n", describe(qs))

	var engine, engineCPU, web timings
	var err error
	if !cfg.skip["inproc"] {
		if engine, engineCPU, err = runInProcess(ctx, data, qs, cfg.cpuProfile, cfg.compact); err != nil {
			return err
		}
	}
	if !cfg.skip["app"] && !cfg.direct {
		if err := runApp(ctx, data, qs, cfg.appProfile); err != nil {
			return err
		}
	}
	if !cfg.skip["http"] {
		if web, err = runHTTP(ctx, bin, data, qs, cfg.starts); err != nil {
			return err
		}
	}
	if !cfg.skip["scan"] {
		scan, scanCPU, err := runScan(ctx, cfg, data, qs)
		if err != nil {
			return err
		}
		ratio := func(label string, t, floor timings) {
			if len(t) > 0 {
				fmt.Printf("ratio %s/scan: p50 %.2f×, p99 %.2f×\n", label,
					t.pct(50).Seconds()/floor.pct(50).Seconds(), t.pct(99).Seconds()/floor.pct(99).Seconds())
			}
		}
		ratio("inproc wall", engine, scan)
		ratio("inproc CPU", engineCPU, scanCPU)
		ratio("http wall", web, scan)
	}
	fmt.Printf("load: %s\n", loadAverage())
	return nil
}

// loadAverage reads the 1, 5 and 15 minute load averages.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// startProfile starts a CPU profile when path is set; the returned func stops it.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// since formats a duration for the report.
func since(start time.Time) string { return fmtDur(time.Since(start)) }

func fmtDur(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return fmt.Sprintf("%.1f s", d.Seconds())
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= 10*time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d)/1e6)
	}
	return fmt.Sprintf("%.2f ms", float64(d)/1e6)
}
