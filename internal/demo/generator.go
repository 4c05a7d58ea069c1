// Package demo generates a deterministic, realistic set of experts and
// organisations of Moscow and Beijing for demonstrations, benchmarks and tests.
//
// The i-th expert depends only on the seed and i, never on which experts were
// generated before, so a data set can be produced in any order, in parallel,
// or regenerated in part. Every expert passes model.Expert.Validate against
// the built-in taxonomy and is already in normalized form.
package demo

import (
	"math/rand/v2"

	"talentbridge/internal/model"
)

// Generator produces experts and organisations. It holds only immutable
// lookup tables, so one Generator may be used from many goroutines.
type Generator struct {
	seed  int64
	tax   *model.Taxonomy
	orgs  []org
	pools map[string]orgPool // by city
	vocab map[string][]concept
}

// orgPool lists the organisations of one city with cumulative head-count
// weights, so that large employers (universities, the metro) get more experts.
type orgPool struct {
	idx []int // indexes into Generator.orgs
	cum []int // cumulative weights, same length
}

// New returns a generator for the seed. Different seeds give different data
// sets; the same seed always gives the same one.
func New(seed int64) *Generator {
	g := &Generator{
		seed:  seed,
		tax:   model.NewTaxonomy(),
		orgs:  allOrgs(),
		pools: map[string]orgPool{},
		vocab: map[string][]concept{},
	}
	for i, o := range g.orgs {
		p := g.pools[o.city]
		total := o.weight
		if n := len(p.cum); n > 0 {
			total += p.cum[n-1]
		}
		p.idx = append(p.idx, i)
		p.cum = append(p.cum, total)
		g.pools[o.city] = p
	}
	for _, group := range vocabGroups {
		for _, v := range group {
			g.vocab[v.slug] = v.concepts
		}
	}
	return g
}

// Organizations returns the fixed set of organisations of both cities (and a
// few elsewhere) that generated experts belong to. The slice is fresh.
func (g *Generator) Organizations() []model.Organization {
	out := make([]model.Organization, len(g.orgs))
	for i, o := range g.orgs {
		out[i] = model.Organization{
			ExternalID: o.id,
			Name:       model.Text{model.LangRU: o.ru, model.LangZH: o.zh, model.LangEN: o.en},
			City:       o.city,
			Country:    o.country,
			Kind:       o.kind,
		}
	}
	return out
}

// Expert returns the i-th expert (i ≥ 0). The result depends only on the
// generator's seed and i.
func (g *Generator) Expert(i int) model.Expert {
	b := builder{g: g, r: g.rng(i), i: i}
	return b.build()
}

// Each calls fn with experts 0 … n-1 in order, stopping at the first error,
// which it returns. Experts are built one at a time, so memory stays flat
// however large n is.
func (g *Generator) Each(n int, fn func(model.Expert) error) error {
	for i := 0; i < n; i++ {
		if err := fn(g.Expert(i)); err != nil {
			return err
		}
	}
	return nil
}

// rng derives the random source of expert i. Both halves of the PCG state
// go through splitmix64 so that neighbouring seeds and indexes give
// unrelated streams rather than shifted copies of one another.
func (g *Generator) rng(i int) *rand.Rand {
	s := splitmix64(uint64(g.seed))
	return rand.New(rand.NewPCG(s, splitmix64(s^uint64(i))))
}

func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// pickOrg chooses an organisation of the city by head-count weight.
func (g *Generator) pickOrg(r *rand.Rand, city string) *org {
	p := g.pools[city]
	w := r.IntN(p.cum[len(p.cum)-1])
	lo, hi := 0, len(p.cum)-1
	for lo < hi { // first cumulative weight above w
		mid := (lo + hi) / 2
		if p.cum[mid] > w {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return &g.orgs[p.idx[lo]]
}
