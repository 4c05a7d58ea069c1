package demo

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"talentbridge/internal/model"
)

// builder assembles one expert. Every random choice comes from r, which is
// private to the expert, in a fixed order: that is what makes Expert(i)
// independent of call order.
type builder struct {
	g *Generator
	r *rand.Rand
	i int

	o        *org
	female   bool
	role     role
	langs    []string // languages the profile is written in, main one first
	subs     []string // chosen sub-spheres, main one first
	concepts []concept
	origin   []string // sub-sphere of each concept
	years    int      // years of experience
}

func (b *builder) build() model.Expert {
	city, prefix := b.city()
	b.o = b.g.pickOrg(b.r, city)
	b.female = b.r.IntN(100) < 45
	b.role = b.o.roles[b.r.IntN(len(b.o.roles))]
	b.langs = b.textLangs()

	has := func(l string) bool { return slices.Contains(b.langs, l) }
	n := name(b.r, b.o.people, b.female, has(model.LangZH) || b.chance(0.25), has(model.LangRU) || b.chance(0.25))

	e := model.Expert{
		ExternalID: prefix + "-" + pad6(b.i),
		Name:       n.text,
		NativeLang: n.native,
		City:       city,
		Country:    b.o.country,
		OrgID:      b.o.id,
	}
	b.pickSpheres(&e)
	b.pickConcepts()
	pos := positions[b.role][b.r.IntN(len(positions[b.role]))]
	b.years = 3 + b.r.IntN(35)
	e.Organization = make(model.Text, len(b.langs))
	e.Position = make(model.Text, len(b.langs))
	e.Bio = make(model.Text, len(b.langs))
	for _, l := range b.langs {
		e.Organization[l] = orgName(b.o, l)
		e.Position[l] = pos.in(l, b.female)
		e.Bio[l] = b.bio(l, e.Organization[l], e.Position[l])
	}
	e.Keywords = b.keywords()
	e.Languages = spoken(b.r, b.o.people, b.o.country, b.langs)
	e.Outputs = b.outputs()

	orcidShare := 0.17
	if b.role.academic() {
		orcidShare = 0.65
	}
	if b.chance(orcidShare) {
		e.ORCID = orcid(b.r)
	}
	if b.chance(0.9) {
		e.Email = email(b.r, n, b.o, b.i)
	}
	if b.chance(0.8) {
		e.Phone = phone(b.r, b.o)
	}
	if b.chance(0.7) {
		e.Availability = availability(b.r, b.role.academic())
	}
	switch x := b.r.IntN(100); {
	case x < 75:
		e.Visibility = model.VisibilityPublic
	case x < 90:
		e.Visibility = model.VisibilityRegistered
	default:
		e.Visibility = model.VisibilityCoordinators
	}
	return e
}

func (b *builder) chance(p float64) bool { return b.r.Float64() < p }

// city draws the expert's city: 45% Moscow, 45% Beijing, 10% elsewhere.
func (b *builder) city() (city, prefix string) {
	switch x := b.r.IntN(100); {
	case x < 45:
		return model.CityMoscow, "msk"
	case x < 90:
		return model.CityBeijing, "bj"
	}
	return model.CityOther, "oth"
}

// textLangs decides the languages of the profile's texts: mostly the native
// one, often with English, sometimes with the partner's language (Russian
// sinologists, Chinese russists), and a few English-only profiles.
func (b *builder) textLangs() []string {
	native, partner := model.LangRU, model.LangZH
	switch b.o.people {
	case chinese:
		native, partner = model.LangZH, model.LangRU
	case german:
		if b.chance(0.85) {
			return []string{model.LangEN}
		}
		return []string{model.LangEN, model.LangRU}
	}
	switch x := b.r.IntN(100); {
	case x < 5:
		return []string{model.LangEN}
	case x < 10:
		if b.chance(0.5) {
			return []string{native, partner, model.LangEN}
		}
		return []string{native, partner}
	case x < 45:
		return []string{native, model.LangEN}
	}
	return []string{native}
}

// pickSpheres takes 1–3 of the organisation's sub-spheres and lists each
// with its top-level sphere first, as search by top-level sphere expects.
func (b *builder) pickSpheres(e *model.Expert) {
	k := 1
	switch x := b.r.IntN(100); {
	case x >= 85:
		k = 3
	case x >= 50:
		k = 2
	}
	k = min(k, len(b.o.subs))
	for _, idx := range b.r.Perm(len(b.o.subs))[:k] {
		b.subs = append(b.subs, b.o.subs[idx])
	}
	for _, s := range b.subs {
		top := model.TopSphere(s)
		if slices.Contains(e.Spheres, top) {
			continue
		}
		e.Spheres = append(e.Spheres, top)
		for _, t := range b.subs {
			if model.TopSphere(t) == top {
				e.Spheres = append(e.Spheres, t)
			}
		}
	}
}

// pickConcepts draws 3–7 distinct concepts: three from the main sub-sphere
// (the templates need three), the rest from any chosen one.
func (b *builder) pickConcepts() {
	want := 3 + b.r.IntN(5)
	b.concepts = make([]concept, 0, want)
	b.origin = make([]string, 0, want)
	main := b.g.vocab[b.subs[0]]
	for _, idx := range b.r.Perm(len(main))[:3] {
		b.concepts = append(b.concepts, main[idx])
		b.origin = append(b.origin, b.subs[0])
	}
	for tries := 0; len(b.concepts) < want && tries < 20; tries++ {
		sub := b.subs[b.r.IntN(len(b.subs))]
		voc := b.g.vocab[sub]
		if c := voc[b.r.IntN(len(voc))]; !slices.Contains(b.concepts, c) {
			b.concepts = append(b.concepts, c)
			b.origin = append(b.origin, sub)
		}
	}
}

// keywords states every concept in the main language and, in the other
// languages of the profile, a subset, as people rarely translate them all.
func (b *builder) keywords() model.Terms {
	kw := make(model.Terms, len(b.langs))
	for li, l := range b.langs {
		terms := make([]string, 0, len(b.concepts))
		for _, c := range b.concepts {
			if li == 0 || b.chance(0.6) {
				terms = append(terms, c.in(l))
			}
		}
		if len(terms) == 0 {
			terms = append(terms, b.concepts[0].in(l))
		}
		kw[l] = terms
	}
	return kw
}

func (b *builder) terms(lang string) []string {
	out := make([]string, len(b.concepts))
	for i, c := range b.concepts {
		out[i] = c.in(lang)
	}
	return out
}

// bio is an introduction followed by 1–3 further sentences in random order.
func (b *builder) bio(lang, orgName, position string) string {
	t := textFor(lang)
	c := textCtx{
		female:   b.female,
		academic: b.role.academic(),
		position: position,
		org:      orgName,
		sphere:   b.g.tax.Label(b.subs[0], lang),
		terms:    b.terms(lang),
		years:    b.years,
	}
	var buf [4]string // the sentences, joined once
	parts := append(buf[:0], t.intro[b.r.IntN(len(t.intro))](&c))
	for _, idx := range b.r.Perm(len(t.more))[:1+b.r.IntN(3)] {
		parts = append(parts, t.more[idx](&c))
	}
	if lang == model.LangZH {
		return strings.Join(parts, "") // Chinese sentences follow without a space
	}
	return strings.Join(parts, " ")
}

func orgName(o *org, lang string) string {
	switch lang {
	case model.LangRU:
		return o.ru
	case model.LangZH:
		return o.zh
	}
	return o.en
}

func pad6(i int) string {
	s := strconv.Itoa(i)
	for len(s) < 6 {
		s = "0" + s
	}
	return s
}
