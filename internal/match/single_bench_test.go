package match

import (
	"testing"
)

// BenchmarkScoreExpert100k scores one expert for one request over the
// 100,000-expert index, as the reverse question (which requests suit an
// expert) does once per open request. Compare with BenchmarkRank100k.
func BenchmarkScoreExpert100k(b *testing.B) {
	ix, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]string, 0, 1000)
	for i := 0; len(ids) < cap(ids); i += len(ix.slots) / cap(ids) {
		if e := ix.slots[i].e; e != nil {
			ids = append(ids, e.ExternalID)
		}
	}
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ix.ScoreExpert(benchRequests[i%len(benchRequests)], ids[i%len(ids)], Options{})
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
