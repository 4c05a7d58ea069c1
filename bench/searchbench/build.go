package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"talentbridge/internal/store"
)

// buildBinary compiles cmd/talentbridge into dir.
func buildBinary(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "talentbridge")
	out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "talentbridge/cmd/talentbridge").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
}

// ensureData fills data with the demo experts, unless -keep finds them there.
func ensureData(ctx context.Context, bin, data string, cfg config) error {
	if cfg.keep {
		if n, err := countExperts(ctx, data); err == nil && n == cfg.experts {
			fmt.Printf("data: reusing %d experts\n", n)
			return nil
		}
	}
	if err := os.RemoveAll(data); err != nil {
		return err
	}
	file := filepath.Join(filepath.Dir(data), "experts.jsonl")
	start := time.Now()
	if _, err := talentbridge(ctx, bin, data, "demo", "--experts", strconv.Itoa(cfg.experts), "--seed", strconv.FormatInt(cfg.seed, 10), "--out", file); err != nil {
		return err
	}
	gen := time.Since(start)
	start = time.Now()
	if _, err := talentbridge(ctx, bin, data, "import", "--progress", "never", file); err != nil {
		return err
	}
	fmt.Printf("data: generated in %s, imported in %s\n", fmtDur(gen), since(start))
	return os.Remove(file)
}

// ensureIndex builds the index with `talentbridge reindex`, unless -keep
// finds one, and reports time, peak RSS and size on disk.
func ensureIndex(ctx context.Context, bin, data string, cfg config) error {
	dir := filepath.Join(data, "index")
	if _, err := os.Stat(dir); err == nil && cfg.keep {
		fmt.Printf("index: reusing, %s on disk\n", mib(dirSize(dir)))
		return nil
	}
	start := time.Now()
	ps, err := talentbridge(ctx, bin, data, "reindex", "--progress", "never")
	if err != nil {
		return err
	}
	took := time.Since(start)
	rss := int64(0)
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss * 1024 // kilobytes on Linux
	}
	fmt.Printf("index: built in %s (%.0f experts/s, dictionary load included), peak RSS %s, %s on disk, CPU user %s sys %s\n",
		fmtDur(took), float64(cfg.experts)/took.Seconds(), mib(rss), mib(dirSize(dir)),
		fmtDur(ps.UserTime()), fmtDur(ps.SystemTime()))
	return nil
}

// talentbridge runs one command of the binary on the data directory.
func talentbridge(ctx context.Context, bin, data string, args ...string) (*os.ProcessState, error) {
	cmd := exec.CommandContext(ctx, bin, append([]string{"--data", data}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("talentbridge %v: %v\n%s", args, err, out)
	}
	return cmd.ProcessState, nil
}

func countExperts(ctx context.Context, data string) (int, error) {
	if _, err := os.Stat(data); err != nil {
		return 0, err
	}
	db, err := store.Open(ctx, store.Config{DataDir: data})
	if err != nil {
		return 0, err
	}
	defer db.Close()
	return db.CountExperts(ctx, store.ExpertFilter{})
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
