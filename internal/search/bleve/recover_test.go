package bleve

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"talentbridge/internal/search"
)

// A process killed during its first build leaves an index without a
// sequence number, or one that does not open: both are rebuilt.
func TestOpenRebuildsUnfinishedIndex(t *testing.T) {
	ctx := context.Background()
	an := testAnalyzer(t)
	tests := []struct {
		name  string
		spoil func(t *testing.T, dir string)
	}{
		{"no sequence number", func(t *testing.T, dir string) {
			idx, err := Open(dir, an)
			if err != nil {
				t.Fatal(err)
			}
			if err := idx.Index(ctx, search.Doc{ID: 1, Names: []string{"Half Built"}, Visibility: "public"}); err != nil {
				t.Fatal(err)
			}
			if err := idx.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"unreadable", func(t *testing.T, dir string) {
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte(`{"storage":"boltdb","index_type":"scorch"`), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "index")
			tt.spoil(t, dir)
			idx, err := Open(dir, an)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer idx.Close()
			if !idx.NeedsRebuild() {
				t.Error("NeedsRebuild = false")
			}
			res, err := idx.Search(ctx, search.Query{Audience: search.AudienceAdmin})
			if err != nil || res.Total != 0 {
				t.Errorf("rebuilt index holds %d documents (%v), want 0", res.Total, err)
			}
		})
	}
}

func TestCompactKeepsDocuments(t *testing.T) {
	ctx := context.Background()
	idx, err := Open(filepath.Join(t.TempDir(), "index"), testAnalyzer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	for id := range int64(5) { // one batch, one segment each
		if err := idx.Index(ctx, search.Doc{ID: id + 1, Names: []string{"Compact Person"}, Visibility: "public"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	res, err := idx.Search(ctx, search.Query{Text: "compact"})
	if err != nil || res.Total != 5 {
		t.Errorf("after Compact: %d hits, %v; want 5", res.Total, err)
	}
}
