package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/translit"
)

// planter writes a second profile of an existing expert, as another source
// (a conference list, a partner's registry, a grant database) would: the
// name in one other script or romanisation only, and a varying share of
// the evidence that would link the two.
type planter struct {
	r    *rand.Rand
	orgs map[string][]model.Organization // by city
	tax  *model.Taxonomy
}

// plant returns the duplicate of e with the external id xid, and the name
// variant used (for the report).
func (p *planter) plant(e model.Expert, xid string) (model.Expert, string) {
	d := model.Expert{ExternalID: xid, City: e.City, Country: e.Country, Visibility: model.VisibilityPublic}
	var kind string
	if e.NativeLang == model.LangZH {
		d.Name, kind = p.chineseVariant(e.Name[model.LangZH])
	} else {
		d.Name, kind = p.russianVariant(e.Name)
	}
	p.organisation(&e, &d)
	if e.ORCID != "" && p.chance(0.4) {
		d.ORCID = e.ORCID
	}
	switch x := p.r.Float64(); {
	case e.Email != "" && x < 0.3:
		d.Email = e.Email
	case x < 0.65:
		d.Email = fmt.Sprintf("expert%d@mail.example.com", p.r.IntN(1_000_000)) // a personal address
	}
	p.spheres(&e, &d)
	if len(e.Outputs) > 0 && p.chance(0.4) {
		n := 1 + p.r.IntN(min(2, len(e.Outputs)))
		d.Outputs = append(d.Outputs, e.Outputs[:n]...)
	}
	if e.Keywords[model.LangEN] != nil && p.chance(0.5) {
		d.Keywords = model.Terms{model.LangEN: e.Keywords[model.LangEN][:min(3, len(e.Keywords[model.LangEN]))]}
	}
	if p.chance(0.05) { // moved, or a record that says only the country
		d.City = model.CityOther
	}
	return d, kind
}

func (p *planter) chance(x float64) bool { return p.r.Float64() < x }

// russianVariant writes a Russian name as an English or German source, a
// Chinese press release, or a citation with initials would.
func (p *planter) russianVariant(name model.Text) (model.Text, string) {
	n := translit.ParseRu(name[model.LangRU])
	if n.Family == "" {
		return model.Text{model.LangEN: name[model.LangEN]}, "en-as-is"
	}
	switch x := p.r.IntN(100); {
	case x < 35:
		sys := translit.AllSystems()[p.r.IntN(len(translit.AllSystems()))]
		return model.Text{model.LangEN: translit.RuToLatin(n.Given+" "+n.Family, sys)}, "latin-" + sys.String()
	case x < 55:
		return model.Text{model.LangEN: translit.RuToLatin(n.Family+" "+n.Given, translit.Practical)}, "latin-family-first"
	case x < 80:
		if zh := name[model.LangZH]; zh != "" && p.chance(0.5) {
			return model.Text{model.LangZH: zh}, "zh-given"
		}
		return model.Text{model.LangZH: translit.RuNameToZh(n.Family + " " + n.Given).Short}, "zh-generated"
	case x < 90:
		g := []rune(translit.RuToLatin(n.Given, translit.Practical))
		return model.Text{model.LangEN: string(g[:1]) + ". " + translit.RuToLatin(n.Family, translit.Practical)}, "initials"
	}
	return model.Text{model.LangRU: n.Given + " " + n.Family}, "ru-given-first"
}

// chineseVariant writes a Chinese name in pinyin (either order, hyphenated
// or run together), Palladius Cyrillic or Wade–Giles.
func (p *planter) chineseVariant(zh string) (model.Text, string) {
	n := translit.ParseZh(zh)
	fam := translit.JoinPinyin(n.FamilySyl, translit.PinyinStyle{})
	giv := translit.JoinPinyin(n.GivenSyl, translit.PinyinStyle{})
	switch x := p.r.IntN(100); {
	case x < 30:
		return model.Text{model.LangEN: n.Latin(translit.PinyinStyle{})}, "pinyin"
	case x < 45:
		return model.Text{model.LangEN: giv + " " + fam}, "pinyin-given-first"
	case x < 52:
		hy := translit.JoinPinyin(n.GivenSyl, translit.PinyinStyle{Hyphen: true})
		return model.Text{model.LangEN: hy + " " + fam}, "pinyin-hyphen"
	case x < 80:
		return model.Text{model.LangRU: translit.ZhToCyrillic(zh)}, "palladius"
	case x < 95:
		return model.Text{model.LangEN: translit.WadeGilesName(n)}, "wade-giles"
	}
	return model.Text{model.LangEN: strings.ToLower(fam + giv)}, "pinyin-joined"
}

// organisation: most sources name the same organisation (by id, or only by
// name); some list a later or earlier employer.
func (p *planter) organisation(e, d *model.Expert) {
	switch x := p.r.Float64(); {
	case x < 0.55:
		d.OrgID = e.OrgID
		d.Organization = pickLang(e.Organization)
	case x < 0.8:
		for _, o := range p.orgs[e.City] {
			if o.ExternalID == e.OrgID {
				l := model.Langs[p.r.IntN(len(model.Langs))]
				d.Organization = model.Text{l: o.Name[l]}
			}
		}
	default:
		pool := p.orgs[e.City]
		if len(pool) == 0 {
			return
		}
		o := pool[p.r.IntN(len(pool))]
		d.OrgID, d.Organization = o.ExternalID, model.Text{model.LangEN: o.Name[model.LangEN]}
	}
}

func pickLang(t model.Text) model.Text {
	for _, l := range []string{model.LangEN, model.LangRU, model.LangZH} {
		if t[l] != "" {
			return model.Text{l: t[l]}
		}
	}
	return nil
}

// spheres: usually some of the expert's own, sometimes a neighbouring one.
func (p *planter) spheres(e, d *model.Expert) {
	if len(e.Spheres) == 0 {
		return
	}
	if p.chance(0.85) {
		n := 1 + p.r.IntN(len(e.Spheres))
		d.Spheres = append(d.Spheres, e.Spheres[:n]...)
		return
	}
	top := model.TopSphere(e.Spheres[0])
	for _, s := range p.tax.All() {
		if s.Parent == top && s.Slug != e.Spheres[0] && p.chance(0.3) {
			d.Spheres = []string{s.Slug}
			return
		}
	}
	d.Spheres = []string{top}
}
