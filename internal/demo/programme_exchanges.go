package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// exchangeKinds says, for each kind of exchange, how often it occurs, how
// long it lasts (days), which organisations send people on it and how its
// title reads.
var exchangeKinds = []struct {
	kind           string
	weight         int
	minDays, spanD int
	orgKinds       []string // kinds of sending and receiving organisation
	ru, zh, en     string
}{
	{"instructor", 20, 14, 80, []string{"university"}, "Обмен преподавателями", "教师交流", "Instructor exchange"},
	{"student", 28, 21, 140, []string{"university"}, "Обмен студентами", "学生交流", "Student exchange"},
	{"schoolchild", 14, 7, 8, []string{"school", "university"}, "Обмен школьниками", "中小学生交流", "School exchange"},
	{"specialist", 22, 5, 20, []string{"transport-operator", "company", "hospital", "government", "cluster", "media", "museum", "other"},
		"Стажировка специалистов", "专业人员交流", "Specialist exchange"},
	{"researcher", 16, 30, 150, []string{"research-institute", "university"}, "Научная стажировка", "科研人员访学", "Research visit"},
}

// exchanges generates visits between the two cities, numbered by start.
// Fewer travelled in 2020; the later the year, the more are still to come.
func (g *Generator) exchanges(p *pool) []model.ProgrammeRecord {
	r := g.programmeRNG(model.KindExchange)
	w := make([]int, len(exchangeKinds))
	for i, k := range exchangeKinds {
		w[i] = k.weight
	}
	xs := make([]*model.Exchange, 0, ProgrammeExchanges)
	for len(xs) < ProgrammeExchanges {
		k := exchangeKinds[weighted(r, w...)]
		from := model.CityMoscow
		if r.IntN(2) == 1 {
			from = model.CityBeijing
		}
		var a, b *org
		if k.kind == "schoolchild" {
			a, b = g.schoolFor(r, from), g.schoolFor(r, otherCity(from))
		} else {
			src := g.orgsOfKinds(from, k.orgKinds)
			a = src[r.IntN(len(src))]
			b = pairFor(r, a, g.orgsOfKinds(otherCity(from), k.orgKinds))
		}
		year := 2020 + weighted(r, 12, 20, 30, 33, 5) // the last: early 2024, still planned
		start := time.Date(year, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		if year == 2024 {
			start = time.Date(2024, time.Month(1+r.IntN(6)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		}
		end := start.AddDate(0, 0, k.minDays+r.IntN(k.spanD))
		x := &model.Exchange{
			ExchangeKind: k.kind,
			FromOrg:      a.id, ToOrg: b.id,
			FromCity: a.city, ToCity: b.city,
			Start: date(start), End: date(end),
		}
		x.Title = tri(
			fmt.Sprintf("%s: %s — %s, %d", k.ru, a.ru, b.ru, start.Year()),
			fmt.Sprintf("%d年%s—%s%s", start.Year(), a.zh, b.zh, k.zh),
			fmt.Sprintf("%s: %s – %s, %d", k.en, a.en, b.en, start.Year()),
		)
		sub := g.exchangeSphere(r, k.kind, a, b)
		x.Spheres = spheresOf(sub)
		if k.kind == "student" || k.kind == "instructor" {
			x.Spheres = spheresOf("education.academic-exchange", sub)
		}
		x.Status = exchangeStatus(r, start, end)
		g.exchangePeople(r, p, x, sub)
		if k.kind == "schoolchild" {
			g.guardianConsent(r, x, start)
		}
		x.Description = g.exchangeDescription(x, k.kind, sub)
		if x.Status == "completed" {
			x.Outcome = exchangeOutcome(r, k.kind)
		}
		xs = append(xs, x)
	}
	slices.SortStableFunc(xs, func(a, b *model.Exchange) int { return strings.Compare(a.Start, b.Start) })
	out := make([]model.ProgrammeRecord, len(xs))
	for i, x := range xs {
		x.ExternalID = fmt.Sprintf("ex-%04d", i+1)
		if x.GuardianConsent != nil {
			x.GuardianConsent.Document = "guardian-consent-" + x.ExternalID + ".pdf"
		}
		out[i] = x
	}
	return out
}

// orgsOfKinds lists a city's organisations of the given kinds.
func (g *Generator) orgsOfKinds(city string, kinds []string) []*org {
	var out []*org
	for i := range g.orgs {
		if o := &g.orgs[i]; o.city == city && slices.Contains(kinds, o.kind) {
			out = append(out, o)
		}
	}
	return out
}

// pairFor prefers a partner that shares a sub-sphere with a.
func pairFor(r *rand.Rand, a *org, cands []*org) *org {
	var near []*org
	for _, c := range cands {
		for _, s := range a.subs {
			if slices.Contains(c.subs, s) {
				near = append(near, c)
				break
			}
		}
	}
	if len(near) > 0 {
		return near[r.IntN(len(near))]
	}
	return cands[r.IntN(len(cands))]
}

// schoolFor returns a school of the city or, now and then, the pedagogical
// university that runs its school exchanges.
func (g *Generator) schoolFor(r *rand.Rand, city string) *org {
	schools := g.orgsOfKinds(city, []string{"school"})
	if r.IntN(4) == 0 {
		return g.orgsWith(city, "education.school-exchange")[0]
	}
	return schools[r.IntN(len(schools))]
}

// exchangeSphere is a sub-sphere both sides work in, or the sender's.
func (g *Generator) exchangeSphere(r *rand.Rand, kind string, a, b *org) string {
	if kind == "schoolchild" {
		return "education.school-exchange"
	}
	var both []string
	for _, s := range a.subs {
		if slices.Contains(b.subs, s) {
			both = append(both, s)
		}
	}
	if len(both) > 0 {
		return both[r.IntN(len(both))]
	}
	return a.subs[r.IntN(len(a.subs))]
}

// exchangeStatus follows the dates: finished visits are completed (a few
// were cancelled, many in 2020), current ones under way, future ones
// approved or still proposed.
func exchangeStatus(r *rand.Rand, start, end time.Time) string {
	ref := ProgrammeReference
	switch {
	case end.Before(ref):
		cancel := 5
		if start.Year() == 2020 {
			cancel = 25
		}
		if r.IntN(100) < cancel {
			return "cancelled"
		}
		return "completed"
	case start.Before(ref):
		return "under-way"
	case start.Sub(ref) < 60*24*time.Hour:
		return []string{"approved", "approved", "proposed"}[r.IntN(3)]
	}
	return []string{"approved", "proposed", "proposed", "cancelled"}[r.IntN(4)]
}

// exchangePeople: travellers come from the sending organisation (or its
// city's experts of the sphere), a host from the receiving one. Students
// and schoolchildren are not in the register, so their exchanges list the
// accompanying teachers as contacts instead.
func (g *Generator) exchangePeople(r *rand.Rand, p *pool, x *model.Exchange, sub string) {
	var c crew
	if x.ExchangeKind == "student" || x.ExchangeKind == "schoolchild" {
		c.add(p.one(r, x.FromOrg), model.RoleContact)
	} else {
		for i := 0; i < 1+r.IntN(3); i++ {
			if id := p.one(r, x.FromOrg); id != "" && r.IntN(3) > 0 {
				c.add(id, model.RoleTraveller)
			} else {
				p.draw(r, &c, p.sphere(sub), 1, model.RoleTraveller, x.FromCity)
			}
		}
	}
	c.add(p.one(r, x.ToOrg), model.RoleHost)
	x.Participants = c.list
}

// guardianConsent records the parents' consent of a school exchange once
// it is approved (and for some still proposed), a few weeks before it starts.
func (g *Generator) guardianConsent(r *rand.Rand, x *model.Exchange, start time.Time) {
	if x.Status == "cancelled" || (x.Status == "proposed" && r.IntN(3) > 0) {
		return
	}
	at := start.AddDate(0, 0, -(20 + r.IntN(40))).Add(time.Duration(9+r.IntN(8)) * time.Hour)
	if at.After(ProgrammeReference) {
		at = ProgrammeReference.AddDate(0, 0, -1-r.IntN(20)).Add(11 * time.Hour)
	}
	var who string
	if x.FromCity == model.CityBeijing {
		who = chineseName(r, r.IntN(2) == 0, false).text[model.LangZH]
	} else {
		who = russianName(r, r.IntN(3) > 0, false).text[model.LangRU]
	}
	x.GuardianConsent = &model.GuardianConsent{RecordedAt: at.UTC().Format(time.RFC3339), RecordedBy: who}
}

func (g *Generator) exchangeDescription(x *model.Exchange, kind, sub string) model.Text {
	a, b := g.orgByID(x.FromOrg), g.orgByID(x.ToOrg)
	label := func(lang string) string { return g.tax.Label(sub, lang) }
	var k [3]string
	for _, e := range exchangeKinds {
		if e.kind == kind {
			k = [3]string{e.ru, e.zh, e.en}
		}
	}
	return tri(
		fmt.Sprintf("%s с %s по %s. Направляющая сторона: %s; принимающая сторона: %s. Направление: %s.",
			k[0], x.Start, x.End, a.ru, b.ru, lowerFirst(label(model.LangRU))),
		fmt.Sprintf("%s，%s至%s。派出单位：%s；接待单位：%s。领域：%s。", k[1], x.Start, x.End, a.zh, b.zh, label(model.LangZH)),
		fmt.Sprintf("%s from %s to %s. Sending: %s; receiving: %s. Field: %s.", k[2], x.Start, x.End, a.en, b.en, lowerFirst(label(model.LangEN))),
	)
}

// exchangeOutcome says briefly what a completed exchange achieved.
func exchangeOutcome(r *rand.Rand, kind string) model.Text {
	n := 2 + r.IntN(9)
	switch kind {
	case "student", "schoolchild":
		return tri(
			fmt.Sprintf("Участники прошли языковую и учебную программу, подготовили %d совместных проектов.", n),
			fmt.Sprintf("学员完成了语言与课程学习，共同完成%d个项目。", n),
			fmt.Sprintf("The participants completed the language and study programme and prepared %d joint projects.", n))
	case "researcher":
		return tri(
			fmt.Sprintf("Подготовлено %d совместных публикаций, согласован план дальнейших исследований.", n),
			fmt.Sprintf("合作撰写论文%d篇，商定了后续研究计划。", n),
			fmt.Sprintf("%d joint papers prepared and a plan of further research agreed.", n))
	}
	return tri(
		fmt.Sprintf("Проведено %d рабочих встреч и мастер-классов, опыт принимающей стороны изучен и описан.", n),
		fmt.Sprintf("举办工作会议和示范课%d场，系统总结了接待方经验。", n),
		fmt.Sprintf("%d working meetings and master classes held; the host's experience studied and written up.", n))
}
