package demo

import (
	"testing"

	"talentbridge/internal/model"
)

func BenchmarkExpert(b *testing.B) {
	g := New(1)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = g.Expert(i)
	}
}

// BenchmarkEach100k generates the 100,000-expert demo set once per iteration.
func BenchmarkEach100k(b *testing.B) {
	g := New(1)
	for b.Loop() {
		n := 0
		if err := g.Each(100_000, func(model.Expert) error { n++; return nil }); err != nil || n != 100_000 {
			b.Fatal(err, n)
		}
	}
}
