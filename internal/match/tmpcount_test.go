package match

import "testing"

func TestTmpCount(t *testing.T) {
	ix, err := benchIndex()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range benchRequests {
		q := ix.prepare(r, true)
		ix.mu.RLock()
		s := ix.getScratch()
		terms, _ := ix.resolve(q)
		ix.scoreDocs(s, terms)
		ix.addCandidates(s, nil)
		var big []string
		for _, tm := range terms {
			if n := len(ix.inv.postings[tm.id]); n > 50000 {
				big = append(big, tm.qt.term)
			}
		}
		t.Logf("%q: %d terms, %d touched docs, %d candidates; common: %v", r.Title, len(terms), len(s.touched), len(s.cands), big)
		ix.putScratch(s)
		ix.mu.RUnlock()
	}
}
