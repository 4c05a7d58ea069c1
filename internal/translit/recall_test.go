package translit

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

// variantPerson is one line of testdata/name_variants.tsv.
type variantPerson struct {
	id, lang, name string
	queries        []string
}

func loadVariants(t testing.TB) []variantPerson {
	t.Helper()
	f, err := os.Open("testdata/name_variants.tsv")
	if err != nil {
		t.Fatalf("open collection: %v", err)
	}
	defer f.Close()
	var out []variantPerson
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			t.Fatalf("short line %q", line)
		}
		out = append(out, variantPerson{id: cols[0], lang: cols[1], name: cols[2], queries: cols[3:]})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read collection: %v", err)
	}
	return out
}

// TestNameVariantsRecall runs every query of the collection against every
// person with an in-memory matcher (NewPerson + Match) and reports recall@1
// and recall@5. A tie with another person counts against the query.
func TestNameVariantsRecall(t *testing.T) {
	people := loadVariants(t)
	if len(people) < 300 {
		t.Fatalf("collection has %d people, want at least 300", len(people))
	}
	index := make([]*Person, len(people))
	for i, p := range people {
		if len(p.queries) < 5 {
			t.Errorf("%s has %d queries, want at least 5", p.id, len(p.queries))
		}
		index[i] = NewPerson(model.Text{p.lang: p.name}, p.lang)
	}
	var total, at1, at5 int
	var misses []string
	for i, p := range people {
		for _, raw := range p.queries {
			q := ParseQuery(raw)
			total++
			own, ok := index[i].Match(q)
			if !ok {
				misses = append(misses, p.id+" "+p.name+": "+raw+" (no match)")
				continue
			}
			rank := 1
			var above []string
			for j, other := range index {
				if j == i {
					continue
				}
				if s, ok := other.Match(q); ok && s >= own {
					rank++
					above = append(above, people[j].name)
				}
			}
			if rank == 1 {
				at1++
			} else {
				misses = append(misses, p.id+" "+p.name+": "+raw+" (rank "+itoa(rank)+", behind "+strings.Join(above, ", ")+")")
			}
			if rank <= 5 {
				at5++
			}
		}
	}
	r1, r5 := float64(at1)/float64(total), float64(at5)/float64(total)
	t.Logf("name variants: %d people, %d queries, recall@1 %.4f, recall@5 %.4f", len(people), total, r1, r5)
	for _, m := range misses {
		t.Logf("miss: %s", m)
	}
	if r1 < 0.98 {
		t.Errorf("recall@1 = %.4f, want >= 0.98", r1)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
