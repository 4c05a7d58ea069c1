package bleve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"talentbridge/internal/search"
)

func TestReopenKeepsDocsAndSequence(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	an := testAnalyzer(t)

	idx, err := Open(dir, an)
	if err != nil {
		t.Fatal(err)
	}
	if !idx.NeedsRebuild() {
		t.Error("new index: NeedsRebuild = false")
	}
	if err := idx.Index(ctx, search.Doc{ID: 1, Names: []string{"首都国际机场"}, Visibility: "public"}); err != nil {
		t.Fatal(err)
	}
	if err := idx.SetLastSeq(ctx, 17); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}

	idx, err = Open(dir, an)
	if err != nil {
		t.Fatal(err)
	}
	if idx.NeedsRebuild() {
		t.Error("reopened index: NeedsRebuild = true")
	}
	if m, ok := idx.idx.Mapping().(*mapping.IndexMappingImpl); !ok || m.ScoringModel != index.BM25Scoring {
		t.Errorf("reopened index does not score by BM25: %T", idx.idx.Mapping())
	}
	if seq, err := idx.LastSeq(ctx); err != nil || seq != 17 {
		t.Errorf("LastSeq = %d, %v; want 17", seq, err)
	}
	res, err := idx.Search(ctx, search.Query{Text: "机场"})
	if err != nil || res.Total != 1 {
		t.Errorf("Search after reopen: %+v, %v", res, err)
	}

	// An index written under another mapping version is dropped and
	// recreated empty.
	if err := idx.idx.SetInternal([]byte(keyMappingVersion), []byte("0")); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	idx, err = Open(dir, an)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if !idx.NeedsRebuild() {
		t.Error("outdated index: NeedsRebuild = false")
	}
	if seq, _ := idx.LastSeq(ctx); seq != 0 {
		t.Errorf("outdated index kept LastSeq %d", seq)
	}
	if res, _ := idx.Search(ctx, search.Query{}); res.Total != 0 {
		t.Errorf("outdated index kept %d docs", res.Total)
	}
}

func TestContextCancelled(t *testing.T) {
	idx, err := NewMemory(testAnalyzer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := idx.Index(ctx, search.Doc{ID: 1}); err == nil {
		t.Error("Index with a cancelled context succeeded")
	}
}

// Generated documents for the benchmarks: a mix of Russian, Chinese and
// English text drawn from small vocabularies.
var (
	benchRU = strings.Fields("метрополитен строительство тоннель станция вентиляция безопасность проектирование эксплуатация инженер исследование материалы энергетика медицина образование")
	benchZH = []string{"地铁", "建设", "运营", "技术", "人工智能", "研究所", "专家", "机场", "医学", "城市", "规划", "能源", "材料", "教育"}
	benchEN = strings.Fields("subway construction tunnel station ventilation safety design operation engineer research materials energy medicine education")
)

func benchDocs(n int) []search.Doc {
	r := rand.New(rand.NewPCG(1, 2))
	words := func(vocab []string, k int, sep string) string {
		parts := make([]string, k)
		for i := range parts {
			parts[i] = vocab[r.IntN(len(vocab))]
		}
		return strings.Join(parts, sep)
	}
	docs := make([]search.Doc, n)
	for i := range docs {
		docs[i] = search.Doc{
			ID:         int64(i + 1),
			Names:      []string{fmt.Sprintf("Эксперт %d", i), fmt.Sprintf("专家%d", i), fmt.Sprintf("Expert %d", i)},
			Keywords:   []string{words(benchRU, 2, " "), words(benchZH, 2, ""), words(benchEN, 2, " ")},
			Bio:        []string{words(benchRU, 30, " "), words(benchZH, 20, ""), words(benchEN, 30, " ")},
			Spheres:    []string{"transport", "transport.subway"},
			City:       []string{"moscow", "beijing"}[i%2],
			Visibility: []string{"public", "registered", "coordinators"}[i%3],
			SortNames:  map[string]string{"en": fmt.Sprintf("expert %08d", i)},
		}
	}
	return docs
}

func BenchmarkIndex(b *testing.B) {
	an := testAnalyzer(b)
	docs := benchDocs(1000)
	b.ResetTimer()
	for b.Loop() {
		idx, err := NewMemory(an)
		if err != nil {
			b.Fatal(err)
		}
		if err := idx.Index(context.Background(), docs...); err != nil {
			b.Fatal(err)
		}
		idx.Close()
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkSearch(b *testing.B) {
	an := testAnalyzer(b)
	idx, err := NewMemory(an)
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	if err := idx.Index(context.Background(), benchDocs(10000)...); err != nil {
		b.Fatal(err)
	}
	for _, q := range []search.Query{
		{Text: "метрополитена вентиляция"},
		{Text: "人工智能 专家"},
		{Text: `"subway construction" -energy`},
		{Text: "vetilation", Facets: true},
		{Spheres: []string{"transport"}, Facets: true, Sort: search.SortName, Lang: "en"},
	} {
		b.Run(q.Text, func(b *testing.B) {
			for b.Loop() {
				if _, err := idx.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
