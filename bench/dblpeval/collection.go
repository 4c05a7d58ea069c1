package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"talentbridge/internal/model"
)

// collection is the DBLP expert-finding collection as its README describes it.
type collection struct {
	docs       map[int]string   // doc → title + abstract
	authors    map[int][]int    // doc → candidates
	docsOf     map[int][]int    // candidate → docs
	queryTags  map[int][]string // query doc → tags
	expertTags map[int][]string // candidate → tags
	pool       []int            // candidates ranked for every query
	queries    []int            // distinct query docs, ascending
}

func loadCollection(dir string) (*collection, error) {
	c := &collection{docs: map[int]string{}, authors: map[int][]int{}, docsOf: map[int][]int{},
		queryTags: map[int][]string{}, expertTags: map[int][]string{}}
	f, err := os.Open(filepath.Join(dir, "docs.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct {
			Doc  int    `json:"doc"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("docs.jsonl: %w", err)
		}
		c.docs[d.Doc] = d.Text
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	err = eachRow(dir, "doc_candidate.tsv", func(f []string) error {
		d, cand, err := twoInts(f)
		c.authors[d] = append(c.authors[d], cand)
		c.docsOf[cand] = append(c.docsOf[cand], d)
		return err
	})
	if err == nil {
		err = eachRow(dir, "query_docs.tsv", func(f []string) error {
			q, err := strconv.Atoi(f[0])
			c.queryTags[q] = append(c.queryTags[q], f[len(f)-1])
			return err
		})
	}
	if err == nil {
		err = eachRow(dir, "expert_candidates.tsv", func(f []string) error {
			e, err := strconv.Atoi(f[0])
			c.expertTags[e] = append(c.expertTags[e], f[len(f)-1])
			return err
		})
	}
	if err == nil {
		err = eachRow(dir, "evaluation_pool.txt", func(f []string) error {
			e, err := strconv.Atoi(f[0])
			c.pool = append(c.pool, e)
			return err
		})
	}
	if err != nil {
		return nil, err
	}
	for q := range c.queryTags {
		c.queries = append(c.queries, q)
	}
	sort.Ints(c.queries)
	return c, nil
}

// eachRow calls fn with the tab-separated fields of every non-comment line.
func eachRow(dir, name string, fn func([]string) error) error {
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s: %q: %w", name, line, err)
		}
	}
	return nil
}

func twoInts(f []string) (int, int, error) {
	if len(f) < 2 {
		return 0, 0, fmt.Errorf("want two fields")
	}
	a, err := strconv.Atoi(f[0])
	if err != nil {
		return 0, 0, err
	}
	b, err := strconv.Atoi(f[1])
	return a, b, err
}

// expert builds the profile of a candidate from their documents, leaving out
// the document skip (-1 for none).
func (c *collection) expert(cand, skip int) *model.Expert {
	e := &model.Expert{ExternalID: expertID(cand), Name: model.Text{model.LangEN: expertID(cand)}}
	for _, d := range c.docsOf[cand] {
		if d != skip {
			e.Outputs = append(e.Outputs, output(c.docs[d]))
		}
	}
	return e
}

func expertID(cand int) string { return "dblp-" + strconv.Itoa(cand) }

// output splits a document's text into a short title and the rest: the
// collection does not mark where the title ends, and only explanations care.
func output(text string) model.Output {
	words := strings.Fields(text)
	n := min(len(words), 10)
	return model.Output{Kind: "publication", Title: strings.Join(words[:n], " "),
		Abstract: strings.Join(words[n:], " "), Lang: model.LangEN}
}

// relevant returns the pool candidates sharing a tag with the query.
func (c *collection) relevant(q int) map[string]bool {
	out := map[string]bool{}
	for _, cand := range c.pool {
		for _, t := range c.expertTags[cand] {
			for _, qt := range c.queryTags[q] {
				if t == qt {
					out[expertID(cand)] = true
				}
			}
		}
	}
	return out
}
