package main

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
	"talentbridge/internal/search"
)

// benchQuery is one query of the mix: free text, maybe filters, maybe facets.
type benchQuery struct {
	Lang   string // language the words were drawn in
	Kind   string // where the words came from
	Query  search.Query
	Filter bool
}

// makeQueries draws n queries from the demo experts themselves, so that the
// words are the corpus's own: keyword concepts, surnames, sphere labels and
// mixes of them, one to three words, in Russian, Chinese and English in
// turn. A third carry a filter taken from the same expert (city, top-level
// sphere or spoken language), a third ask for facets. Every query runs as an
// anonymous visitor would (public profiles only), first page of 20.
func makeQueries(seed int64, experts, n int) []benchQuery {
	g := demo.New(seed)
	tax := model.NewTaxonomy()
	r := rand.New(rand.NewPCG(uint64(seed), 0x5eedbe4c))
	out := make([]benchQuery, 0, n)
	for i := 0; len(out) < n; i++ {
		e := g.Expert(r.IntN(experts))
		lang := model.Langs[i%len(model.Langs)]
		kind, text := drawText(r, &e, tax, lang)
		if text == "" {
			continue
		}
		q := benchQuery{Lang: lang, Kind: kind, Query: search.Query{Text: text, Audience: search.AudiencePublic}}
		switch len(out) % 3 {
		case 1:
			q.Filter = true
			switch r.IntN(3) {
			case 0:
				q.Query.Cities = []string{e.City}
			case 1:
				q.Query.Spheres = []string{model.TopSphere(e.Spheres[0])}
			default:
				q.Query.Languages = []string{e.Languages[0]}
			}
		case 2:
			q.Query.Facets = true
		}
		out = append(out, q)
	}
	return out
}

// drawText picks the words of one query from an expert's profile in lang.
func drawText(r *rand.Rand, e *model.Expert, tax *model.Taxonomy, lang string) (kind, text string) {
	keyword := func() string {
		kws := e.Keywords[lang]
		if len(kws) == 0 {
			return ""
		}
		return firstWords(kws[r.IntN(len(kws))], 3)
	}
	surname := func() string { return surnameOf(e.Name[lang], lang) }
	sphere := func() string {
		return firstWords(tax.Label(e.Spheres[r.IntN(len(e.Spheres))], lang), 2)
	}
	switch x := r.IntN(10); {
	case x < 4:
		return "keyword", keyword()
	case x < 6:
		return "surname", surname()
	case x < 8:
		kw := strings.Fields(keyword())
		if len(kw) == 0 {
			return "surname", surname()
		}
		return "surname+keyword", strings.TrimSpace(surname() + " " + kw[r.IntN(len(kw))])
	default:
		return "sphere", sphere()
	}
}

// surnameOf takes the family name: first in Russian order, last in English
// order. A Chinese name has no spaces and is kept whole.
func surnameOf(name, lang string) string {
	f := strings.Fields(name)
	switch {
	case len(f) == 0:
		return ""
	case lang == model.LangEN:
		return f[len(f)-1]
	}
	return f[0]
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// values is the query as API parameters.
func (q benchQuery) values() url.Values {
	v := url.Values{"q": {q.Query.Text}}
	for _, c := range q.Query.Cities {
		v.Add("city", c)
	}
	for _, s := range q.Query.Spheres {
		v.Add("sphere", s)
	}
	for _, l := range q.Query.Languages {
		v.Add("lang", l)
	}
	if q.Query.Facets {
		v.Set("facets", "1")
	}
	return v
}

// describe summarises the mix for the report.
func describe(qs []benchQuery) string {
	kinds := map[string]int{}
	words := map[int]int{}
	filters, facets := 0, 0
	for _, q := range qs {
		kinds[q.Kind]++
		words[min(len(strings.Fields(q.Query.Text)), 3)]++
		if q.Filter {
			filters++
		}
		if q.Query.Facets {
			facets++
		}
	}
	ex := make([]string, 0, 6)
	for _, q := range qs[:min(6, len(qs))] {
		ex = append(ex, fmt.Sprintf("%q", q.Query.Text))
	}
	return fmt.Sprintf("%d (words 1/2/3+: %d/%d/%d; keyword %d, surname %d, surname+keyword %d, sphere %d; %d filtered, %d with facets), e.g. %s",
		len(qs), words[1], words[2], words[3], kinds["keyword"], kinds["surname"], kinds["surname+keyword"], kinds["sphere"],
		filters, facets, strings.Join(ex, ", "))
}
