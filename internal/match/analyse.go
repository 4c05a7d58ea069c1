package match

import (
	"sort"
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
)

// source is one document of an expert before analysis.
type source struct {
	field field
	out   int // output index for fieldOutput, else -1
	text  string
}

// sources splits a profile into its documents: the field groups and each
// output. Names are not evidence of expertise and are left out; sphere
// labels in all three languages are, so that a sphere chosen in one
// language answers a request written in another.
func sources(e *model.Expert, tax *model.Taxonomy) []source {
	var out []source
	add := func(f field, i int, parts ...string) {
		if s := strings.TrimSpace(strings.Join(parts, "\n")); s != "" {
			out = append(out, source{field: f, out: i, text: s})
		}
	}
	var kw []string
	for _, l := range model.Langs {
		kw = append(kw, strings.Join(e.Keywords[l], "; "))
	}
	add(fieldKeywords, -1, kw...)
	add(fieldBio, -1, texts(e.Bio)...)
	add(fieldPosition, -1, append(texts(e.Position), texts(e.Organization)...)...)
	var labels []string
	for _, s := range e.Spheres {
		if sp, ok := tax.Get(s); ok {
			labels = append(labels, texts(sp.Labels)...)
		}
	}
	add(fieldSpheres, -1, labels...)
	for i, o := range e.Outputs {
		add(fieldOutput, i, o.Title, o.Abstract)
	}
	return out
}

func texts(t model.Text) []string {
	var out []string
	for _, l := range model.Langs {
		if s := t[l]; s != "" {
			out = append(out, s)
		}
	}
	return out
}

// analysedDoc is one document ready for the index.
type analysedDoc struct {
	source
	terms    []termFreq
	length   int
	concepts []string // concept ids tagged in the document
}

// analyse turns a document's text into distinct terms with frequencies and
// its concepts. Chinese sub-words count as terms of their own, so 研究所
// matches 研究所 and 研究.
func (ix *Index) analyse(s source) analysedDoc {
	toks := ix.an.Tokens(s.text, textproc.ModeFull)
	d := analysedDoc{source: s, length: len(toks), terms: countTerms(toks)}
	if ix.th != nil {
		for _, m := range ix.th.Tag(toks, "") {
			if c, ok := ix.th.Concept(m.Concept); ok && !c.Vocabulary {
				d.concepts = append(d.concepts, m.Concept)
			}
		}
	}
	return d
}

func countTerms(toks []textproc.Token) []termFreq {
	counts := make(map[string]uint32, len(toks))
	for _, t := range toks {
		counts[t.Term]++
	}
	out := make([]termFreq, 0, len(counts))
	for term, n := range counts {
		out = append(out, termFreq{term, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].term < out[j].term })
	return out
}

// analyseExpert analyses all documents of an expert, their works after
// their outputs; in the profile-centric ablation they are merged into one.
func (ix *Index) analyseExpert(e *model.Expert, works []Work) []analysedDoc {
	srcs := append(sources(e, ix.tax), workSources(e, works, ix.tax)...)
	if ix.cfg.ProfileCentric && len(srcs) > 0 {
		var all []string
		for _, s := range srcs {
			all = append(all, s.text)
		}
		srcs = []source{{field: fieldProfile, out: -1, text: strings.Join(all, "\n")}}
	}
	docs := make([]analysedDoc, len(srcs))
	for i, s := range srcs {
		docs[i] = ix.analyse(s)
	}
	return docs
}
