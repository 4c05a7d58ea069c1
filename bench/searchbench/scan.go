package main

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// BM25 parameters, Bleve's defaults.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// scanDoc is one document of the exhaustive scorer: its distinct terms
// (sorted ids) with field-boost-weighted frequencies, and what the filters
// and facets need.
type scanDoc struct {
	terms  []uint32
	tf     []float32
	length float32
	doc    search.Doc
}

// scanner is the floor any engine approaches: no index, no skipping, every
// document scored for every query term, as a plain loop over memory.
type scanner struct {
	an    *textproc.Analyzer
	ids   map[string]uint32
	df    []int
	docs  []scanDoc
	avgdl float64
}

// fieldWeights mirror the engine's field boosts, so that both rank alike.
var fieldWeights = []struct {
	mode   textproc.Mode
	boost  float32
	values func(d *search.Doc) []string
}{
	{textproc.ModeExact, 6, func(d *search.Doc) []string { return d.Names }},
	{textproc.ModeExact, 5, func(d *search.Doc) []string { return d.Aliases }},
	{textproc.ModeFull, 4, func(d *search.Doc) []string { return d.Keywords }},
	{textproc.ModeFull, 2.5, func(d *search.Doc) []string { return d.SphereLabels }},
	{textproc.ModeFull, 2, func(d *search.Doc) []string { return d.Organization }},
	{textproc.ModeFull, 2, func(d *search.Doc) []string { return d.Position }},
	{textproc.ModeFull, 1, func(d *search.Doc) []string { return d.Bio }},
	{textproc.ModeFull, 0.8, func(d *search.Doc) []string { return d.Outputs }},
}

// runScan loads every document into a scanner and runs the mix; it returns
// the wall-clock and the CPU time of each query.
func runScan(ctx context.Context, cfg config, data string, qs []benchQuery) (timings, timings, error) {
	start := time.Now()
	s, err := loadScanner(ctx, cfg, data)
	if err != nil {
		return nil, nil, err
	}
	fmt.Printf("scan: %d documents analysed in %s\n", len(s.docs), since(start))
	for _, q := range qs[:len(qs)/10] {
		s.search(q.Query)
	}
	all := make(timings, 0, len(qs))
	cpu := make(timings, 0, len(qs))
	clock, unlock := startCPUClock()
	defer unlock()
	for _, q := range qs {
		t0, c0 := time.Now(), clock.now()
		s.search(q.Query)
		all = append(all, time.Since(t0))
		cpu = append(cpu, clock.now()-c0)
	}
	fmt.Printf("scan: %s (%d queries)\n", all, len(all))
	fmt.Printf("scan: CPU time per query %s\n", cpu)
	return all, cpu, nil
}

func loadScanner(ctx context.Context, cfg config, data string) (*scanner, error) {
	an, err := textproc.New()
	if err != nil {
		return nil, err
	}
	s := &scanner{an: an, ids: map[string]uint32{}}
	var total float64
	err = eachDoc(ctx, cfg, data, func(d search.Doc) error {
		sd := s.analyse(d)
		total += float64(sd.length)
		s.docs = append(s.docs, sd)
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.avgdl = total / float64(max(len(s.docs), 1))
	return s, nil
}

func (s *scanner) analyse(d search.Doc) scanDoc {
	tf := map[uint32]float32{}
	var length float32
	for _, f := range fieldWeights {
		for _, v := range f.values(&d) {
			for _, t := range s.an.Tokens(v, f.mode) {
				tf[s.id(t.Term)] += f.boost
				length += f.boost
			}
		}
	}
	sd := scanDoc{terms: make([]uint32, 0, len(tf)), length: length, doc: d}
	for id := range tf {
		sd.terms = append(sd.terms, id)
		s.df[id]++
	}
	slices.Sort(sd.terms)
	sd.tf = make([]float32, len(sd.terms))
	for i, id := range sd.terms {
		sd.tf[i] = tf[id]
	}
	// The scorer needs no text: keep the filter and facet fields only.
	sd.doc = search.Doc{Spheres: d.Spheres, City: d.City, Org: d.Org, Languages: d.Languages, Formats: d.Formats, Visibility: d.Visibility}
	return sd
}

func (s *scanner) id(term string) uint32 {
	id, ok := s.ids[term]
	if !ok {
		id = uint32(len(s.df))
		s.ids[term] = id
		s.df = append(s.df, 0)
	}
	return id
}

type scored struct {
	i     int
	score float64
}

// search scores every visible document that passes the filters for the
// query's words (every form the analysis gives them), keeps the best page,
// counts the total and, when asked, the facets.
func (s *scanner) search(q search.Query) (total int, top []scored) {
	var ids []uint32
	var idf []float64
	n := float64(len(s.docs))
	for _, w := range search.Parse(q.Text).Words {
		for _, mode := range []textproc.Mode{textproc.ModeFull, textproc.ModeExact} {
			for _, t := range s.an.Tokens(w, mode) {
				if id, ok := s.ids[t.Term]; ok && !slices.Contains(ids, id) {
					ids = append(ids, id)
					df := float64(s.df[id])
					idf = append(idf, math.Log(1+(n-df+0.5)/(df+0.5)))
				}
			}
		}
	}
	visible := q.Audience.Visibilities()
	facets := map[string]map[string]int{}
	_, size := q.Window()
	for i := range s.docs {
		d := &s.docs[i]
		if !slices.Contains(visible, d.doc.Visibility) || !passes(&d.doc, q) {
			continue
		}
		score := 0.0
		norm := bm25K1 * (1 - bm25B + bm25B*float64(d.length)/s.avgdl)
		for k, id := range ids {
			if j, ok := slices.BinarySearch(d.terms, id); ok {
				tf := float64(d.tf[j])
				score += idf[k] * tf * (bm25K1 + 1) / (tf + norm)
			}
		}
		if score == 0 && q.Text != "" {
			continue
		}
		total++
		if q.Facets {
			countFacets(facets, &d.doc)
		}
		top = keepTop(top, scored{i, score}, size)
	}
	return total, top
}

// keepTop keeps the size best hits, best first.
func keepTop(top []scored, h scored, size int) []scored {
	if len(top) == size && h.score <= top[len(top)-1].score {
		return top
	}
	i, _ := slices.BinarySearchFunc(top, h, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	top = slices.Insert(top, i, h)
	return top[:min(len(top), size)]
}

func passes(d *search.Doc, q search.Query) bool {
	anyOf := func(want, have []string) bool {
		return len(want) == 0 || slices.ContainsFunc(have, func(v string) bool { return slices.Contains(want, v) })
	}
	return anyOf(q.Spheres, d.Spheres) && anyOf(q.Cities, []string{d.City}) && anyOf(q.Orgs, []string{d.Org}) &&
		anyOf(q.Languages, d.Languages) && anyOf(q.Formats, d.Formats)
}

func countFacets(f map[string]map[string]int, d *search.Doc) {
	add := func(name string, values ...string) {
		m := f[name]
		if m == nil {
			m = map[string]int{}
			f[name] = m
		}
		for _, v := range values {
			m[v]++
		}
	}
	add(search.FacetSphere, d.Spheres...)
	add(search.FacetCity, d.City)
	add(search.FacetOrg, d.Org)
	add(search.FacetLanguage, d.Languages...)
	add(search.FacetFormat, d.Formats...)
}
