package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// namedProject is a joint laboratory or project written out by hand.
type namedProject struct {
	kind       string
	ru, zh, en string
	parties    []string
	sub        string
	start      int // year
	years      int
}

var namedProjects = []namedProject{
	{"laboratory", "Российско-китайская лаборатория прикладной математики", "中俄应用数学联合实验室", "Russian–Chinese Laboratory of Applied Mathematics",
		[]string{"org-msk-steklov", "org-bj-cas-amss"}, "science-technology.mathematics", 2018, 6},
	{"laboratory", "Совместная лаборатория зелёной химии и катализа", "绿色化学与催化联合实验室", "Joint Laboratory of Green Chemistry and Catalysis",
		[]string{"org-msk-zelinsky", "org-bj-cas-ic"}, "science-technology.chemistry", 2019, 5},
	{"laboratory", "Совместная лаборатория океанологии северных морей", "北方海域海洋学联合实验室", "Joint Laboratory of Oceanology of the Northern Seas",
		[]string{"org-msk-shirshov", "org-oth-ouc"}, "science-technology.oceanology", 2017, 6},
	{"laboratory", "Лаборатория новых функциональных материалов", "新型功能材料联合实验室", "Laboratory of New Functional Materials",
		[]string{"org-msk-misis", "org-bj-tsinghua"}, "science-technology.materials", 2019, 6},
	{"laboratory", "Совместная лаборатория физики высоких энергий", "高能物理联合实验室", "Joint Laboratory of High Energy Physics",
		[]string{"org-msk-lebedev", "org-bj-cas-ihep", "org-oth-jinr"}, "science-technology.physics", 2016, 8},
	{"laboratory", "Российско-китайский центр искусственного интеллекта", "中俄人工智能联合研究中心", "Russian–Chinese Centre of Artificial Intelligence",
		[]string{"org-msk-mipt", "org-bj-cas-ict"}, "innovation.artificial-intelligence", 2020, 5},
	{"laboratory", "Совместная лаборатория биологии клетки", "细胞生物学联合实验室", "Joint Laboratory of Cell Biology",
		[]string{"org-msk-msu", "org-bj-pku"}, "science-technology.biology", 2021, 5},
	{"project", "Щитовая проходка тоннелей метро в сложных грунтах", "复杂地层地铁盾构隧道施工", "Shield tunnelling of subway lines in difficult ground",
		[]string{"org-msk-mosinzhproekt", "org-bj-railtransit"}, "transport.subway", 2018, 4},
	{"project", "Вентиляция и микроклимат глубоких станций метро", "深埋地铁车站通风与环境控制", "Ventilation and climate of deep subway stations",
		[]string{"org-msk-metro", "org-bj-subway"}, "transport.subway", 2021, 3},
	{"project", "Интеллектуальное управление светофорами", "智能信号灯控制", "Intelligent traffic signal control",
		[]string{"org-msk-codd", "org-bj-bjtrc"}, "transport.traffic-management", 2020, 3},
	{"project", "Эпидемиологический надзор за респираторными инфекциями", "呼吸道传染病流行病学监测", "Epidemiological surveillance of respiratory infections",
		[]string{"org-msk-gamaleya", "org-bj-cas-im"}, "public-health.epidemic-control", 2020, 4},
	{"project", "Цифровые двойники городских территорий", "城市片区数字孪生", "Digital twins of city districts",
		[]string{"org-msk-genplan", "org-bj-bicp"}, "innovation.smart-city", 2022, 3},
	{"project", "Совместные выставки музеев Москвы и Пекина", "京莫博物馆联合展览", "Joint exhibitions of Moscow and Beijing museums",
		[]string{"org-msk-pushkin", "org-bj-palace"}, "culture.museums", 2019, 4},
	{"project", "Онлайн-курс китайского и русского языков для школ", "中小学中俄语在线课程", "Online course of Chinese and Russian for schools",
		[]string{"org-msk-mgpu", "org-bj-bnu"}, "education.online-learning", 2020, 3},
}

