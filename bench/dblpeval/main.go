// Command dblpeval measures the matcher on the DBLP expert-finding
// collection: MAP, MRR, P@10 and nDCG@10 for the full engine and its
// ablations, with the query document kept in the collection and excluded,
// and the same queries rewritten in Russian and Chinese against the English
// profiles.
//
//	go run ./bench/dblpeval [-data ../shared/eval/dblp] [-xling bench/dblpeval/testdata]
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"time"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
	"talentbridge/internal/thesaurus"
)

func main() {
	data := flag.String("data", "../shared/eval/dblp", "directory of the collection (relative to the working directory)")
	xling := flag.String("xling", "bench/dblpeval/testdata", "directory of the translated queries ({queries,heldout}_{en,ru,zh}.tsv)")
	quick := flag.Bool("quick", false, "full engine only, query kept (for tuning)")
	cfg := match.DefaultConfig()
	flag.IntVar(&cfg.TopK, "topk", cfg.TopK, "documents aggregated per expert")
	flag.Float64Var(&cfg.Decay, "decay", cfg.Decay, "rank decay of aggregated documents")
	flag.Float64Var(&cfg.Gamma, "gamma", cfg.Gamma, "exponent of normalised document scores")
	flag.Float64Var(&cfg.K1, "k1", cfg.K1, "BM25 k1")
	flag.Float64Var(&cfg.B, "b", cfg.B, "BM25 b")
	flag.Float64Var(&cfg.K3, "k3", cfg.K3, "saturation of repeated request words")
	flag.Float64Var(&cfg.ConceptWeight, "cw", cfg.ConceptWeight, "weight of concept evidence")
	flag.Float64Var(&cfg.TranslationWeight, "tw", cfg.TranslationWeight, "weight of translated concept labels")
	flag.Float64Var(&cfg.SynonymWeight, "sw", cfg.SynonymWeight, "weight of same-language concept labels")
	flag.Parse()
	if err := run(*data, *xling, *quick, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "dblpeval:", err)
		os.Exit(1)
	}
}

// variant is one configuration of the engine.
type variant struct {
	name    string
	profile bool // profile-centric index
	opts    match.Options
}

var variants = []variant{
	{"full: document-centric + concepts", false, match.Options{}},
	{"document-centric, no concepts", false, match.Options{NoConcepts: true}},
	{"document-centric, text only", false, match.Options{TextOnly: true}},
	{"profile-centric + concepts", true, match.Options{}},
	{"profile-centric, text only", true, match.Options{TextOnly: true}},
}

func run(data, xling string, quick bool, base match.Config) error {
	c, err := loadCollection(data)
	if err != nil {
		return err
	}
	start := time.Now()
	an, err := textproc.New()
	if err != nil {
		return err
	}
	th, err := thesaurus.Default(an)
	if err != nil {
		return err
	}
	fmt.Printf("collection: %d documents, %d candidates, %d queries, pool %d; analyser+thesaurus %v\n",
		len(c.docs), len(c.docsOf), len(c.queries), len(c.pool), time.Since(start).Round(time.Millisecond))

	indexes := map[bool]*match.Index{}
	for _, profile := range []bool{false, true} {
		cfg := base
		cfg.ProfileCentric = profile
		start := time.Now()
		ix, err := buildIndex(an, th, cfg, c)
		if err != nil {
			return err
		}
		indexes[profile] = ix
		fmt.Printf("index (profile-centric=%v): %d experts in %v\n", profile, ix.Len(), time.Since(start).Round(time.Millisecond))
	}

	fmt.Printf("\n%-36s %-9s %6s %6s %6s %8s\n", "method", "query doc", "MAP", "MRR", "P@10", "nDCG@10")
	for _, ref := range []struct {
		name           string
		mapv, mrr, p10 float64
	}{{"ref: random ranking", 0.073, 0.147, 0.058},
		{"ref: profile-centric TF-IDF", 0.238, 0.522, 0.225},
		{"ref: document-centric TF-IDF voting", 0.282, 0.608, 0.268}} {
		fmt.Printf("%-36s %-9s %6.3f %6.3f %6.3f %8s\n", ref.name, "kept", ref.mapv, ref.mrr, ref.p10, "-")
	}
	for _, v := range variants {
		for _, exclude := range []bool{false, true} {
			if quick && (exclude || v.name != variants[0].name) {
				continue
			}
			m := evaluate(c, indexes[v.profile], v.opts, exclude, nil)
			mapv, mrr, p10, ndcg := m.mean()
			fmt.Printf("%-36s %-9s %6.3f %6.3f %6.3f %8.3f\n", v.name, keptOrNot(exclude), mapv, mrr, p10, ndcg)
		}
	}
	if quick {
		return nil
	}
	return crossLingual(c, indexes[false], xling)
}

func keptOrNot(exclude bool) string {
	if exclude {
		return "excluded"
	}
	return "kept"
}

func buildIndex(an *textproc.Analyzer, th *thesaurus.Thesaurus, cfg match.Config, c *collection) (*match.Index, error) {
	var experts []*model.Expert
	for cand := range c.docsOf {
		experts = append(experts, c.expert(cand, -1))
	}
	sort.Slice(experts, func(i, j int) bool { return experts[i].ExternalID < experts[j].ExternalID })
	return match.Build(an, th, model.NewTaxonomy(), cfg, experts, 2)
}

// evaluate ranks the pool for every query (texts overrides a query's text
// when given) and returns the summed metrics. With exclude, the query
// document is taken out of its authors' profiles for the query's duration:
// an incremental update of the index, undone afterwards.
func evaluate(c *collection, ix *match.Index, opts match.Options, exclude bool, texts map[int]string) metrics {
	inPool := map[string]bool{}
	for _, cand := range c.pool {
		inPool[expertID(cand)] = true
	}
	opts.Visible = func(e *model.Expert) bool { return inPool[e.ExternalID] }
	opts.Limit = len(c.pool)
	opts.NoExplain = true
	var m metrics
	for _, q := range c.queries {
		text := c.docs[q]
		if texts != nil {
			t, ok := texts[q]
			if !ok {
				continue
			}
			text = t
		}
		if exclude {
			for _, a := range c.authors[q] {
				_ = ix.Add(c.expert(a, q))
			}
		}
		hits := ix.Rank(match.Request{Description: text}, opts)
		if exclude {
			for _, a := range c.authors[q] {
				_ = ix.Add(c.expert(a, -1))
			}
		}
		m.add(fullRanking(hits, c.pool), c.relevant(q))
	}
	return m
}

// fullRanking appends the pool candidates without any evidence, in id order,
// so that every ranking is a full order of the pool.
func fullRanking(hits []match.Hit, pool []int) []string {
	seen := map[string]bool{}
	var out []string
	for _, h := range hits {
		out = append(out, h.ExpertID)
		seen[h.ExpertID] = true
	}
	for _, cand := range pool {
		if id := expertID(cand); !seen[id] {
			out = append(out, id)
		}
	}
	return out
}
