package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// Event times are local to the venue: Moscow in Europe/Moscow, Beijing in
// Asia/Shanghai, the zone China's capital keeps.
var eventZones = map[string]string{model.CityMoscow: "Europe/Moscow", model.CityBeijing: "Asia/Shanghai"}

// eventYears are the years the demo events fall in.
var eventYears = []int{2020, 2021, 2022, 2023}

// topicKinds are the kinds of event held on a topic, with weights, and how
// their titles are made.
var topicKinds = []struct {
	kind       string
	weight     int
	ru, zh, en string // %s is the topic
}{
	{"seminar", 38, "Российско-китайский семинар «%s»", "中俄%s研讨会", "Russian–Chinese seminar: %s"},
	{"conference", 22, "Международная конференция «%s»", "%s国际学术会议", "International conference: %s"},
	{"workshop", 12, "Практический семинар «%s»", "%s工作坊", "Workshop: %s"},
	{"lecture", 13, "Открытая лекция «%s»", "%s专题讲座", "Public lecture: %s"},
	{"forum", 8, "Форум «%s»", "%s论坛", "Forum: %s"},
	{"exhibition", 4, "Выставка «%s»", "%s展览会", "Exhibition: %s"},
	{"competition", 3, "Конкурс проектов «%s»", "%s项目大赛", "Project competition: %s"},
}

// events generates the series first, then topic events up to the total,
// and numbers them all in order of start.
func (g *Generator) events(p *pool) []model.ProgrammeRecord {
	r := g.programmeRNG(model.KindEvent)
	var evs []*model.Event
	for _, y := range eventYears {
		for _, s := range eventSeries {
			if (s.since != 0 && y < s.since) || (s.until != 0 && y > s.until) {
				continue
			}
			evs = append(evs, g.seriesEvent(r, p, s, y))
		}
	}
	subsByCity := map[string][]string{}
	for _, city := range []string{model.CityMoscow, model.CityBeijing} {
		for i := range g.orgs {
			if o := &g.orgs[i]; o.city == city {
				subsByCity[city] = append(subsByCity[city], o.subs...) // repeats weight the draw
			}
		}
	}
	for len(evs) < ProgrammeEvents {
		city := model.CityMoscow
		if r.IntN(2) == 1 {
			city = model.CityBeijing
		}
		sub := subsByCity[city][r.IntN(len(subsByCity[city]))]
		evs = append(evs, g.topicEvent(r, p, city, sub))
	}
	slices.SortStableFunc(evs, func(a, b *model.Event) int { return strings.Compare(a.Start, b.Start) })
	out := make([]model.ProgrammeRecord, len(evs))
	for i, e := range evs {
		e.ExternalID = fmt.Sprintf("ev-%04d", i+1)
		if e.Link != "" {
			e.Link += e.ExternalID
		}
		out[i] = e
	}
	return out
}

func (g *Generator) seriesEvent(r *rand.Rand, p *pool, s series, year int) *model.Event {
	loc := zone(s.city)
	day := time.Date(year, time.Month(s.month), 8+r.IntN(14), 10, 0, 0, 0, loc)
	day = weekday(day)
	e := &model.Event{
		ProgrammeBase: model.ProgrammeBase{
			Title: tri(fmt.Sprintf("%s — %d", s.ru, year), fmt.Sprintf("%d%s", year, s.zh), fmt.Sprintf("%s %d", s.en, year)),
		},
		EventKind: s.kind,
		City:      s.city,
		TimeZone:  eventZones[s.city],
	}
	o := g.orgByID(s.org)
	e.Organizers = []string{o.id}
	if partner := g.orgsWith(otherCity(s.city), s.subs[0]); len(partner) > 0 && r.IntN(3) > 0 {
		e.Organizers = append(e.Organizers, partner[r.IntN(len(partner))].id)
	}
	e.Format = eventFormat(r, day)
	if s.kind == "exhibition" || s.kind == "festival" {
		e.Format = "offline" // one cannot walk an exhibition hall online
		if year == 2020 && r.IntN(2) == 0 {
			e.Format = "hybrid"
		}
	}
	g.place(e, o, venues[s.city][s.venue])
	e.Start = day.Format(time.RFC3339)
	e.End = time.Date(year, day.Month(), day.Day()+s.days-1, 18, 0, 0, 0, loc).Format(time.RFC3339)
	e.Spheres = spheresOf(s.subs...)
	e.Status = eventStatus(r, day, e.Format)
	speakers, guests := 3+r.IntN(4), 2+r.IntN(6)
	if s.big {
		speakers, guests = 6+r.IntN(6), 8+r.IntN(12)
	}
	g.staff(r, p, e, s.subs, s.city, speakers, guests)
	e.Description = eventDescription(s.kind, s.subs, g.tax, e.Organizers, g)
	e.Agenda = g.agenda(r, s.subs)
	return e
}

