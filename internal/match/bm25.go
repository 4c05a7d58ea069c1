package match

import "math"

// posting is one document containing a term.
type posting struct {
	doc uint32
	tf  uint32
}

// inverted is a compact in-memory BM25 index. Documents get increasing ids as
// they are added, so every posting list stays sorted by document; removed
// documents stay in the lists, marked dead, until compact drops them.
type inverted struct {
	terms    map[string]uint32
	postings [][]posting
	df       []int32 // live documents per term

	docLen   []uint32
	docSlot  []int32 // owning expert slot
	docField []field
	docOut   []int16 // output index for fieldOutput, else -1
	docDead  []bool

	liveDocs int
	liveLen  int // total length of live documents
	deadDocs int
}

func newInverted() inverted { return inverted{terms: map[string]uint32{}} }

// termFreq is one distinct term of an analysed document.
type termFreq struct {
	term string
	tf   uint32
}

// add appends a document and returns its id.
func (ix *inverted) add(slot int32, f field, out int16, terms []termFreq, length int) uint32 {
	doc := uint32(len(ix.docLen))
	ix.docLen = append(ix.docLen, uint32(length))
	ix.docSlot = append(ix.docSlot, slot)
	ix.docField = append(ix.docField, f)
	ix.docOut = append(ix.docOut, out)
	ix.docDead = append(ix.docDead, false)
	for _, t := range terms {
		id, ok := ix.terms[t.term]
		if !ok {
			id = uint32(len(ix.postings))
			ix.terms[t.term] = id
			ix.postings = append(ix.postings, nil)
			ix.df = append(ix.df, 0)
		}
		ix.postings[id] = append(ix.postings[id], posting{doc: doc, tf: t.tf})
		ix.df[id]++
	}
	ix.liveDocs++
	ix.liveLen += length
	return doc
}

// remove marks a document dead and takes it out of the statistics; terms
// are the document's terms, needed to lower their document frequencies.
func (ix *inverted) remove(doc uint32, terms []uint32) {
	if ix.docDead[doc] {
		return
	}
	ix.docDead[doc] = true
	for _, t := range terms {
		ix.df[t]--
	}
	ix.liveDocs--
	ix.liveLen -= int(ix.docLen[doc])
	ix.deadDocs++
}

// idf is BM25's inverse document frequency, kept positive.
func (ix *inverted) idf(df int32) float64 {
	n := float64(ix.liveDocs)
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func (ix *inverted) avgLen() float64 {
	if ix.liveDocs == 0 {
		return 1
	}
	return max(1, float64(ix.liveLen)/float64(ix.liveDocs))
}

// bm25tf is the saturated term-frequency part of BM25 for a document of
// length dl.
func bm25tf(tf, dl, avg, k1, b float64) float64 {
	return tf * (k1 + 1) / (tf + k1*(1-b+b*dl/avg))
}

// compact drops dead documents, renumbering the live ones in their order (so
// each expert's documents stay contiguous), and returns old → new ids
// (-1 for dead ones).
func (ix *inverted) compact() []int32 {
	remap := make([]int32, len(ix.docLen))
	n := int32(0)
	for d := range ix.docLen {
		if ix.docDead[d] {
			remap[d] = -1
			continue
		}
		remap[d] = n
		ix.docLen[n], ix.docSlot[n], ix.docField[n], ix.docOut[n] = ix.docLen[d], ix.docSlot[d], ix.docField[d], ix.docOut[d]
		ix.docDead[n] = false
		n++
	}
	ix.docLen, ix.docSlot, ix.docField = ix.docLen[:n], ix.docSlot[:n], ix.docField[:n]
	ix.docOut, ix.docDead = ix.docOut[:n], ix.docDead[:n]
	for t, list := range ix.postings {
		kept := list[:0]
		for _, p := range list {
			if r := remap[p.doc]; r >= 0 {
				kept = append(kept, posting{doc: uint32(r), tf: p.tf})
			}
		}
		ix.postings[t] = kept
	}
	ix.deadDocs = 0
	return remap
}
