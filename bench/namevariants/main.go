// Command namevariants runs the name-variants collection through the real
// search path: every person of internal/translit/testdata/name_variants.tsv
// becomes an expert (name in its native script only) in a fresh SQLite
// database with a Bleve index kept by the app, and every query form (other
// scripts, romanisation systems, initials, either order) is searched as a
// coordinator would type it. It prints recall@1 and recall@5 overall and by
// the person's native language, and lists the misses with -v.
//
//	go run ./bench/namevariants [-file internal/translit/testdata/name_variants.tsv] [-v]
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

type person struct {
	id, lang, name string
	queries        []string
}

func main() {
	file := flag.String("file", "internal/translit/testdata/name_variants.tsv", "the collection")
	verbose := flag.Bool("v", false, "list the queries whose person is not first")
	limit := flag.Int("people", 0, "use only the first N people (0: all)")
	flag.Parse()
	people, err := read(*file)
	if err != nil {
		log.Fatal(err)
	}
	if *limit > 0 && *limit < len(people) {
		people = people[:*limit]
	}
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "namevariants")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	start := time.Now()
	a, err := load(ctx, dir, people)
	if err != nil {
		log.Fatal(err)
	}
	loaded := time.Since(start)
	type tally struct{ n, at1, at5 int }
	byLang := map[string]*tally{"all": {}}
	for _, p := range people {
		if byLang[p.lang] == nil {
			byLang[p.lang] = &tally{}
		}
		for _, q := range p.queries {
			res, err := a.SearchExperts(ctx, policy.Admin(), app.SearchQuery{Text: q, PerPage: 5})
			if err != nil {
				log.Fatalf("%q: %v", q, err)
			}
			rank := 0
			for i, h := range res.Hits {
				if h.Expert.ExternalID == p.id {
					rank = i + 1
					break
				}
			}
			for _, t := range []*tally{byLang["all"], byLang[p.lang]} {
				t.n++
				if rank == 1 {
					t.at1++
				}
				if rank >= 1 && rank <= 5 {
					t.at5++
				}
			}
			if rank != 1 && *verbose {
				top := ""
				if len(res.Hits) > 0 {
					top = res.Hits[0].Expert.DisplayName(p.lang)
				}
				fmt.Printf("miss %s %q (%s): rank %d, first %q\n", p.id, q, p.name, rank, top)
			}
		}
	}
	fmt.Printf("%d people, %d queries; loading and indexing %v, searching %v\n", len(people), byLang["all"].n,
		loaded.Round(time.Millisecond), (time.Since(start) - loaded).Round(time.Millisecond))
	for _, l := range []string{"all", "ru", "zh"} {
		t := byLang[l]
		if t == nil || t.n == 0 {
			continue
		}
		fmt.Printf("%-4s recall@1 %.4f  recall@5 %.4f  (%d queries)\n", l, float64(t.at1)/float64(t.n), float64(t.at5)/float64(t.n), t.n)
	}
}

func read(path string) ([]person, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []person
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			return nil, fmt.Errorf("bad line %q", line)
		}
		out = append(out, person{id: cols[0], lang: cols[1], name: cols[2], queries: cols[3:]})
	}
	return out, sc.Err()
}

// load stores every person as an expert named in the native script only and
// builds the search index the way serve does.
func load(ctx context.Context, dir string, people []person) (*app.App, error) {
	db, err := store.Open(ctx, store.Config{DataDir: dir})
	if err != nil {
		return nil, err
	}
	if _, err := db.Migrate(ctx); err != nil {
		return nil, err
	}
	a := app.New(db, nil)
	var b strings.Builder
	enc := app.NewInterchangeEncoder(&b)
	for _, p := range people {
		e := model.Expert{ExternalID: p.id, Name: model.Text{p.lang: p.name}, NativeLang: p.lang}
		if err := enc.Encode(&e); err != nil {
			return nil, err
		}
	}
	rep, err := a.ImportExperts(ctx, strings.NewReader(b.String()), app.ImportOptions{AllowDuplicates: true})
	if err != nil {
		return nil, err
	}
	if rep.Failed > 0 {
		return nil, fmt.Errorf("import: %+v", rep.Errors)
	}
	an, err := textproc.New()
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewMemory(an)
	if err != nil {
		return nil, err
	}
	a.UseIndex(idx, translit.Aliases)
	if _, err := a.SyncIndex(ctx); err != nil {
		return nil, err
	}
	return a, nil
}