func (g *Generator) topicEvent(r *rand.Rand, p *pool, city, sub string) *model.Event {
	w := make([]int, len(topicKinds))
	for i, k := range topicKinds {
		w[i] = k.weight
	}
	k := topicKinds[weighted(r, w...)]
	topics := g.topicsOf(sub)
	t := topics[r.IntN(len(topics))]
	year := eventYears[r.IntN(len(eventYears))]
	loc := zone(city)
	day := weekday(time.Date(year, time.January, 10+r.IntN(350), 0, 0, 0, 0, loc))
	e := &model.Event{
		ProgrammeBase: model.ProgrammeBase{
			Title: tri(fmt.Sprintf(k.ru, t.ru), fmt.Sprintf(k.zh, t.zh), fmt.Sprintf(k.en, t.en)),
		},
		EventKind: k.kind,
		City:      city,
		TimeZone:  eventZones[city],
	}
	hosts := g.orgsWith(city, sub)
	var o *org
	if len(hosts) > 0 {
		o = hosts[r.IntN(len(hosts))]
	} else {
		o = g.pickOrg(r, city)
	}
	e.Organizers = []string{o.id}
	if partner := g.orgsWith(otherCity(city), sub); len(partner) > 0 && r.IntN(2) == 0 {
		e.Organizers = append(e.Organizers, partner[r.IntN(len(partner))].id)
	}
	e.Format = eventFormat(r, day)
	if k.kind == "exhibition" {
		e.Format = "offline"
	}
	vs := venues[city]
	g.place(e, o, vs[r.IntN(len(vs))])
	// Online sessions of both cities meet in the Moscow morning, the
	// Beijing afternoon; local ones keep local office hours.
	hour := []int{10, 11, 14, 15}[r.IntN(4)]
	if e.Format != "offline" {
		hour = 9 + r.IntN(3)
		if city == model.CityBeijing {
			hour += 5
		}
	}
	start := time.Date(year, day.Month(), day.Day(), hour, 0, 0, 0, loc)
	var end time.Time
	switch k.kind {
	case "conference", "forum", "exhibition":
		days := 1 + r.IntN(3)
		end = time.Date(year, day.Month(), day.Day()+days-1, 18, 0, 0, 0, loc)
		if days == 1 {
			end = start.Add(time.Duration(5+r.IntN(3)) * time.Hour)
		}
	default:
		end = start.Add(time.Duration(90+30*r.IntN(6)) * time.Minute)
	}
	e.Start, e.End = start.Format(time.RFC3339), end.Format(time.RFC3339)
	e.Spheres = spheresOf(sub)
	e.Status = eventStatus(r, start, e.Format)
	g.staff(r, p, e, []string{sub}, city, 1+r.IntN(5), r.IntN(9))
	e.Description = eventDescription(k.kind, []string{sub}, g.tax, e.Organizers, g)
	if k.kind == "conference" || k.kind == "forum" || r.IntN(4) == 0 {
		e.Agenda = g.agenda(r, []string{sub})
	}
	return e
}

// place sets the venue and the link the format asks for.
func (g *Generator) place(e *model.Event, o *org, v venue) {
	if e.Format != "online" {
		e.Venue = v.text()
	}
	if e.Format != "offline" {
		e.Link = "https://" + o.mailHost() + "/events/" // the event's id is appended once known
	}
}

// staff draws speakers from the experts of the event's spheres, half of
// them from the other city, guests from the same spheres, and an organiser
// from the host organisation.
func (g *Generator) staff(r *rand.Rand, p *pool, e *model.Event, subs []string, city string, speakers, guests int) {
	var c crew
	if id := p.one(r, e.Organizers[0]); id != "" {
		c.add(id, model.RoleOrganiser)
	}
	for i := 0; i < speakers; i++ {
		sub := subs[r.IntN(len(subs))]
		want := city
		if i%2 == 1 {
			want = otherCity(city)
		}
		p.draw(r, &c, p.sphere(sub), 1, model.RoleSpeaker, want)
	}
	for i := 0; i < guests; i++ {
		p.draw(r, &c, p.byTop[model.TopSphere(subs[r.IntN(len(subs))])], 1, model.RoleParticipant, "")
	}
	e.Participants = c.list
}

