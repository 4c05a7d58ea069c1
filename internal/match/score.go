package match

import "talentbridge/internal/model"

// sphereOnly scores the experts of the request's spheres that have no
// matching word or concept: a request may be little more than its spheres.
// Their score is at most the sphere weight's share, so when the hits are
// already better than that (the usual case) the thousands of experts of a
// top sphere are not even looked at.
func (ix *Index) sphereOnly(s *scratch, h *hitHeap, ev *evidence) {
	wsum := ix.cfg.TextWeight + ix.cfg.SphereWeight
	if ev.conceptNorm > 0 {
		wsum += ix.cfg.ConceptWeight
	}
	if h.full() && h.worst() > ix.cfg.SphereWeight/wsum {
		return
	}
	seen := map[string]bool{}
	for _, sp := range ev.req.Spheres {
		top := model.TopSphere(sp)
		if seen[top] {
			continue
		}
		seen[top] = true
		for _, sl := range ix.spost[top] {
			if s.cand[sl] || !ix.mark(s, sl, ev.opt.Visible) {
				continue
			}
			ev.floor = -1
			if h.full() {
				ev.floor = h.worst()
			}
			if hit, ok := ix.score(s, sl, ev); ok {
				h.push(hit)
			}
		}
	}
}

// evidence is what scoring one candidate needs besides the candidate.
type evidence struct {
	req         *Request
	opt         *Options
	self        float64 // the request's score against itself
	conceptNorm float64 // coverage of an expert with every request concept; 0 if none
	spheres     bool    // sphere evidence counts
	floor       float64 // the worst kept hit's score, or -1 while there is room
}

// score combines the evidence of one candidate. It reports false for a
// candidate that fails a hard constraint, scores zero, or cannot beat floor.
func (ix *Index) score(s *scratch, c int32, ev *evidence) (Hit, bool) {
	sl := &ix.slots[c]
	tw := ix.cfg.TextWeight
	if ev.opt.TextOnly {
		tw = 1
	}
	wsum, sum := tw, 0.0
	concept := 0.0
	if ev.conceptNorm > 0 {
		concept = float64(s.concept[c]) / ev.conceptNorm
		wsum += ix.cfg.ConceptWeight
		sum += ix.cfg.ConceptWeight * concept
	}
	sphereMax := 0.0
	if ev.spheres {
		wsum += ix.cfg.SphereWeight
		sphereMax = ix.cfg.SphereWeight
	}
	// Most candidates matched a common word in a document or two. A bound
	// from their best document and the number of their scored documents
	// spares the exact aggregation for those that cannot enter the hits;
	// spheres and constraints can at best add a full sphere score.
	if ev.floor > 0 && (tw*ix.textBound(s, c, ev.self)+sum+sphereMax)/wsum < ev.floor {
		return Hit{}, false
	}
	text := ix.textScore(s, sl, ev.self)
	sum += tw * text
	if (sum+sphereMax)/wsum < ev.floor {
		return Hit{}, false
	}
	sphere := 0.0
	if ev.spheres {
		sphere, _ = ix.sphereScore(ev.req.Spheres, sl.e.Spheres, false)
		sum += ix.cfg.SphereWeight * sphere
	}
	penalty := 1.0
	if !ev.opt.TextOnly {
		var ok bool
		if penalty, ok = ix.penalty(*ev.req, sl.e, nil); !ok {
			return Hit{}, false
		}
	}
	score := clamp01(sum / wsum * penalty)
	if score <= 0 || score < ev.floor {
		return Hit{}, false
	}
	return Hit{ExpertID: sl.e.ExternalID, Expert: sl.e, Score: score,
		Text: text, Concept: concept, Sphere: sphere, Penalty: penalty}, true
}

// textBound is an upper bound of textScore from what addCandidates noted:
// the expert's best raw document score and how many documents scored.
func (ix *Index) textBound(s *scratch, c int32, self float64) float64 {
	if self <= 0 || s.docs[c] == 0 {
		return 0
	}
	v := clamp01(ix.docNorm(float64(s.best[c]), self, fieldOutput) * ix.maxFieldWeight())
	miss, w := 1.0, 1.0
	for range min(int(s.docs[c]), ix.cfg.TopK) {
		miss *= 1 - w*v
		w *= ix.cfg.Decay
	}
	return 1 - miss
}

// maxFieldWeight is the largest field prior, relative to the output's one
// (docNorm of fieldOutput already applies that).
func (ix *Index) maxFieldWeight() float64 {
	m := 0.0
	for _, w := range ix.cfg.FieldWeight {
		m = max(m, w)
	}
	if o := ix.cfg.FieldWeight[fieldOutput]; o > 0 {
		return m / o
	}
	return m
}