// projects writes out the named projects and laboratories and adds joint
// projects of organisations of both cities on shared sub-spheres.
func (g *Generator) projects(p *pool) []model.ProgrammeRecord {
	r := g.programmeRNG(model.KindProject)
	var ps []*model.Project
	for _, n := range namedProjects {
		x := &model.Project{ProjectKind: n.kind, Parties: n.parties}
		x.Title = tri(n.ru, n.zh, n.en)
		g.projectBody(r, p, x, n.sub, n.start, n.years)
		ps = append(ps, x)
	}
	used := map[string]bool{}
	for len(ps) < ProgrammeProjects {
		a := g.orgsOfKinds(model.CityMoscow, []string{"university", "research-institute", "company", "transport-operator", "hospital"})
		o := a[r.IntN(len(a))]
		sub := o.subs[r.IntN(len(o.subs))]
		partners := g.orgsWith(model.CityBeijing, sub)
		if len(partners) == 0 || used[o.id+sub] {
			continue
		}
		used[o.id+sub] = true
		b := partners[r.IntN(len(partners))]
		topics := g.topicsOf(sub)
		t := topics[r.IntN(len(topics))]
		x := &model.Project{ProjectKind: "project", Parties: []string{o.id, b.id}}
		x.Title = tri("Совместный проект «"+t.ru+"»", "中俄"+t.zh+"合作项目", "Joint project: "+t.en)
		g.projectBody(r, p, x, sub, 2017+r.IntN(7), 2+r.IntN(4))
		ps = append(ps, x)
	}
	slices.SortStableFunc(ps, func(a, b *model.Project) int { return strings.Compare(a.Start, b.Start) })
	out := make([]model.ProgrammeRecord, len(ps))
	for i, x := range ps {
		x.ExternalID = fmt.Sprintf("pr-%03d", i+1)
		out[i] = x
	}
	return out
}

// projectBody fills dates, status, people, outputs and description.
func (g *Generator) projectBody(r *rand.Rand, p *pool, x *model.Project, sub string, year, years int) {
	start := time.Date(year, time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(years, 0, -1)
	x.Start, x.End = date(start), date(end)
	x.Spheres = spheresOf(sub)
	switch {
	case start.After(ProgrammeReference):
		x.Status = "planned"
	case end.Before(ProgrammeReference):
		x.Status = "completed"
	case start.Year() <= 2020 && r.IntN(8) == 0:
		x.Status = "suspended"
	default:
		x.Status = "active"
	}
	var c crew
	for _, id := range x.Parties {
		o := g.orgByID(id)
		if !slices.Contains(x.PartyCities, o.city) {
			x.PartyCities = append(x.PartyCities, o.city)
		}
		c.add(p.one(r, id), model.RoleLead)
		for i := 0; i < 1+r.IntN(3); i++ {
			c.add(p.one(r, id), model.RoleMember)
		}
	}
	x.Participants = c.list
	topics := g.topicsOf(sub)
	last := min(end.Year(), ProgrammeReference.Year())
	for y := start.Year() + 1; y <= last; y++ {
		t := topics[r.IntN(len(topics))]
		kind := "publication"
		if r.IntN(5) == 0 {
			kind = "patent"
		}
		x.Outputs = append(x.Outputs, model.Output{Kind: kind, Year: y, Lang: model.LangEN,
			Title: capitalize(t.en) + " (" + x.Title[model.LangEN] + ")"})
	}
	a, b := g.orgByID(x.Parties[0]), g.orgByID(x.Parties[1])
	label := func(l string) string { return g.tax.Label(sub, l) }
	x.Description = tri(
		fmt.Sprintf("Участники: %s; %s. Направление: %s, %d–%d гг.", a.ru, b.ru, lowerFirst(label(model.LangRU)), start.Year(), end.Year()),
		fmt.Sprintf("%s与%s合作开展%s研究，%d—%d年。", a.zh, b.zh, label(model.LangZH), start.Year(), end.Year()),
		fmt.Sprintf("Joint work of %s and %s in %s, %d–%d.", a.en, b.en, lowerFirst(label(model.LangEN)), start.Year(), end.Year()))
}
