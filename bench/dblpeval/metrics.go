package main

import "math"

// metrics are the collection's four measures, summed over queries.
type metrics struct {
	n                   int
	ap, rr, p10, ndcg10 float64
}

// add scores one ranking (a full order of the pool) against its relevant set.
func (m *metrics) add(ranking []string, rel map[string]bool) {
	m.n++
	if len(rel) == 0 {
		return
	}
	hits, sumPrec, dcg := 0, 0.0, 0.0
	for i, id := range ranking {
		if !rel[id] {
			continue
		}
		hits++
		sumPrec += float64(hits) / float64(i+1)
		if hits == 1 {
			m.rr += 1 / float64(i+1)
		}
		if i < 10 {
			m.p10 += 0.1
			dcg += 1 / math.Log2(float64(i+2))
		}
	}
	m.ap += sumPrec / float64(len(rel))
	ideal := 0.0
	for i := range min(10, len(rel)) {
		ideal += 1 / math.Log2(float64(i+2))
	}
	m.ndcg10 += dcg / ideal
}

func (m metrics) mean() (mapv, mrr, p10, ndcg float64) {
	n := float64(max(1, m.n))
	return m.ap / n, m.rr / n, m.p10 / n, m.ndcg10 / n
}
