package match

import (
	"container/heap"
	"sort"
)

// better orders hits: higher score first, then external id, so that equal
// scores always come out in the same order.
func better(a, b *Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.ExpertID < b.ExpertID
}

// hitHeap keeps the best limit hits; its root is the worst of them.
type hitHeap struct {
	limit int
	hits  []Hit
}

func (h *hitHeap) Len() int           { return len(h.hits) }
func (h *hitHeap) Less(i, j int) bool { return better(&h.hits[j], &h.hits[i]) }
func (h *hitHeap) Swap(i, j int)      { h.hits[i], h.hits[j] = h.hits[j], h.hits[i] }
func (h *hitHeap) Push(x any)         { h.hits = append(h.hits, x.(Hit)) }
func (h *hitHeap) Pop() any {
	n := len(h.hits) - 1
	x := h.hits[n]
	h.hits = h.hits[:n]
	return x
}

// full reports whether the heap holds limit hits already.
func (h *hitHeap) full() bool { return len(h.hits) >= h.limit }

// worst is the lowest score kept; only meaningful when full.
func (h *hitHeap) worst() float64 { return h.hits[0].Score }

func (h *hitHeap) push(x Hit) {
	if len(h.hits) < h.limit {
		heap.Push(h, x)
		return
	}
	if better(&x, &h.hits[0]) {
		h.hits[0] = x
		heap.Fix(h, 0)
	}
}

// sorted returns the kept hits, best first.
func (h *hitHeap) sorted() []Hit {
	sort.Slice(h.hits, func(i, j int) bool { return better(&h.hits[i], &h.hits[j]) })
	return h.hits
}
