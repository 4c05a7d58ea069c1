package thesaurus

import "testing"

// BenchmarkNew measures compiling the built-in concepts (the analyser is
// loaded once, outside the loop).
func BenchmarkNew(b *testing.B) {
	an := load(b).an
	cs := Builtin()
	b.ResetTimer()
	for b.Loop() {
		if _, err := New(an, cs); err != nil {
			b.Fatal(err)
		}
	}
}
