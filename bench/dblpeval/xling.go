package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"talentbridge/internal/match"
)

// querySets are the translated query files: the first 45 query documents,
// and 22 held out from the writing of the thesaurus.
var querySets = []string{"queries", "heldout"}

// crossLingual runs the translated queries against the English profiles and
// compares them with the same queries in English: the full original
// documents and the English passages that were translated. The no-concepts
// rows show what the thesaurus contributes.
func crossLingual(c *collection, ix *match.Index, dir string) error {
	for _, set := range querySets {
		texts := map[string]map[int]string{}
		for _, lang := range []string{"en", "ru", "zh"} {
			qs, err := readQueries(filepath.Join(dir, set+"_"+lang+".tsv"))
			if err != nil {
				if os.IsNotExist(err) {
					fmt.Printf("\ncross-lingual: %v (skipped)\n", err)
					continue
				}
				return err
			}
			texts[lang] = qs
		}
		if len(texts) < 3 {
			continue
		}
		orig := map[int]string{}
		for q := range texts["en"] {
			orig[q] = c.docs[q]
		}
		fmt.Printf("\ncross-lingual, %s (%d queries; full engine unless noted; query doc kept)\n", set, len(orig))
		fmt.Printf("%-30s %6s %8s %10s\n", "queries", "MAP", "nDCG@10", "÷ en orig")
		base := 0.0
		row := func(name string, texts map[int]string, opts match.Options) {
			m := evaluate(c, ix, opts, false, texts)
			mapv, _, _, ndcg := m.mean()
			if base == 0 {
				base = ndcg
			}
			fmt.Printf("%-30s %6.3f %8.3f %10.2f\n", name, mapv, ndcg, ndcg/base)
		}
		row("en original documents", orig, match.Options{})
		row("en passages", texts["en"], match.Options{})
		for _, lang := range []string{"ru", "zh"} {
			row(lang+" translations", texts[lang], match.Options{})
			row(lang+" translations, no concepts", texts[lang], match.Options{NoConcepts: true})
		}
	}
	return nil
}

// readQueries reads doc<TAB>text lines.
func readQueries(path string) (map[int]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[int]string{}
	for i, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, text, ok := strings.Cut(line, "\t")
		q, err := strconv.Atoi(id)
		if !ok || err != nil {
			return nil, fmt.Errorf("%s:%d: want doc<TAB>text", path, i+1)
		}
		out[q] = text
	}
	return out, nil
}
