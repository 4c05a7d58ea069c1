package match

import (
	"slices"
	"sort"
)

// maxOutputs is how many contributing outputs an explanation lists.
const maxOutputs = 3

// explain fills in why a hit was proposed, from what the index keeps of
// each document (its terms and concepts) and the document scores of this
// ranking, still in the scratch. In the profile-centric ablation the one
// document is the "profile" field and no output can be singled out.
func (ix *Index) explain(h *Hit, s *scratch, c int32, q query, terms []resolved, ev *evidence, useConcepts bool) {
	sl := &ix.slots[c]
	ex := &h.Explanation
	display := make(map[uint32]string, len(terms))
	for _, t := range terms {
		display[t.id] = t.qt.display
	}
	wanted := map[int32]bool{} // concepts of the profile that cover a request concept
	if useConcepts {
		for _, qc := range q.concepts {
			for _, rel := range ix.related(qc) {
				if ci, ok := ix.concepts[rel.id]; ok {
					wanted[ci] = true
				}
			}
		}
	}
	found := map[string]bool{}
	for i := range sl.nDocs {
		doc := sl.firstDoc + i
		fe := FieldEvidence{Field: fieldNames[ix.inv.docField[doc]]}
		out := int(ix.inv.docOut[doc])
		if out >= 0 {
			fe.Field = sl.docName(out)
		}
		if s.docScore[doc] > 0 {
			for _, t := range sl.docTerms[i] {
				if d, ok := display[t]; ok {
					fe.Terms = appendUnique(fe.Terms, d)
				}
			}
		}
		for _, ci := range sl.docConcepts[i] {
			if wanted[ci] {
				fe.Concepts = appendUnique(fe.Concepts, ix.cids[ci])
				found[ix.cids[ci]] = true
			}
		}
		if len(fe.Terms) == 0 && len(fe.Concepts) == 0 {
			continue
		}
		ex.Fields = append(ex.Fields, fe)
		if out >= 0 && s.docScore[doc] > 0 {
			oe := sl.outputEvidence(out, q.lang)
			oe.Score, oe.Terms = ix.docNorm(float64(s.docScore[doc]), ev.self, fieldOutput), fe.Terms
			ex.Outputs = append(ex.Outputs, oe)
		}
	}
	sort.SliceStable(ex.Outputs, func(i, j int) bool { return ex.Outputs[i].Score > ex.Outputs[j].Score })
	ex.Outputs = ex.Outputs[:min(len(ex.Outputs), maxOutputs)]

	for _, qc := range q.concepts {
		for _, rel := range ix.related(qc) {
			if found[rel.id] {
				label := rel.id
				if con, ok := ix.th.Concept(rel.id); ok {
					label = con.Label(q.lang)
				}
				ex.Concepts = append(ex.Concepts, ConceptEvidence{Request: qc, Expert: rel.id, Relation: rel.relation, Label: label})
				break
			}
		}
	}
	if ev.opt.TextOnly {
		return
	}
	_, ex.Spheres = ix.sphereScore(ev.req.Spheres, h.Expert.Spheres, true)
	ix.penalty(*ev.req, h.Expert, &ex.Constraints)
}

func appendUnique(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
