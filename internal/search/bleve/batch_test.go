package bleve

import (
	"context"
	"fmt"
	"testing"

	"talentbridge/internal/search"
)

// TestLargeIndexCall indexes more documents than one batch holds in one
// call, as a rebuild does: the batches go in concurrently, and every
// document must be found; ids repeated within a call keep the last version.
func TestLargeIndexCall(t *testing.T) {
	idx, err := NewMemory(testAnalyzer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	ctx := context.Background()
	n := 3*batchSize + 7
	docs := make([]search.Doc, n)
	for i := range docs {
		docs[i] = search.Doc{ID: int64(i + 1), Names: []string{fmt.Sprintf("Expert%d", i+1)}, Keywords: []string{"tunnelling"}, Visibility: "public"}
	}
	if err := idx.Index(ctx, docs...); err != nil {
		t.Fatal(err)
	}
	res, err := idx.Search(ctx, search.Query{Text: "tunnelling"})
	if err != nil || res.Total != n {
		t.Fatalf("Total = %d, %v; want %d", res.Total, err, n)
	}

	// The same id early and late in one call: the late version wins.
	again := append([]search.Doc{}, docs...)
	first := docs[0]
	first.Keywords = []string{"ventilation"}
	last := docs[0]
	last.Keywords = []string{"geotechnics"}
	again[0] = first
	again = append(again, last)
	if err := idx.Index(ctx, again...); err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]int{"geotechnics": 1, "ventilation": 0, "tunnelling": n - 1} {
		res, err := idx.Search(ctx, search.Query{Text: text})
		if err != nil || res.Total != want {
			t.Errorf("%q: Total = %d, %v; want %d", text, res.Total, err, want)
		}
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := idx.Index(cancelled, docs...); err == nil {
		t.Error("Index with a cancelled context succeeded")
	}
}
