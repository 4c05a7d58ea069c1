package match

import (
	"math"
	"testing"
)

func TestBM25TermFrequency(t *testing.T) {
	tests := []struct {
		name         string
		a, b         [2]float64 // tf, doc length
		wantAGreater bool
	}{
		{"more occurrences score more", [2]float64{2, 10}, [2]float64{1, 10}, true},
		{"shorter document scores more", [2]float64{1, 5}, [2]float64{1, 50}, true},
		{"saturates", [2]float64{100, 10}, [2]float64{1000, 10}, false},
	}
	for _, tt := range tests {
		a := bm25tf(tt.a[0], tt.a[1], 10, 1.2, 0.75)
		b := bm25tf(tt.b[0], tt.b[1], 10, 1.2, 0.75)
		if (a > b) != tt.wantAGreater || a > 2.2 || b > 2.2 {
			t.Errorf("%s: %v vs %v", tt.name, a, b)
		}
	}
}

func TestBM25IndexStatistics(t *testing.T) {
	ix := newInverted()
	ix.add(0, fieldBio, -1, []termFreq{{"common", 1}, {"rare", 1}}, 2)
	ix.add(0, fieldBio, -1, []termFreq{{"common", 3}}, 3)
	ix.add(1, fieldBio, -1, []termFreq{{"common", 1}}, 1)
	common, rare := ix.terms["common"], ix.terms["rare"]
	if ix.idf(ix.df[rare]) <= ix.idf(ix.df[common]) || ix.idf(ix.df[common]) <= 0 {
		t.Errorf("idf rare %v, common %v", ix.idf(ix.df[rare]), ix.idf(ix.df[common]))
	}
	if math.Abs(ix.avgLen()-2) > 1e-9 {
		t.Errorf("avgLen = %v", ix.avgLen())
	}
	ix.remove(0, []uint32{common, rare})
	if ix.df[rare] != 0 || ix.df[common] != 2 || ix.liveDocs != 2 || ix.avgLen() != 2 {
		t.Errorf("after remove: df %v, live %d, avg %v", ix.df, ix.liveDocs, ix.avgLen())
	}
	remap := ix.compact()
	if remap[0] != -1 || remap[1] != 0 || len(ix.postings[rare]) != 0 || len(ix.postings[common]) != 2 {
		t.Errorf("compact: remap %v, postings %v", remap, ix.postings)
	}
}

func TestAggregate(t *testing.T) {
	ix := &Index{cfg: DefaultConfig()}
	ix.cfg.TopK = 3
	tests := []struct {
		name string
		in   []float64
		want func(float64) bool
	}{
		{"none", nil, func(v float64) bool { return v == 0 }},
		{"one perfect document", []float64{1}, func(v float64) bool { return v == 1 }},
		{"bounded", []float64{0.9, 0.9, 0.9, 0.9}, func(v float64) bool { return v < 1 && v > 0.9 }},
		{"beyond TopK ignored", []float64{0.5, 0.5, 0.5, 0.5, 0.5}, func(v float64) bool {
			return v == ix.aggregate([]float64{0.5, 0.5, 0.5})
		}},
	}
	for _, tt := range tests {
		if got := ix.aggregate(append([]float64(nil), tt.in...)); !tt.want(got) {
			t.Errorf("%s: aggregate(%v) = %v", tt.name, tt.in, got)
		}
	}
	one, two := ix.aggregate([]float64{0.5}), ix.aggregate([]float64{0.5, 0.3})
	if two <= one {
		t.Errorf("a second document should add: %v vs %v", two, one)
	}
	if a, b := ix.aggregate([]float64{0.2, 0.7}), ix.aggregate([]float64{0.7, 0.2}); a != b {
		t.Errorf("order dependent: %v vs %v", a, b)
	}
}

func TestKinship(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"transport.subway", "transport.subway", sameSphere},
		{"transport.subway", "transport.rail", siblingSphere},
		{"transport.subway", "transport", sameTopSphere},
		{"transport", "transport.rail", sameTopSphere},
		{"transport.subway", "culture.film", 0},
	}
	for _, tt := range tests {
		if got, _ := kinship(tt.a, tt.b); got != tt.want {
			t.Errorf("kinship(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
