package bleve

import (
	"path/filepath"
	"sync"
	"testing"

	"talentbridge/internal/search"
	"talentbridge/internal/search/searchtest"
	"talentbridge/internal/textproc"
)

// newAnalyzer loads the Chinese dictionary once per test binary.
var newAnalyzer = sync.OnceValues(textproc.New)

func testAnalyzer(t testing.TB) *textproc.Analyzer {
	t.Helper()
	an, err := newAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return an
}

func TestSuiteMemory(t *testing.T) {
	searchtest.Run(t, func(t *testing.T) search.Index {
		idx, err := NewMemory(testAnalyzer(t))
		if err != nil {
			t.Fatal(err)
		}
		return idx
	})
}

func TestSuitePersistent(t *testing.T) {
	searchtest.Run(t, func(t *testing.T) search.Index {
		idx, err := Open(filepath.Join(t.TempDir(), "index"), testAnalyzer(t))
		if err != nil {
			t.Fatal(err)
		}
		return idx
	})
}
