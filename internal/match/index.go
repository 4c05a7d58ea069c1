package match

import (
	"errors"
	"slices"
	"sync"

	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
	"talentbridge/internal/thesaurus"
)

// Index is the in-memory corpus of experts the engine ranks. It is safe for
// concurrent use: any number of Rank calls run together; Add and Remove wait
// for them.
type Index struct {
	an  *textproc.Analyzer
	th  *thesaurus.Thesaurus // may be nil: no concept evidence
	tax *model.Taxonomy
	cfg Config
	// stop are the analysed boilerplate words of requests.
	stop map[string]bool

	mu       sync.RWMutex
	inv      inverted
	slots    []slot
	byID     map[string]int32
	concepts map[string]int32   // concept id → dense index
	cids     []string           // dense index → concept id
	cpost    [][]cposting       // concept → experts whose profile has it
	spost    map[string][]int32 // top sphere → experts with a sphere under it
	live     int
	works    map[string][]Work // expert external id → their works (see SetWorks)
	worksGen uint64            // bumped by SetWorks, so Add sees a change made while it analysed

	scratch sync.Pool // *scratch, sized to the index
}

// slot is one expert in the index.
type slot struct {
	e           *model.Expert // nil once removed
	firstDoc    uint32
	nDocs       uint32
	docTerms    [][]uint32 // term ids per document: to undo frequencies and to explain
	docConcepts [][]int32  // concept indexes per document, to explain
	works       []Work     // analysed after the outputs, as output-like documents
}

// cposting says that an expert's profile has a concept in n documents.
type cposting struct {
	slot int32
	n    uint16
}

// NewIndex returns an empty index. th may be nil (no concepts); tax labels
// the spheres and decides their kinship.
func NewIndex(an *textproc.Analyzer, th *thesaurus.Thesaurus, tax *model.Taxonomy, cfg Config) (*Index, error) {
	if an == nil || tax == nil {
		return nil, errors.New("match: NewIndex needs an analyser and a taxonomy")
	}
	return &Index{an: an, th: th, tax: tax, cfg: cfg, inv: newInverted(), stop: boilerplateTerms(an),
		byID: map[string]int32{}, concepts: map[string]int32{}, spost: map[string][]int32{}, works: map[string][]Work{}}, nil
}

// Build returns an index of experts, analysing them on all cores.
func Build(an *textproc.Analyzer, th *thesaurus.Thesaurus, tax *model.Taxonomy, cfg Config, experts []*model.Expert, workers int) (*Index, error) {
	return BuildWithWorks(an, th, tax, cfg, experts, nil, workers)
}

// BuildWithWorks is Build with the works of experts, by external id (see
// SetWorks).
func BuildWithWorks(an *textproc.Analyzer, th *thesaurus.Thesaurus, tax *model.Taxonomy, cfg Config, experts []*model.Expert,
	works map[string][]Work, workers int) (*Index, error) {
	ix, err := NewIndex(an, th, tax, cfg)
	if err != nil {
		return nil, err
	}
	for xid, ws := range works {
		if len(ws) > 0 {
			ix.works[xid] = slices.Clone(ws)
		}
	}
	analysed := make([][]analysedDoc, len(experts))
	var wg sync.WaitGroup
	for w := range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(experts); i += max(1, workers) {
				analysed[i] = ix.analyseExpert(experts[i], ix.works[experts[i].ExternalID])
			}
		}()
	}
	wg.Wait()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for i, e := range experts {
		ix.insert(e, analysed[i], ix.works[e.ExternalID])
	}
	return ix, nil
}

// Len returns the number of experts in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.live
}

// Add puts an expert into the index, replacing any expert with the same
// ExternalID. The index keeps the pointer: do not change the expert after.
func (ix *Index) Add(e *model.Expert) error {
	if e == nil || e.ExternalID == "" {
		return errors.New("match: Add needs an expert with an external id")
	}
	ix.mu.RLock()
	works, gen := ix.works[e.ExternalID], ix.worksGen
	ix.mu.RUnlock()
	docs := ix.analyseExpert(e, works) // outside the lock: analysis is the slow part
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.worksGen != gen {
		works = ix.works[e.ExternalID]
		docs = ix.analyseExpert(e, works)
	}
	ix.removeLocked(e.ExternalID)
	ix.insert(e, docs, works)
	return nil
}

// Remove takes the expert with the external id out of the index and reports
// whether it was there.
func (ix *Index) Remove(externalID string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ok := ix.removeLocked(externalID)
	// Dead documents cost scoring time; drop them once they are a quarter.
	if ix.inv.deadDocs > 1024 && ix.inv.deadDocs*4 > len(ix.inv.docLen) {
		ix.compact()
	}
	return ok
}

func (ix *Index) insert(e *model.Expert, docs []analysedDoc, works []Work) {
	id := int32(len(ix.slots))
	s := slot{e: e, firstDoc: uint32(len(ix.inv.docLen)), nDocs: uint32(len(docs)), works: works}
	counts := map[int32]uint16{}
	for _, d := range docs {
		ix.inv.add(id, d.field, int16(d.out), d.terms, d.length)
		ids := make([]uint32, len(d.terms))
		for i, t := range d.terms {
			ids[i] = ix.inv.terms[t.term]
		}
		s.docTerms = append(s.docTerms, ids)
		var cs []int32
		for _, c := range d.concepts {
			ci := ix.conceptIndex(c)
			cs = append(cs, ci)
			counts[ci]++
		}
		s.docConcepts = append(s.docConcepts, cs)
	}
	for ci, n := range counts {
		ix.cpost[ci] = append(ix.cpost[ci], cposting{slot: id, n: n})
	}
	tops := map[string]bool{}
	for _, sp := range e.Spheres {
		if t := model.TopSphere(sp); !tops[t] {
			tops[t] = true
			ix.spost[t] = append(ix.spost[t], id)
		}
	}
	ix.slots = append(ix.slots, s)
	ix.byID[e.ExternalID] = id
	ix.live++
}

// conceptIndex returns the dense index of a concept id, adding it if new.
func (ix *Index) conceptIndex(c string) int32 {
	ci, ok := ix.concepts[c]
	if !ok {
		ci = int32(len(ix.cpost))
		ix.concepts[c] = ci
		ix.cids = append(ix.cids, c)
		ix.cpost = append(ix.cpost, nil)
	}
	return ci
}

func (ix *Index) removeLocked(externalID string) bool {
	id, ok := ix.byID[externalID]
	if !ok {
		return false
	}
	s := &ix.slots[id]
	for i := range s.nDocs {
		ix.inv.remove(s.firstDoc+i, s.docTerms[i])
	}
	s.e, s.docTerms, s.docConcepts, s.works = nil, nil, nil, nil
	delete(ix.byID, externalID)
	ix.live--
	return true
}

// compact drops dead documents and the concept postings of removed experts.
// Slots are kept (they are small), so slot ids never change.
func (ix *Index) compact() {
	remap := ix.inv.compact()
	for i := range ix.slots {
		s := &ix.slots[i]
		if s.e != nil && s.nDocs > 0 {
			s.firstDoc = uint32(remap[s.firstDoc])
		}
	}
	for c, list := range ix.cpost {
		kept := list[:0]
		for _, p := range list {
			if ix.slots[p.slot].e != nil {
				kept = append(kept, p)
			}
		}
		ix.cpost[c] = kept
	}
	for t, list := range ix.spost {
		kept := list[:0]
		for _, sl := range list {
			if ix.slots[sl].e != nil {
				kept = append(kept, sl)
			}
		}
		ix.spost[t] = kept
	}
}
