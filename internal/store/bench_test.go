package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
)

// BenchmarkImportSQLite upserts new experts the way the importer does: 500
// per transaction, each line in its own savepoint. The product target is at
// least 5,000 experts/s on SQLite.
//
//	go test -run '^$' -bench SQLite -benchtime 50000x ./internal/store/
func BenchmarkImportSQLite(b *testing.B) {
	db := openBenchSQLite(b)
	b.ResetTimer()
	cpu := cpuTime()
	importExperts(b, db, b.N)
	reportRate(b, cpu)
}

// BenchmarkReimportUnchangedSQLite imports the same experts a second time,
// the common case of a nightly re-import: nothing is written.
func BenchmarkReimportUnchangedSQLite(b *testing.B) {
	db := openBenchSQLite(b)
	importExperts(b, db, b.N)
	b.ResetTimer()
	cpu := cpuTime()
	importExperts(b, db, b.N)
	reportRate(b, cpu)
}

func importExperts(b *testing.B, db *store.DB, n int) {
	const batch = 500
	ctx := context.Background()
	for start := 0; start < n; start += batch {
		err := db.InTx(ctx, func(tx *store.Tx) error {
			for i := start; i < min(start+batch, n); i++ {
				// Built here rather than up front: holding n records
				// would make the garbage collector, not the store, the
				// thing measured.
				e := benchExpert(i)
				err := tx.Savepoint(ctx, func() error {
					_, err := tx.UpsertExpert(ctx, e)
					return err
				})
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

func reportRate(b *testing.B, cpuAtStart time.Duration) {
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "experts/s")
	// CPU time per expert is steadier than wall time on a busy machine.
	b.ReportMetric(float64((cpuTime()-cpuAtStart).Microseconds())/float64(b.N), "cpu-µs/expert")
}

func openBenchSQLite(b *testing.B) *store.DB {
	b.Helper()
	db, err := store.Open(context.Background(), store.Config{DataDir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		b.Fatal(err)
	}
	return db
}

var (
	benchBio = model.Text{
		"ru": strings.Repeat("Специалист по вентиляции тоннелей метрополитена. ", 8),
		"en": strings.Repeat("Specialist in subway tunnel ventilation. ", 8),
	}
	benchSpheres = []string{"transport", "transport.subway", "urban-planning.utilities"}
)

// benchExpert is a record of typical size (about 2 KB of JSON).
func benchExpert(i int) *model.Expert {
	return newExpert(fmt.Sprintf("bench-%07d", i), func(e *model.Expert) {
		e.Spheres = benchSpheres
		e.Bio = benchBio
		e.Outputs = []model.Output{
			{Kind: "publication", Title: "Тоннельная вентиляция", Year: 2020, Lang: "ru"},
			{Kind: "patent", Title: "隧道通风系统", Year: 2021, Lang: "zh"},
		}
	})
}
