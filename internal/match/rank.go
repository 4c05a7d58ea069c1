package match

import (
	"math"

	"talentbridge/internal/model"
)

// scratch holds the per-call accumulators, reused through a pool so that a
// ranking over 100,000 experts allocates almost nothing.
type scratch struct {
	docScore []float32 // raw BM25 per document
	touched  []uint32  // documents with a score
	cand     []bool    // per slot: already a candidate
	docs     []uint8   // per slot: scored documents (saturating)
	best     []float32 // per slot: best raw document score
	cands    []int32
	concept  []float32 // per slot: concept evidence accumulated
	cur      []float32 // per slot: best match of the current request concept
	curList  []int32
	top      []float64
}

func (ix *Index) getScratch() *scratch {
	s, _ := ix.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	if n := len(ix.inv.docLen); len(s.docScore) < n {
		s.docScore = make([]float32, n+n/4)
	}
	if n := len(ix.slots); len(s.cand) < n {
		s.cand = make([]bool, n+n/4)
		s.docs = make([]uint8, n+n/4)
		s.best = make([]float32, n+n/4)
		s.concept = make([]float32, n+n/4)
		s.cur = make([]float32, n+n/4)
	}
	return s
}

// putScratch clears what was touched and returns the scratch to the pool.
func (ix *Index) putScratch(s *scratch) {
	for _, d := range s.touched {
		s.docScore[d] = 0
	}
	for _, c := range s.cands {
		s.cand[c] = false
		s.concept[c] = 0
		s.docs[c], s.best[c] = 0, 0
	}
	s.touched, s.cands = s.touched[:0], s.cands[:0]
	ix.scratch.Put(s)
}

// resolved is a request term found in the index.
type resolved struct {
	id     uint32
	weight float64 // idf × saturated request frequency
	qt     *queryTerm
}

// Rank returns the best experts for the request, best first, ties broken by
// external id.
func (ix *Index) Rank(r Request, opt Options) []Hit {
	useConcepts := !opt.TextOnly && !opt.NoConcepts && ix.th != nil
	q := ix.prepare(r, useConcepts)
	limit := opt.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	s := ix.getScratch()
	defer ix.putScratch(s)

	terms, self := ix.resolve(q)
	ix.scoreDocs(s, terms)
	ix.addCandidates(s, opt.Visible)
	conceptNorm := 0.0
	if useConcepts {
		conceptNorm = ix.scoreConcepts(s, q.concepts, opt.Visible)
	}
	spheres := !opt.TextOnly && len(r.Spheres) > 0

	h := hitHeap{limit: limit}
	ev := evidence{req: &r, opt: &opt, self: self, conceptNorm: conceptNorm, spheres: spheres}
	for _, c := range s.cands {
		ev.floor = -1
		if h.full() {
			ev.floor = h.worst()
		}
		if hit, ok := ix.score(s, c, &ev); ok {
			h.push(hit)
		}
	}
	if spheres {
		ix.sphereOnly(s, &h, &ev)
	}
	hits := h.sorted()
	if !opt.NoExplain {
		for i := range hits {
			ix.explain(&hits[i], s, ix.byID[hits[i].ExpertID], q, terms, &ev, useConcepts)
		}
	}
	return hits
}

// resolve looks the request's terms up and returns them with their weights,
// and the request's score against itself: the most one document could get.
// Terms the corpus lacks are left out of both, since no expert could match
// them.
func (ix *Index) resolve(q query) ([]resolved, float64) {
	var out []resolved
	qlen := 0.0
	for i := range q.terms {
		qlen += q.terms[i].qtf
	}
	avg := ix.inv.avgLen()
	self := 0.0
	for i := range q.terms {
		qt := &q.terms[i]
		id, ok := ix.inv.terms[qt.term]
		if !ok || ix.inv.df[id] <= 0 {
			continue
		}
		k3 := ix.cfg.K3
		w := ix.inv.idf(ix.inv.df[id]) * (k3 + 1) * qt.qtf / (k3 + qt.qtf)
		out = append(out, resolved{id: id, weight: w, qt: qt})
		self += w * bm25tf(qt.qtf, qlen, avg, ix.cfg.K1, ix.cfg.B)
	}
	return out, self
}

// scoreDocs accumulates the raw BM25 score of every document that holds a
// request term.
func (ix *Index) scoreDocs(s *scratch, terms []resolved) {
	avg := ix.inv.avgLen()
	k1, b := ix.cfg.K1, ix.cfg.B
	// Precomputed so that the inner loop is one division per posting.
	c0, c1 := k1*(1-b), k1*b/avg
	for _, t := range terms {
		w := t.weight * (k1 + 1)
		for _, p := range ix.inv.postings[t.id] {
			if ix.inv.docDead[p.doc] {
				continue
			}
			tf := float64(p.tf)
			v := float32(w * tf / (tf + c0 + c1*float64(ix.inv.docLen[p.doc])))
			if s.docScore[p.doc] == 0 {
				s.touched = append(s.touched, p.doc)
			}
			s.docScore[p.doc] += v
		}
	}
}

// addCandidates makes every visible expert with a scored document a
// candidate, noting its best document and how many scored, for textBound.
func (ix *Index) addCandidates(s *scratch, visible func(e *model.Expert) bool) {
	for _, d := range s.touched {
		sl := ix.inv.docSlot[d]
		if !ix.mark(s, sl, visible) {
			continue
		}
		if s.docs[sl] < 255 {
			s.docs[sl]++
		}
		s.best[sl] = max(s.best[sl], s.docScore[d])
	}
}

func (ix *Index) mark(s *scratch, slot int32, visible func(e *model.Expert) bool) bool {
	if s.cand[slot] {
		return true
	}
	e := ix.slots[slot].e
	if e == nil || (visible != nil && !visible(e)) {
		return false
	}
	s.cand[slot] = true
	s.cands = append(s.cands, slot)
	return true
}

// textScore aggregates an expert's documents: each normalised by the
// request's self score and weighted by its field, the best TopK combined by
// a decaying noisy-or.
func (ix *Index) textScore(s *scratch, sl *slot, self float64) float64 {
	if self <= 0 {
		return 0
	}
	top := s.top[:0]
	for d := sl.firstDoc; d < sl.firstDoc+sl.nDocs; d++ {
		if raw := s.docScore[d]; raw > 0 {
			top = append(top, ix.docNorm(float64(raw), self, ix.inv.docField[d]))
		}
	}
	s.top = top
	return ix.aggregate(top)
}

// docNorm turns a raw document score into [0, 1].
func (ix *Index) docNorm(raw, self float64, f field) float64 {
	x := min(1, raw/self)
	if ix.cfg.Gamma == 0.5 {
		x = math.Sqrt(x) // the default; Pow is several times slower
	} else {
		x = math.Pow(x, ix.cfg.Gamma)
	}
	return ix.cfg.FieldWeight[f] * x
}

// aggregate combines normalised document scores (it reorders them).
func (ix *Index) aggregate(scores []float64) float64 {
	// Insertion sort, descending: an expert has a handful of scored
	// documents, and sort.Sort would allocate on this hot path.
	for i := 1; i < len(scores); i++ {
		for j := i; j > 0 && scores[j] > scores[j-1]; j-- {
			scores[j], scores[j-1] = scores[j-1], scores[j]
		}
	}
	miss, w := 1.0, 1.0
	for i, v := range scores {
		if i == ix.cfg.TopK {
			break
		}
		miss *= 1 - w*clamp01(v)
		w *= ix.cfg.Decay
	}
	return 1 - miss
}

func clamp01(v float64) float64 { return min(1, max(0, v)) }
