package tabular

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
)

// benchRows is the size of the list in the import benchmark: the product
// target is a 100,000-row XLSX imported, stored and indexed in 60 s.
const benchRows = 100_000

// writeDemoFile writes n demo experts with this package's streaming writer.
func writeDemoFile(b *testing.B, format string, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "experts."+format)
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var s SheetWriter
	if format == FormatXLSX {
		s, err = NewXLSXWriter(f, "Experts")
	} else {
		s, err = NewCSVWriter(f, CSVOptions{})
	}
	if err != nil {
		b.Fatal(err)
	}
	w, err := NewExpertWriter(s, ExportOptions{Lang: model.LangRU})
	if err != nil {
		b.Fatal(err)
	}
	if err := demo.New(1).Each(n, func(e model.Expert) error { return w.Write(&e) }); err != nil {
		b.Fatal(err)
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkRead reads a generated 100,000-row file into model.Experts and
// reports rows per second and the peak of the live heap, measured after a
// forced collection every 10,000 rows (without one, the figure would say
// more about the collector's pacing than about what the reader holds).
//
//	go test ./internal/tabular -run '^$' -bench Read -benchtime 3x
func BenchmarkRead(b *testing.B) {
	for _, format := range []string{FormatXLSX, FormatCSV} {
		b.Run(format, func(b *testing.B) {
			path := writeDemoFile(b, format, benchRows)
			runtime.GC()
			cpu0 := cpuTime()
			var ms runtime.MemStats
			var peak uint64
			b.ReportAllocs()
			for b.Loop() {
				f, err := os.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				rd, err := Open(f, path, Options{})
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for {
					row, err := rd.Next()
					if errors.Is(err, io.EOF) {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					if len(row.Expert.Name) == 0 {
						b.Fatalf("row %d has no name", row.Line)
					}
					if n++; n%10000 == 0 {
						runtime.GC()
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
					}
				}
				rd.Close()
				f.Close()
				if n != benchRows {
					b.Fatalf("%d rows, want %d", n, benchRows)
				}
			}
			// On a shared machine wall time says more about the neighbours
			// than about this code; the process's CPU time is reported too.
			b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(peak)/(1<<20), "peak-live-MB")
		})
	}
}
