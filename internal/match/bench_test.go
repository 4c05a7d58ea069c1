package match

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
)

// benchExperts is the size of the generated corpus the benchmarks rank.
const benchExperts = 100_000

// benchIndex builds the 100,000-expert index once per test binary and
// reports its build time and heap growth.
var benchIndex = sync.OnceValues(func() (*Index, error) {
	f, err := loadFixture()
	if err != nil {
		return nil, err
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	experts := make([]*model.Expert, 0, benchExperts)
	err = demo.New(1).Each(benchExperts, func(e model.Expert) error {
		experts = append(experts, &e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	gen := time.Since(start)
	var mid runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&mid)
	start = time.Now()
	ix, err := Build(f.an, f.th, model.NewTaxonomy(), DefaultConfig(), experts, runtime.GOMAXPROCS(0))
	if err != nil {
		return nil, err
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Printf("bench index: %d experts, %d documents, %d terms; generated in %v (heap +%d MB), indexed in %v (heap +%d MB)\n",
		ix.Len(), len(ix.inv.docLen), len(ix.inv.postings), gen.Round(time.Millisecond), (mid.HeapAlloc-before.HeapAlloc)>>20,
		time.Since(start).Round(time.Millisecond), (after.HeapAlloc-mid.HeapAlloc)>>20)
	return ix, nil
})

// benchRequests are requests of the kind coordinators write, in the three
// languages, with and without spheres and constraints.
var benchRequests = []Request{
	{Title: "Вентиляция глубоких станций метро", Description: "Нужен эксперт по тоннельной вентиляции и дымоудалению на станциях глубокого заложения.",
		Spheres: []string{"transport.subway"}, City: model.CityMoscow, Languages: []string{"ru"}, Formats: []string{"consulting"}},
	{Title: "需要传染病预测模型方面的专家", Spheres: []string{"public-health.epidemic-control"}, City: model.CityBeijing},
	{Title: "Digital twins for traffic management", Description: "Real-time traffic simulation and signal control for a megacity.",
		Spheres: []string{"transport.traffic-management", "innovation.smart-city"}, City: model.CityMoscow, From: "2025-01-01", Until: "2025-12-31"},
	{Title: "Museum digitisation and cultural heritage tourism", Languages: []string{"en", "zh"}, Formats: []string{"lecture", "online"}, Hard: Hard{Languages: true}},
	{Title: "Технологический трансфер и коммерциализация результатов исследований", City: model.CityBeijing, Hard: Hard{Direction: true}},
	{Title: "海洋学 北极 海冰 研究", Description: "联合研究 北冰洋 气候变化", Formats: []string{"joint-research"}},
	{Title: "Catalysis and polymer chemistry for battery materials", Spheres: []string{"science-technology.chemistry"}},
	{Title: "Преподавание китайского языка и обмен студентами", Spheres: []string{"education"}, City: model.CityMoscow},
}

func BenchmarkRank100k(b *testing.B) {
	ix, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	var lat []time.Duration
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t := time.Now()
		hits := ix.Rank(benchRequests[i%len(benchRequests)], Options{Limit: 20})
		lat = append(lat, time.Since(t))
		if len(hits) == 0 {
			b.Fatal("no hits")
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*9/10].Microseconds())/1000, "p90-ms")
}

// BenchmarkRank100kParallel ranks requests over the 100,000 experts on all
// cores, as a batch matching run would. With -benchtime 1000x it is the
// batch of 1,000 requests; batch-s is the time per 1,000 requests.
func BenchmarkRank100kParallel(b *testing.B) {
	ix, err := benchIndex()
	if err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	start, cpu := time.Now(), cpuTime()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := int(next.Add(1))
			ix.Rank(benchRequests[i%len(benchRequests)], Options{Limit: 20})
		}
	})
	b.ReportMetric(time.Since(start).Seconds()*1000/float64(b.N), "batch-s")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
