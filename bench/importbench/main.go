// Command importbench measures how fast demo experts are imported into an
// empty database: SQLite in a fresh temporary data directory and, when
// -database-url is given, a PostgreSQL database (emptied first).
//
//	go run ./bench/importbench -experts 100000 -runs 3 [-database-url postgres://…]
//
// It generates the interchange file once, then imports it -runs times into
// an empty database and prints each run and the median in experts/second.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"syscall"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/model"
	"talentbridge/internal/store"
)

func main() {
	n := flag.Int("experts", 100000, "experts to import")
	runs := flag.Int("runs", 3, "runs per database")
	pgURL := flag.String("database-url", "", "PostgreSQL URL to measure as well (its experts are deleted first)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the runs to this file")
	flag.Parse()
	ctx := context.Background()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}

	dir, err := os.MkdirTemp("", "importbench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "experts.jsonl")
	if err := writeDemo(file, *n); err != nil {
		log.Fatal(err)
	}
	st, _ := os.Stat(file)
	fmt.Printf("file: %d experts, %.1f MB\n", *n, float64(st.Size())/1e6)

	measure := func(label string, cfg func(run int) store.Config) {
		var rates []float64
		for r := 0; r < *runs; r++ {
			rate, err := importOnce(ctx, cfg(r), file)
			if err != nil {
				log.Fatalf("%s: %v", label, err)
			}
			fmt.Printf("%s run %d: %.0f experts/s\n", label, r+1, rate)
			rates = append(rates, rate)
		}
		sort.Float64s(rates)
		fmt.Printf("%s median: %.0f experts/s\n", label, rates[len(rates)/2])
	}
	measure("sqlite", func(r int) store.Config { return store.Config{DataDir: filepath.Join(dir, fmt.Sprint("data", r))} })
	if *pgURL != "" {
		measure("postgres", func(int) store.Config { return store.Config{DatabaseURL: *pgURL} })
	}
}

func writeDemo(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := app.NewInterchangeEncoder(f)
	if err := demo.New(1).Each(n, func(e model.Expert) error { e.Normalize(); return enc.Encode(&e) }); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// importOnce imports the file into an empty database and returns experts/s,
// timing the import alone (opening and migrating are excluded).
func importOnce(ctx context.Context, cfg store.Config, file string) (float64, error) {
	db, err := store.Open(ctx, cfg)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	if _, err := db.Migrate(ctx); err != nil {
		return 0, err
	}
	if err := db.Truncate(ctx); err != nil {
		return 0, err
	}
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	start, cpu0 := time.Now(), cpuTime()
	rep, err := app.New(db, nil).ImportExperts(ctx, f, app.ImportOptions{})
	if err != nil {
		return 0, err
	}
	if rep.Failed > 0 || rep.Created != rep.Lines {
		return 0, fmt.Errorf("import was not clean: %+v", rep)
	}
	wall, cpu := time.Since(start), cpuTime()-cpu0
	fmt.Printf("  %d experts in %.1f s wall, %.1f s CPU (%.0f experts per CPU second)\n",
		rep.Created, wall.Seconds(), cpu.Seconds(), float64(rep.Created)/cpu.Seconds())
	return float64(rep.Created) / wall.Seconds(), nil
}

// cpuTime is the user and system time this process has used: on a shared
// machine it shows the work done, whatever the wall clock says.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
