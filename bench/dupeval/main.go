// Command dupeval measures cross-script duplicate detection: it loads a
// demo registry into a fresh SQLite database, plants duplicates of some of
// its experts (the same person written in another script or romanisation,
// with more or less shared evidence), runs the whole-database detection and
// reports precision and recall of the planted pairs and the time it took.
// Pairs it finds among the demo experts themselves are namesakes, so they
// count against precision.
//
//	go run ./bench/dupeval -experts 10000 -plant 500 -threshold 0.8
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"sort"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

func main() {
	experts := flag.Int("experts", 10000, "demo experts to load")
	plants := flag.Int("plant", 500, "duplicates to plant")
	threshold := flag.Float64("threshold", app.DefaultDuplicateScore, "score from which a pair counts as found")
	seed := flag.Int64("seed", 1, "seed of the demo data and of the planting")
	verbose := flag.Bool("v", false, "list missed and false pairs")
	flag.Parse()
	if err := run(context.Background(), *experts, *plants, *threshold, *seed, *verbose); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, n, plants int, threshold float64, seed int64, verbose bool) error {
	dir, err := os.MkdirTemp("", "dupeval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, store.Config{DataDir: dir})
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Migrate(ctx); err != nil {
		return err
	}
	a := app.New(db, nil)
	g := demo.New(seed)
	orgs := g.Organizations()
	if err := db.InTx(ctx, func(tx *store.Tx) error {
		for i := range orgs {
			if _, err := tx.UpsertOrganization(ctx, &orgs[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	var base []model.Expert
	if err := g.Each(n, func(e model.Expert) error { base = append(base, e); return nil }); err != nil {
		return err
	}
	if _, err := importAll(ctx, a, base, app.ImportOptions{AllowDuplicates: true}); err != nil {
		return err
	}

	// Plant duplicates of Moscow and Beijing experts.
	p := &planter{r: rand.New(rand.NewPCG(uint64(seed), 42)), orgs: map[string][]model.Organization{}, tax: model.NewTaxonomy()}
	for _, o := range orgs {
		p.orgs[o.City] = append(p.orgs[o.City], o)
	}
	truth := map[[2]string]string{} // {source, duplicate} → variant
	var dups []model.Expert
	for _, i := range p.r.Perm(len(base)) {
		if len(dups) == plants {
			break
		}
		src := base[i]
		if src.City == model.CityOther || (src.NativeLang != model.LangRU && src.NativeLang != model.LangZH) {
			continue
		}
		d, kind := p.plant(src, fmt.Sprintf("dup-%04d", len(dups)))
		dups = append(dups, d)
		truth[[2]string{src.ExternalID, d.ExternalID}] = kind
	}
	// What an import would do with them: hold back as review.
	start := time.Now()
	dry, err := importAll(ctx, a, dups, app.ImportOptions{DryRun: true})
	if err != nil {
		return err
	}
	importTime := time.Since(start)
	rep, err := importAll(ctx, a, dups, app.ImportOptions{AllowDuplicates: true})
	if err != nil {
		return err
	}
	if rep.Failed > 0 {
		return fmt.Errorf("%d planted records invalid: %+v", rep.Failed, rep.Errors[0])
	}

	start = time.Now()
	pairs, err := a.NewDuplicates().All(ctx, policy.Admin(), min(threshold, 0.5))
	if err != nil {
		return err
	}
	elapsed := time.Since(start)

	report(pairs, truth, threshold, verbose)
	fmt.Printf("experts %d + planted %d; whole-database detection %v (%d pairs ≥ 0.5)\n",
		n, len(dups), elapsed.Round(time.Millisecond), len(pairs))
	fmt.Printf("import dry run of the planted file: %d of %d held for review (score ≥ %.2f) in %v\n",
		dry.ForReview, len(dups), app.ImportDuplicateScore, importTime.Round(time.Millisecond))
	return nil
}

func importAll(ctx context.Context, a *app.App, experts []model.Expert, opt app.ImportOptions) (*app.ImportReport, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range experts {
		if err := enc.Encode(&experts[i]); err != nil {
			return nil, err
		}
	}
	return a.ImportExperts(ctx, &buf, opt)
}

// report prints precision and recall at several thresholds, the chosen one
// marked, and recall by kind of variant.
func report(pairs []app.DuplicatePair, truth map[[2]string]string, threshold float64, verbose bool) {
	isTrue := func(p app.DuplicatePair) (string, bool) {
		if k, ok := truth[[2]string{p.A.ExternalID, p.B.ExternalID}]; ok {
			return k, true
		}
		k, ok := truth[[2]string{p.B.ExternalID, p.A.ExternalID}]
		return k, ok
	}
	fmt.Println("threshold  found  true  false  precision  recall")
	for _, t := range []float64{0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, threshold} {
		var found, tp int
		for _, p := range pairs {
			if p.Score >= t {
				found++
				if _, ok := isTrue(p); ok {
					tp++
				}
			}
		}
		mark := ""
		if t == threshold {
			mark = "  <- chosen"
		}
		fmt.Printf("%9.2f  %5d  %4d  %5d  %9.3f  %6.3f%s\n", t, found, tp, found-tp,
			float64(tp)/float64(max(found, 1)), float64(tp)/float64(len(truth)), mark)
	}
	hit := map[string]int{}
	total := map[string]int{}
	got := map[[2]string]bool{}
	for _, p := range pairs {
		if k, ok := isTrue(p); ok && p.Score >= threshold {
			hit[k]++
			got[[2]string{p.A.ExternalID, p.B.ExternalID}] = true
			got[[2]string{p.B.ExternalID, p.A.ExternalID}] = true
		} else if !ok && p.Score >= threshold && verbose {
			fmt.Printf("false %.3f %s %v ~ %s %v %v\n", p.Score, p.A.ExternalID, p.A.Name, p.B.ExternalID, p.B.Name, p.Evidence)
		}
	}
	var kinds []string
	for pair, k := range truth {
		if total[k] == 0 {
			kinds = append(kinds, k)
		}
		total[k]++
		if verbose && !got[pair] {
			fmt.Printf("missed %s %s (%s)\n", pair[0], pair[1], k)
		}
	}
	sort.Strings(kinds)
	fmt.Print("recall by variant:")
	for _, k := range kinds {
		fmt.Printf(" %s %d/%d;", k, hit[k], total[k])
	}
	fmt.Println()
}
