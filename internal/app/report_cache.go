package app

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"talentbridge/internal/policy"
)

// reportTTL bounds how long a computed report is served while the change
// log stands still: long enough for a page and its charts, short enough
// that what the log does not record (the year, for a report of no data)
// catches up.
const reportTTL = time.Minute

// maxCachedReports bounds the reports kept: a period is whatever the
// reader types.
const maxCachedReports = 32

// reportKey names a computed report: its period as asked and the class of
// caller it counts for.
type reportKey struct{ from, until, class string }

// visibilityClass is what of the caller a report depends on: the profile
// visibilities they may list (policy.ListableVisibilities), "*" for all.
// Everyone of a class is shown the same figures.
func visibilityClass(c policy.Caller) string {
	v := policy.ListableVisibilities(c)
	if v == nil {
		return "*"
	}
	v = slices.Clone(v)
	slices.Sort(v)
	return strings.Join(v, ",")
}

// reportCache keeps computed reports, each valid for the change-log
// sequence it was computed at; callers asking for a report being computed
// wait for it rather than compute it again.
type reportCache struct {
	mu      sync.Mutex
	entries map[reportKey]*reportEntry
	builds  int // computations started, for the tests
}

type reportEntry struct {
	seq   int64     // the change log's last sequence before the report read the data
	at    time.Time // when it was computed
	ready chan struct{}
	rep   *ProgrammeReport
	err   error
}

func newReportCache() *reportCache { return &reportCache{entries: map[reportKey]*reportEntry{}} }

// get returns the report of key for the change-log sequence seq, computing
// it with build unless one computed at seq within reportTTL is kept or
// being computed. seq must be read before build reads the data, so that a
// write in between makes the entry stale rather than wrong.
func (rc *reportCache) get(ctx context.Context, key reportKey, seq int64, now time.Time, build func() (*ProgrammeReport, error)) (*ProgrammeReport, error) {
	rc.mu.Lock()
	e := rc.entries[key]
	if e != nil && e.seq == seq && now.Sub(e.at) < reportTTL {
		rc.mu.Unlock()
		select {
		case <-e.ready:
			return e.rep, e.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	e = &reportEntry{seq: seq, at: now, ready: make(chan struct{})}
	rc.entries[key] = e
	rc.builds++
	rc.evict(now)
	rc.mu.Unlock()

	e.rep, e.err = build()
	if e.err != nil {
		rc.mu.Lock()
		if rc.entries[key] == e {
			delete(rc.entries, key) // the next caller tries again
		}
		rc.mu.Unlock()
	}
	close(e.ready)
	return e.rep, e.err
}

// evict drops expired entries and, beyond maxCachedReports, the oldest.
// The caller holds mu.
func (rc *reportCache) evict(now time.Time) {
	for k, e := range rc.entries {
		if now.Sub(e.at) >= reportTTL {
			delete(rc.entries, k)
		}
	}
	for len(rc.entries) > maxCachedReports {
		var oldest reportKey
		var at time.Time
		for k, e := range rc.entries {
			if at.IsZero() || e.at.Before(at) {
				oldest, at = k, e.at
			}
		}
		delete(rc.entries, oldest)
	}
}

// clone copies a report, so that no caller can change the one kept.
func (r *ProgrammeReport) clone() *ProgrammeReport {
	c := *r
	c.Years = slices.Clone(r.Years)
	c.Tables = make([]ReportTable, len(r.Tables))
	for i, t := range r.Tables {
		t.Rows = slices.Clone(t.Rows)
		t.Stock = slices.Clone(t.Stock)
		cells := make([][]int, len(t.Cells))
		for j, row := range t.Cells {
			cells[j] = slices.Clone(row)
		}
		t.Cells = cells
		c.Tables[i] = t
	}
	return &c
}
