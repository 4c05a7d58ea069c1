package match

import (
	"math"

	"talentbridge/internal/model"
)

// Strength of a profile concept covering a request concept.
const (
	sameConcept     = 1.0
	narrowerConcept = 0.8 // the expert's is more specific: still on the subject
	broaderConcept  = 0.5 // the expert's is more general
)

// related lists the concepts that cover a request concept, with strengths.
func (ix *Index) related(c string) []struct {
	id       string
	strength float64
	relation string
} {
	type rel = struct {
		id       string
		strength float64
		relation string
	}
	out := []rel{{c, sameConcept, "same"}}
	for _, n := range ix.th.Narrower(c) {
		out = append(out, rel{n, narrowerConcept, "narrower"})
	}
	if b := ix.th.Broader(c); b != "" {
		out = append(out, rel{b, broaderConcept, "broader"})
	}
	return out
}

// scoreConcepts accumulates, per expert, the idf-weighted coverage of the
// request's concepts and returns the sum of their idfs: the coverage of an
// expert who has all of them. A concept mentioned in more documents of a
// profile counts more, saturating quickly.
func (ix *Index) scoreConcepts(s *scratch, concepts []string, visible func(*model.Expert) bool) float64 {
	norm := 0.0
	for _, c := range concepts {
		idf := ix.conceptIDF(c)
		norm += idf
		for _, r := range ix.related(c) {
			ci, ok := ix.concepts[r.id]
			if !ok {
				continue
			}
			for _, p := range ix.cpost[ci] {
				v := float32(r.strength * float64(p.n) / (float64(p.n) + 0.5))
				if v <= s.cur[p.slot] || !ix.mark(s, p.slot, visible) {
					continue
				}
				if s.cur[p.slot] == 0 {
					s.curList = append(s.curList, p.slot)
				}
				s.cur[p.slot] = v
			}
		}
		for _, sl := range s.curList {
			s.concept[sl] += float32(idf) * s.cur[sl]
			s.cur[sl] = 0
		}
		s.curList = s.curList[:0]
	}
	return norm
}

// conceptIDF is the weight of a request concept: rarer among the experts,
// more telling.
func (ix *Index) conceptIDF(c string) float64 {
	df := 0
	if ci, ok := ix.concepts[c]; ok {
		df = len(ix.cpost[ci])
	}
	return math.Log(1 + (float64(ix.live)+1)/(float64(df)+1))
}
