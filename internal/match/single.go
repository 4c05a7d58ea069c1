package match

import "sort"

// ScoreExpert scores one expert for a request exactly as Rank scores it: the
// same score and the same explanation that the expert gets in the request's
// ranking, however far down that ranking it is. Only the expert's own
// documents and concepts are looked at, so asking which of many requests
// suit one expert costs the analysis of each request and little more.
//
// It reports false when the expert is not in the index, is not visible
// (opt.Visible), fails a hard constraint or scores zero: when no ranking of
// the request would list it. opt.Limit is ignored.
func (ix *Index) ScoreExpert(r Request, externalID string, opt Options) (Hit, bool) {
	useConcepts := !opt.TextOnly && !opt.NoConcepts && ix.th != nil
	q := ix.prepare(r, useConcepts)

	ix.mu.RLock()
	defer ix.mu.RUnlock()
	c, ok := ix.byID[externalID]
	if !ok {
		return Hit{}, false
	}
	sl := &ix.slots[c]
	if sl.e == nil || (opt.Visible != nil && !opt.Visible(sl.e)) {
		return Hit{}, false
	}
	s := ix.getScratch()
	defer ix.putScratch(s)
	// The slot is a candidate so that putScratch clears its concept score.
	s.cand[c] = true
	s.cands = append(s.cands, c)

	terms, self := ix.resolve(q)
	ix.scoreSlotDocs(s, sl, terms)
	conceptNorm := 0.0
	if useConcepts {
		conceptNorm = ix.scoreSlotConcepts(s, c, q.concepts)
	}
	ev := evidence{req: &r, opt: &opt, self: self, conceptNorm: conceptNorm, floor: -1,
		spheres: !opt.TextOnly && len(r.Spheres) > 0}
	hit, ok := ix.score(s, c, &ev)
	if !ok {
		return Hit{}, false
	}
	if !opt.NoExplain {
		ix.explain(&hit, s, c, q, terms, &ev, useConcepts)
	}
	return hit, true
}

// scoreSlotDocs is scoreDocs for the documents of one expert. It adds the
// same float32 terms in the same order, so that the sums are bit for bit
// those of a ranking.
func (ix *Index) scoreSlotDocs(s *scratch, sl *slot, terms []resolved) {
	avg := ix.inv.avgLen()
	k1, b := ix.cfg.K1, ix.cfg.B
	c0, c1 := k1*(1-b), k1*b/avg
	first, end := sl.firstDoc, sl.firstDoc+sl.nDocs
	for _, t := range terms {
		w := t.weight * (k1 + 1)
		list := ix.inv.postings[t.id]
		// Postings are sorted by document, and an expert's documents are
		// contiguous: one search finds where the expert's postings begin.
		i := sort.Search(len(list), func(i int) bool { return list[i].doc >= first })
		for ; i < len(list) && list[i].doc < end; i++ {
			p := list[i]
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

// scoreSlotConcepts is scoreConcepts for one expert: it leaves the expert's
// coverage in s.concept[c] and returns the same norm.
func (ix *Index) scoreSlotConcepts(s *scratch, c int32, concepts []string) float64 {
	// How many documents of the expert hold each concept, counted as
	// insert counts them for the concept postings.
	have := map[int32]uint16{}
	for _, cs := range ix.slots[c].docConcepts {
		for _, ci := range cs {
			have[ci]++
		}
	}
	norm := 0.0
	for _, con := range concepts {
		idf := ix.conceptIDF(con)
		norm += idf
		cur := float32(0)
		for _, r := range ix.related(con) {
			ci, ok := ix.concepts[r.id]
			if !ok {
				continue
			}
			if n, ok := have[ci]; ok {
				cur = max(cur, float32(r.strength*float64(n)/(float64(n)+0.5)))
			}
		}
		s.concept[c] += float32(idf) * cur
	}
	return norm
}