// eventFormat reflects the pandemic: offline until March 2020, mostly
// online in 2020–2021, hybrid in 2022, back in the halls in 2023.
func eventFormat(r *rand.Rand, day time.Time) string {
	formats := []string{"online", "hybrid", "offline"}
	switch y := day.Year(); {
	case y == 2020 && day.Month() < time.March:
		return "offline"
	case y == 2020:
		return formats[weighted(r, 70, 15, 15)]
	case y == 2021:
		return formats[weighted(r, 40, 35, 25)]
	case y == 2022:
		return formats[weighted(r, 25, 40, 35)]
	}
	return formats[weighted(r, 15, 30, 55)]
}

// eventStatus: what starts after the reference date is planned; the rest
// was held, except a few cancelled, many of them in the spring of 2020.
func eventStatus(r *rand.Rand, start time.Time, format string) string {
	if !start.Before(ProgrammeReference) {
		return "planned"
	}
	cancel := 2
	if start.Year() == 2020 && start.Month() >= time.February && start.Month() <= time.June && format != "online" {
		cancel = 30
	}
	if r.IntN(100) < cancel {
		return "cancelled"
	}
	return "held"
}

// agenda lists three or four sessions on concepts of the spheres.
func (g *Generator) agenda(r *rand.Rand, subs []string) model.Text {
	var items []concept
	for tries := 0; len(items) < 3+r.IntN(2) && tries < 20; tries++ {
		topics := g.topicsOf(subs[r.IntN(len(subs))])
		if t := topics[r.IntN(len(topics))]; !slices.Contains(items, t) {
			items = append(items, t)
		}
	}
	var ru, zh, en strings.Builder
	for i, t := range items {
		if i > 0 {
			ru.WriteByte('\n')
			zh.WriteByte('\n')
			en.WriteByte('\n')
		}
		fmt.Fprintf(&ru, "%d. Сессия «%s»", i+1, t.ru)
		fmt.Fprintf(&zh, "%d. 分论坛：%s", i+1, t.zh)
		fmt.Fprintf(&en, "%d. Session: %s", i+1, t.en)
	}
	return tri(ru.String(), zh.String(), en.String())
}

// eventDescription says what the event is about and who organises it.
func eventDescription(kind string, subs []string, tax *model.Taxonomy, orgIDs []string, g *Generator) model.Text {
	names := map[string][]string{}
	for _, id := range orgIDs {
		o := g.orgByID(id)
		names[model.LangRU] = append(names[model.LangRU], o.ru)
		names[model.LangZH] = append(names[model.LangZH], o.zh)
		names[model.LangEN] = append(names[model.LangEN], o.en)
	}
	var ru, zh, en []string
	for _, s := range subs {
		ru = append(ru, lowerFirst(tax.Label(s, model.LangRU)))
		zh = append(zh, tax.Label(s, model.LangZH))
		en = append(en, lowerFirst(tax.Label(s, model.LangEN)))
	}
	kinds := eventKindNames[kind]
	return tri(
		fmt.Sprintf("%s в программе сотрудничества Москвы и Пекина. Тематика: %s. Организаторы: %s.",
			kinds[0], strings.Join(ru, ", "), strings.Join(names[model.LangRU], "; ")),
		fmt.Sprintf("京莫合作交流项目%s，主题：%s。主办单位：%s。",
			kinds[1], strings.Join(zh, "、"), strings.Join(names[model.LangZH], "、")),
		fmt.Sprintf("%s %s of the Moscow–Beijing cooperation programme on %s. Organised by %s.",
			article(kinds[2]), kinds[2], strings.Join(en, " and "), strings.Join(names[model.LangEN], " and ")),
	)
}

// eventKindNames names each event kind in ru (capitalised), zh and en.
var eventKindNames = map[string][3]string{
	"conference":  {"Конференция", "会议", "conference"},
	"seminar":     {"Семинар", "研讨会", "seminar"},
	"exhibition":  {"Выставка", "展览会", "exhibition"},
	"forum":       {"Форум", "论坛", "forum"},
	"workshop":    {"Практический семинар", "工作坊", "workshop"},
	"lecture":     {"Лекция", "讲座", "lecture"},
	"competition": {"Конкурс", "竞赛", "competition"},
	"festival":    {"Фестиваль", "节庆活动", "festival"},
}

// article is the English indefinite article before a word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "An"
	}
	return "A"
}

func zone(city string) *time.Location {
	loc, err := time.LoadLocation(eventZones[city])
	if err != nil { // the zone database is embedded by model
		panic(err)
	}
	return loc
}

// weekday moves a Saturday or Sunday to the Monday after.
func weekday(t time.Time) time.Time {
	switch t.Weekday() {
	case time.Saturday:
		return t.AddDate(0, 0, 2)
	case time.Sunday:
		return t.AddDate(0, 0, 1)
	}
	return t
}
