package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// demoApp opens an app over a fresh SQLite database in a temporary
// directory.
func demoApp(t testing.TB) *app.App {
	ctx := context.Background()
	db, err := store.Open(ctx, store.Config{DataDir: filepath.Join(t.TempDir(), "data")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return app.New(db, nil)
}

// The demo load keeps every record of the demo programme.
func TestDemoLoadsProgramme(t *testing.T) {
	a := demoApp(t)
	ctx := context.Background()
	if _, err := loadDemo(ctx, a, 100, 1); err != nil {
		t.Fatal(err)
	}
	recs, err := a.AllProgramme(ctx, policy.Admin(), "")
	if want := len(demo.New(1).Programme(100)); err != nil || len(recs) != want {
		t.Fatalf("%d records, want %d: %v", len(recs), want, err)
	}
}

// BenchmarkDemoProgrammeLoad times loading the demo programme of `serve
// --demo` over its experts, reporting the process's CPU seconds as well.
func BenchmarkDemoProgrammeLoad(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		a := demoApp(b)
		ctx := context.Background()
		if err := a.LoadOrganizations(ctx, demo.New(1).Organizations()); err != nil {
			b.Fatal(err)
		}
		var experts bytes.Buffer
		if err := writeDemo(&experts, demoExperts, 1); err != nil {
			b.Fatal(err)
		}
		if _, err := a.ImportExperts(ctx, &experts, app.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		cpu0 := cpuTime()
		b.StartTimer()
		if err := loadDemoProgramme(ctx, a, demoExperts, 1); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		b.ReportMetric((cpuTime() - cpu0).Seconds(), "cpu-s/op")
		recs, err := a.AllProgramme(ctx, policy.Admin(), "")
		if err != nil || len(recs) != len(demo.New(1).Programme(demoExperts)) {
			b.Fatalf("%d records, %v", len(recs), err)
		}
		b.StartTimer()
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
