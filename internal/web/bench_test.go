package web

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// benchExperts is the registry size of the render benchmark; set
// TALENTBRIDGE_BENCH_EXPERTS to try another.
func benchExperts(b *testing.B) int {
	if s := os.Getenv("TALENTBRIDGE_BENCH_EXPERTS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("TALENTBRIDGE_BENCH_EXPERTS=%q", s)
		}
		return n
	}
	return 100_000
}

// BenchmarkRender measures the server side of the results and profile
// pages (search, database reads, policy, templates) over the demo registry,
// built once for all sub-benchmarks since loading it takes minutes:
//
//	go test ./internal/web -run '^$' -bench Render -benchtime 2000x
//
// Each sub-benchmark reports the median and 95th percentile per page.
func BenchmarkRender(b *testing.B) {
	n := benchExperts(b)
	start := time.Now()
	db := sqliteDB(b)
	a := app.New(db, nil)
	loadDemo(b, a, n)
	loaded := time.Now()
	if err := a.UseScratchIndex(context.Background(), filepath.Join(b.TempDir(), "index")); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = a.CloseIndex() })
	b.Logf("fixture: %d experts loaded in %s, indexed in %s", n, loaded.Sub(start).Round(time.Second),
		time.Since(loaded).Round(time.Second))
	public := publicIDs(b, a)
	h := New(a, newTranslator(b), Config{}, slog.New(slog.DiscardHandler))

	queries := []string{"метрополитен", "地铁", "subway", "искусственный интеллект", "人工智能", "museum",
		"материаловедение", "traditional medicine", "城市规划", "логистика"}
	langs := []string{"ru", "zh", "en"}
	cases := []struct {
		name string
		path func(r *rand.Rand) string
	}{
		{"results", func(r *rand.Rand) string {
			return "/experts?q=" + url.QueryEscape(queries[r.IntN(len(queries))])
		}},
		{"results-filters", func(r *rand.Rand) string {
			return "/experts?sphere=transport&city=" + model.Cities[r.IntN(2)] + "&sort=name"
		}},
		{"profile", func(r *rand.Rand) string {
			return expertURL(public[r.IntN(len(public))])
		}},
	}
	// The index's own share of a results page: the same searches without
	// the page around them.
	b.Run("search-only", func(b *testing.B) {
		r := rand.New(rand.NewPCG(1, 2))
		times := make([]time.Duration, 0, b.N)
		for i := 0; b.Loop(); i++ {
			q := app.SearchQuery{Text: queries[r.IntN(len(queries))], Facets: true, PerPage: perPage, Lang: langs[i%len(langs)]}
			t0 := time.Now()
			if _, err := a.SearchExperts(context.Background(), policy.Anonymous(), q); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(t0))
		}
		reportPercentiles(b, times)
	})
	// A keyword search for similar experts, as a search box query
	// (re-ranked by names) and as a topic search (SearchTopics). The profile
	// page once ran the second inline, most of its time; it now shows the
	// matcher's list computed off the request path (similar_cache.go), and
	// these keep that cost beside the page's in one run.
	keywordQueries := func(r *rand.Rand) app.SearchQuery {
		e, err := a.Expert(context.Background(), public[r.IntN(len(public))])
		if err != nil {
			b.Fatal(err)
		}
		var terms []string
		for _, l := range model.Langs {
			terms = append(terms, e.Keywords[l]...)
		}
		return app.SearchQuery{Text: strings.Join(terms[:min(len(terms), 8)], " "), PerPage: similarCount + 1}
	}
	for _, s := range []struct {
		name string
		fn   func(context.Context, policy.Caller, app.SearchQuery) (*app.SearchResult, error)
	}{{"similar-names", a.SearchExperts}, {"similar-topics", a.SearchTopics}} {
		b.Run(s.name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 2))
			times := make([]time.Duration, 0, b.N)
			for b.Loop() {
				q := keywordQueries(r)
				t0 := time.Now()
				if _, err := s.fn(context.Background(), policy.Anonymous(), q); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(t0))
			}
			reportPercentiles(b, times)
		})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 2))
			times := make([]time.Duration, 0, b.N)
			for i := 0; b.Loop(); i++ {
				req := httptest.NewRequest(http.MethodGet, c.path(r), nil)
				req.Header.Set("Accept-Language", langs[i%len(langs)])
				w := httptest.NewRecorder()
				t0 := time.Now()
				h.ServeHTTP(w, req)
				times = append(times, time.Since(t0))
				if w.Code != http.StatusOK {
					b.Fatalf("%s: status %d", req.URL, w.Code)
				}
			}
			reportPercentiles(b, times)
		})
	}
}

func reportPercentiles(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	slices.Sort(times)
	at := func(p float64) float64 {
		return float64(times[int(p*float64(len(times)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
}

// publicIDs lists the profiles an anonymous reader may open.
func publicIDs(b *testing.B, a *app.App) []int64 {
	var ids []int64
	f := app.ExpertFilter{Visibilities: policy.ListableVisibilities(policy.Anonymous())}
	for after := int64(0); ; {
		pg, err := a.Experts(context.Background(), f, after, app.MaxPageSize)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range pg.Items {
			ids = append(ids, e.ID)
		}
		if pg.Next == 0 {
			return ids
		}
		after = pg.Next
	}
}
