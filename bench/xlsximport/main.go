// Command xlsximport measures the import of a large spreadsheet, search
// index included: it writes -experts demo experts to an XLSX workbook (as
// the export writes it), imports it into an empty SQLite database in a
// temporary data directory, and brings a Bleve index on disk up to date with
// the import, as `talentbridge serve` does on start after a command-line
// import. It prints the time of each phase, the peak resident set size of
// the process and the peak Go heap.
//
//	go run ./bench/xlsximport -experts 100000
//
// The workbook is written by a child process (the same program with
// -write), so that the peak memory reported is the import's alone; give
// -workbook to import an existing file instead.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/tabular"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

func main() {
	n := flag.Int("experts", 100000, "experts in the workbook")
	workbook := flag.String("workbook", "", "import this workbook rather than a generated one")
	write := flag.String("write", "", "only write the workbook to this file")
	flag.Parse()
	if *write != "" {
		if err := writeWorkbook(*write, *n); err != nil {
			log.Fatal(err)
		}
		return
	}
	ctx := app.WithCaller(context.Background(), policy.Admin(), "bench")
	dir, err := os.MkdirTemp("", "xlsximport")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	file := *workbook
	if file == "" {
		file = filepath.Join(dir, "experts.xlsx")
		start := time.Now()
		cmd := exec.Command(os.Args[0], "-experts", strconv.Itoa(*n), "-write", file)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("workbook written in %.1f s (not counted)\n", time.Since(start).Seconds())
	}
	st, err := os.Stat(file)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("workbook: %s, %.1f MB\n", filepath.Base(file), float64(st.Size())/1e6)

	var peakHeap atomic.Uint64
	stop := sampleHeap(&peakHeap)

	an, err := textproc.New() // once per process, as in serve; timed apart
	if err != nil {
		log.Fatal(err)
	}
	db, err := store.Open(ctx, store.Config{DataDir: filepath.Join(dir, "data")})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Migrate(ctx); err != nil {
		log.Fatal(err)
	}
	a := app.New(db, nil)

	t0, cpu0 := time.Now(), cpuTime()
	f, err := os.Open(file)
	if err != nil {
		log.Fatal(err)
	}
	rep, err := a.ImportFile(ctx, f, file, app.FileOptions{}, app.ImportOptions{})
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	if rep.Failed > 0 || (*workbook == "" && rep.Created != *n) {
		log.Fatalf("import was not clean: %d created, %d failed, %d held for review, first errors %v",
			rep.Created, rep.Failed, rep.ForReview, rep.Errors[:min(3, len(rep.Errors))])
	}
	imported, cpuImport := time.Since(t0), cpuTime()-cpu0

	t1, cpu1 := time.Now(), cpuTime()
	idx, err := bleve.Open(filepath.Join(dir, "index"), an)
	if err != nil {
		log.Fatal(err)
	}
	a.UseIndex(idx, translit.Aliases)
	if _, err := a.SyncIndex(ctx); err != nil {
		log.Fatal(err)
	}
	indexed, cpuIndex := time.Since(t1), cpuTime()-cpu1
	total := time.Since(t0)

	res, err := a.SearchExperts(ctx, policy.Admin(), app.SearchQuery{})
	if err != nil {
		log.Fatal(err)
	}
	if err := a.CloseIndex(); err != nil {
		log.Fatal(err)
	}
	stop()
	fmt.Printf("import: %d experts in %.1f s (%.0f experts/s), %.1f s CPU\n", rep.Created, imported.Seconds(),
		float64(rep.Created)/imported.Seconds(), cpuImport.Seconds())
	fmt.Printf("index:  %d experts searchable after %.1f s more, %.1f s CPU\n", res.Total, indexed.Seconds(), cpuIndex.Seconds())
	fmt.Printf("total:  %.1f s wall, %.1f s CPU\n", total.Seconds(), (cpuImport + cpuIndex).Seconds())
	fmt.Printf("peak RSS %.0f MB, peak Go heap in use %.0f MB\n", float64(maxRSS())/(1<<20), float64(peakHeap.Load())/(1<<20))
}

// writeWorkbook writes n demo experts as the export writes a workbook.
func writeWorkbook(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sheet, err := tabular.NewXLSXWriter(f, "Experts")
	if err != nil {
		return err
	}
	w, err := tabular.NewExpertWriter(sheet, tabular.ExportOptions{Lang: model.LangRU})
	if err != nil {
		return err
	}
	err = demo.New(1).Each(n, func(e model.Expert) error {
		e.Normalize()
		return w.Write(&e)
	})
	if err != nil {
		w.Abort()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return f.Close()
}

// sampleHeap records the largest HeapInuse seen, every 50 ms, until the
// returned function is called.
func sampleHeap(peak *atomic.Uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}

// cpuTime is the user and system time of this process: on a shared machine
// it shows the work done, whatever the wall clock says.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS is the peak resident set size of the process, in bytes.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024 // kilobytes on Linux
}
