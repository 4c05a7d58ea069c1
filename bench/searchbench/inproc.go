package main

import (
	"cmp"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"talentbridge/internal/search/bleve"
	"talentbridge/internal/textproc"
)

// timings are the latencies of one pass over the query mix.
type timings []time.Duration

// pct returns the p-th percentile (nearest rank).
func (t timings) pct(p float64) time.Duration {
	if len(t) == 0 {
		return 0
	}
	s := slices.Clone(t)
	slices.Sort(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func (t timings) String() string {
	return fmt.Sprintf("p50 %s, p90 %s, p99 %s, max %s", fmtDur(t.pct(50)), fmtDur(t.pct(90)), fmtDur(t.pct(99)), fmtDur(t.pct(100)))
}

// runInProcess opens the index the way serve does and runs the mix through
// search.Index.Search, after a warm-up pass over the first tenth. It returns
// the wall-clock and the CPU time of each query. With compact it then
// merges the index into one segment and runs the mix again, for the
// comparison; the figures returned are those of the last pass.
func runInProcess(ctx context.Context, data string, qs []benchQuery, profile string, compact bool) (timings, timings, error) {
	start := time.Now()
	an, err := textproc.New()
	if err != nil {
		return nil, nil, err
	}
	idx, err := bleve.Open(filepath.Join(data, "index"), an)
	if err != nil {
		return nil, nil, err
	}
	defer idx.Close()
	fmt.Printf("inproc: dictionary %s, index opened in %s\n", fmtDur(an.LoadTime), since(start))
	if idx.NeedsRebuild() {
		return nil, nil, fmt.Errorf("the index in %s is empty or unfinished", data)
	}
	wall, cpu, err := inProcessPass(ctx, idx, qs, profile, "inproc")
	if err != nil || !compact {
		return wall, cpu, err
	}
	start, cpu0 := time.Now(), processCPU()
	if err := idx.Compact(ctx); err != nil {
		return nil, nil, err
	}
	fmt.Printf("compact: merged into one segment in %s (CPU %s)\n", since(start), fmtDur(processCPU()-cpu0))
	return inProcessPass(ctx, idx, qs, "", "compacted")
}

func inProcessPass(ctx context.Context, idx *bleve.Index, qs []benchQuery, profile, label string) (timings, timings, error) {
	for _, q := range qs[:len(qs)/10] {
		if _, err := idx.Search(ctx, q.Query); err != nil {
			return nil, nil, err
		}
	}
	stop, err := startProfile(profile)
	if err != nil {
		return nil, nil, err
	}
	defer stop()
	all := make(timings, 0, len(qs))
	cpu := make(timings, 0, len(qs))
	byKind := map[string]timings{}
	zero := 0
	var hits int
	clock, unlock := startCPUClock()
	defer unlock()
	for _, q := range qs {
		t0, c0 := time.Now(), clock.now()
		res, err := idx.Search(ctx, q.Query)
		d := time.Since(t0)
		c := clock.now() - c0
		if err != nil {
			return nil, nil, fmt.Errorf("%q: %w", q.Query.Text, err)
		}
		all = append(all, d)
		cpu = append(cpu, c)
		byKind[kindOf(q)] = append(byKind[kindOf(q)], c)
		if res.Total == 0 {
			zero++
		}
		hits += res.Total
	}
	fmt.Printf("%s: %s (%d queries, mean total %d hits, %d with none)\n", label, all, len(all), hits/len(qs), zero)
	slowest := make([]int, len(qs))
	for i := range slowest {
		slowest[i] = i
	}
	slices.SortFunc(slowest, func(a, b int) int { return cmp.Compare(cpu[b], cpu[a]) })
	for _, i := range slowest[:min(5, len(slowest))] {
		fmt.Printf("%s: slow: %s CPU %q (%s)\n", label, fmtDur(cpu[i]), qs[i].Query.Text, kindOf(qs[i]))
	}
	fmt.Printf("%s: CPU time per query %s\n", label, cpu)
	for _, k := range sortedKeys(byKind) {
		fmt.Printf("%s CPU  %-12s %s (%d)\n", label, k+":", byKind[k], len(byKind[k]))
	}
	return all, cpu, nil
}

// kindOf groups a query for the breakdown: language and shape.
func kindOf(q benchQuery) string {
	shape := "plain"
	switch {
	case q.Filter:
		shape = "filter"
	case q.Query.Facets:
		shape = "facets"
	}
	return q.Lang + " " + shape
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
