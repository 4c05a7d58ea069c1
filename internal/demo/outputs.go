package demo

import (
	"slices"
	"strconv"

	"talentbridge/internal/model"
)

// Output kind weights (percent, by outKind). Researchers publish; engineers,
// doctors and planners mostly document projects, practices and talks, and
// of the practitioners only engineers hold patents.
var (
	academicKinds     = [numOutKinds]int{publication: 45, patent: 10, project: 20, practice: 0, talk: 25}
	engineerKinds     = [numOutKinds]int{publication: 6, patent: 12, project: 32, practice: 30, talk: 20}
	practitionerKinds = [numOutKinds]int{publication: 8, patent: 0, project: 32, practice: 35, talk: 25}
)

// patentable lists the top-level spheres whose concepts can be the subject
// of a patent; a patent on "school olympiads" would give the demo away.
var patentable = []string{"science-technology", "innovation", "transport", "urban-planning", "public-health"}

// outputs draws the expert's evidence: 1–8 items for researchers, 0–5 for
// practitioners, newest first, from 2005 (or the start of the career, if
// later) to 2023.
func (b *builder) outputs() []model.Output {
	weights, n := practitionerKinds, b.r.IntN(6)
	switch {
	case b.role.academic():
		weights, n = academicKinds, 1+b.r.IntN(8)
	case b.role == engineer:
		weights = engineerKinds
	}
	if n == 0 {
		return nil
	}
	var techIdx []int // concepts a patent may be about
	for i, sub := range b.origin {
		if slices.Contains(patentable, model.TopSphere(sub)) {
			techIdx = append(techIdx, i)
		}
	}
	first := max(2005, 2024-b.years)
	out := make([]model.Output, 0, n)
	for range n {
		kind := b.drawKind(&weights)
		ai := b.r.IntN(len(b.concepts))
		if kind == patent {
			if len(techIdx) == 0 {
				kind = project
			} else {
				ai = techIdx[b.r.IntN(len(techIdx))]
			}
		}
		lang := b.outputLang(kind)
		t := textFor(lang)
		bi := (ai + 1 + b.r.IntN(len(b.concepts)-1)) % len(b.concepts) // distinct from ai
		o := outCtx{a: b.concepts[ai].in(lang), b: b.concepts[bi].in(lang), year: first + b.r.IntN(2024-first)}
		o.lastYear = o.year + 1 + b.r.IntN(3)
		item := model.Output{
			Kind:  outKindNames[kind],
			Title: b.title(t.titles[kind], &o, out),
			Year:  o.year,
			Lang:  lang,
		}
		if b.chance(0.8) {
			item.Abstract = t.abstract[kind](&o)
		}
		if kind == publication && b.chance(0.3) {
			// 10.5555 is the DOI prefix set aside for examples and tests.
			item.URL = "https://doi.org/10.5555/tb." + strconv.Itoa(o.year) + "." + strconv.Itoa(b.i) + "." + strconv.Itoa(len(out))
		}
		out = append(out, item)
	}
	slices.SortStableFunc(out, func(x, y model.Output) int { return y.Year - x.Year })
	return out
}

// title fills a random template, trying another when the expert already has
// an output of that title: real lists rarely repeat one.
func (b *builder) title(templates []func(*outCtx) string, o *outCtx, have []model.Output) string {
	var s string
	for range 4 {
		s = templates[b.r.IntN(len(templates))](o)
		if !slices.ContainsFunc(have, func(x model.Output) bool { return x.Title == s }) {
			break
		}
	}
	return s
}

func (b *builder) drawKind(w *[numOutKinds]int) outKind {
	x := b.r.IntN(100)
	for k := range numOutKinds {
		if x < w[k] {
			return k
		}
		x -= w[k]
	}
	return talk
}

// outputLang is the profile's main language, except that researchers who
// write in English often publish in it, and anyone may present in another
// language of the profile.
func (b *builder) outputLang(kind outKind) string {
	main := b.langs[0]
	if len(b.langs) == 1 {
		return main
	}
	hasEN := slices.Contains(b.langs, model.LangEN)
	switch {
	case hasEN && b.role.academic() && (kind == publication || kind == talk) && b.chance(0.45):
		return model.LangEN
	case b.chance(0.15):
		return b.langs[1+b.r.IntN(len(b.langs)-1)]
	}
	return main
}
