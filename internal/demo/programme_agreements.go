package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// namedAgreement is one of the agreements written out by hand: the ones a
// demonstration talks about.
type namedAgreement struct {
	ru, zh, en string
	parties    []string
	subs       []string
	signed     string
	years      int    // term
	renewed    string // when it was renewed for another term, if it was
	status     string // empty: from the dates
	note       model.Text
}

var namedAgreements = []namedAgreement{
	{ru: "Соглашение о сотрудничестве Московского метрополитена и Пекинского метрополитена",
		zh: "莫斯科地铁与北京地铁合作协议", en: "Cooperation agreement of Moscow Metro and Beijing Subway",
		parties: []string{"org-msk-metro", "org-bj-subway"}, subs: subs("transport.subway"),
		signed: "2016-09-19", years: 5, renewed: "2021-09-10",
		note: tri("Пятилетнее соглашение об обмене опытом строительства и эксплуатации метро; в 2021 году продлено ещё на пять лет.",
			"为期五年的地铁建设与运营经验交流协议，2021年续签五年。",
			"A five-year agreement to share the experience of building and running subways; renewed in 2021 for five more years.")},
	{ru: "Меморандум о сотрудничестве Московского инновационного кластера и Научного парка Чжунгуаньцунь",
		zh: "莫斯科创新集群与中关村科技园区合作备忘录", en: "Memorandum of cooperation of the Moscow Innovation Cluster and Zhongguancun Science Park",
		parties: []string{"org-msk-innocluster", "org-bj-zgc"}, subs: subs("innovation.clusters-and-hubs", "innovation.startups"),
		signed: "2019-02-14", years: 5,
		note: tri("Инновационный кластер и технологический хаб открывают друг другу свои программы акселерации и площадки для испытаний.",
			"创新集群与科技园区相互开放加速器项目和测试场地。",
			"The innovation cluster and the technology hub open their acceleration programmes and test sites to each other.")},
	{ru: "Соглашение об академическом сотрудничестве МГУ и Пекинского университета",
		zh: "莫斯科大学与北京大学学术合作协议", en: "Academic cooperation agreement of Moscow State University and Peking University",
		parties: []string{"org-msk-msu", "org-bj-pku"}, subs: subs("education.academic-exchange", "science-technology.mathematics"),
		signed: "2015-05-08", years: 5, renewed: "2020-04-30"},
	{ru: "Соглашение о научно-техническом сотрудничестве МГТУ им. Н. Э. Баумана и Университета Цинхуа",
		zh: "鲍曼国立技术大学与清华大学科技合作协议", en: "Scientific and technical cooperation agreement of Bauman University and Tsinghua University",
		parties: []string{"org-msk-bmstu", "org-bj-tsinghua"}, subs: subs("science-technology.materials", "innovation.technology-transfer"),
		signed: "2018-11-20", years: 5, renewed: "2023-11-01"},
	{ru: "Соглашение о создании Центра традиционной китайской медицины",
		zh: "关于共建中医药中心的协议", en: "Agreement on a joint Centre of Traditional Chinese Medicine",
		parties: []string{"org-msk-sechenov", "org-bj-guanganmen"}, subs: subs("public-health.traditional-medicine"),
		signed: "2019-06-05", years: 5},
	{ru: "Соглашение о взаимодействии в сфере профилактики и контроля инфекционных заболеваний",
		zh: "传染病预防与控制合作协议", en: "Agreement on cooperation in the prevention and control of infectious diseases",
		parties: []string{"org-msk-health", "org-bj-cdc"}, subs: subs("public-health.epidemic-control"),
		signed: "2020-03-12", years: 3,
		note: tri("Подписано в первые недели пандемии COVID-19: обмен данными и протоколами лечения.",
			"签署于新冠肺炎疫情初期：交换疫情数据和诊疗方案。",
			"Signed in the first weeks of the COVID-19 pandemic: exchange of data and treatment protocols.")},
	{ru: "Соглашение о сотрудничестве в области интеллектуальных транспортных систем",
		zh: "智能交通系统合作协议", en: "Agreement on cooperation in intelligent transport systems",
		parties: []string{"org-msk-transport", "org-bj-transport"}, subs: subs("transport.traffic-management", "innovation.smart-city"),
		signed: "2019-09-03", years: 5},
	{ru: "Соглашение об информационном сотрудничестве ТАСС и агентства Синьхуа",
		zh: "塔斯社与新华社新闻合作协议", en: "News cooperation agreement of TASS and Xinhua",
		parties: []string{"org-msk-tass", "org-bj-xinhua"}, subs: subs("media.media-cooperation"),
		signed: "2017-07-04", years: 10},
	{ru: "Соглашение о побратимстве школы № 1535 и средней школы при Народном университете",
		zh: "莫斯科第1535中学与人大附中友好学校协议", en: "Twinning agreement of School No. 1535 and the High School Affiliated to Renmin University",
		parties: []string{"org-msk-lyceum1535", "org-bj-rdfz"}, subs: subs("education.school-exchange"),
		signed: "2018-12-20", years: 5},
	{ru: "Соглашение об обменных выставках Третьяковской галереи и Национального музея Китая",
		zh: "特列季亚科夫画廊与中国国家博物馆交流展协议", en: "Exchange exhibitions agreement of the Tretyakov Gallery and the National Museum of China",
		parties: []string{"org-msk-tretyakov", "org-bj-nmc"}, subs: subs("culture.museums", "culture.fine-arts"),
		signed: "2019-01-10", years: 5},
	{ru: "Соглашение о сотрудничестве в проектировании городских территорий",
		zh: "城市规划设计合作协议", en: "Agreement on cooperation in urban planning",
		parties: []string{"org-msk-genplan", "org-bj-bicp"}, subs: subs("urban-planning.master-planning"),
		signed: "2021-06-17", years: 5},
	{ru: "Соглашение о сотрудничестве выставочных операторов",
		zh: "展览机构合作协议", en: "Cooperation agreement of exhibition operators",
		parties: []string{"org-msk-expocentre", "org-bj-ciec"}, subs: subs("tourism.business-events"),
		signed: "2017-03-01", years: 5, status: "terminated"},
	{ru: "Проект соглашения о сотрудничестве водоканалов",
		zh: "供排水企业合作协议（草案）", en: "Draft cooperation agreement of the water utilities",
		parties: []string{"org-msk-mosvodokanal", "org-bj-waterworks"}, subs: subs("urban-planning.utilities"),
		status: "draft"},
	{ru: "Соглашение о сотрудничестве в туризме", zh: "旅游合作协议", en: "Tourism cooperation agreement",
		parties: []string{"org-msk-tourism", "org-bj-tourism"}, subs: subs("tourism.inbound", "tourism.destination-marketing"),
		signed: "2023-08-22", years: 3},
}

// agreementKinds are the wordings of generated agreements.
var agreementKinds = []struct{ ru, zh, en string }{
	{"Соглашение о сотрудничестве", "合作协议", "Cooperation agreement"},
	{"Меморандум о взаимопонимании", "谅解备忘录", "Memorandum of understanding"},
	{"Соглашение о научно-техническом сотрудничестве", "科技合作协议", "Agreement on scientific and technical cooperation"},
	{"Соглашение об обмене опытом", "经验交流协议", "Agreement on the exchange of experience"},
}

// agreements writes out the named agreements, then pairs organisations of
// the two cities that share a sphere. A few generated ones expire within
// four months of the reference date, so that the list of agreements to
// renew is never empty.
func (g *Generator) agreements(p *pool) []model.ProgrammeRecord {
	r := g.programmeRNG(model.KindAgreement)
	var out []model.ProgrammeRecord
	for _, n := range namedAgreements {
		a := &model.Agreement{Parties: n.parties, Signed: n.signed}
		a.Title = tri(n.ru, n.zh, n.en)
		a.Spheres = spheresOf(n.subs...)
		a.Description = n.note
		if n.signed != "" {
			signed, _ := time.Parse(time.DateOnly, n.signed)
			end := signed.AddDate(n.years, 0, 0)
			if n.renewed != "" {
				end = end.AddDate(n.years, 0, 0)
				a.Renewal = n.renewed
			}
			a.Expires = date(end)
		}
		a.Status = agreementStatus(a, n.status)
		g.agreementDetails(r, p, a)
		out = append(out, a)
	}
	used := map[string]bool{}
	for _, n := range namedAgreements {
		used[strings.Join(n.parties, "+")] = true
	}
	msk := g.orgsOfKinds(model.CityMoscow, []string{"university", "research-institute", "company", "transport-operator", "hospital", "government", "cluster", "museum", "media"})
	for soon := 0; len(out) < ProgrammeAgreements; {
		a := msk[r.IntN(len(msk))]
		sub := a.subs[r.IntN(len(a.subs))]
		partners := g.orgsWith(model.CityBeijing, sub)
		if len(partners) == 0 {
			continue
		}
		b := partners[r.IntN(len(partners))]
		if used[a.id+"+"+b.id] {
			continue
		}
		used[a.id+"+"+b.id] = true
		k := agreementKinds[r.IntN(len(agreementKinds))]
		ag := &model.Agreement{Parties: []string{a.id, b.id}}
		ag.Title = tri(fmt.Sprintf("%s: %s — %s", k.ru, a.ru, b.ru), fmt.Sprintf("%s与%s%s", a.zh, b.zh, k.zh),
			fmt.Sprintf("%s: %s – %s", k.en, a.en, b.en))
		ag.Spheres = spheresOf(sub)
		years := []int{3, 5, 5, 5, 10}[r.IntN(5)]
		var signed time.Time
		if soon < 4 { // expires 2–16 weeks after the reference date
			end := ProgrammeReference.AddDate(0, 0, 14+r.IntN(100))
			signed = end.AddDate(-years, 0, 0)
			soon++
		} else {
			signed = time.Date(2014+r.IntN(10), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
			if signed.After(ProgrammeReference) {
				signed = signed.AddDate(-1, 0, 0)
			}
		}
		ag.Signed, ag.Expires = date(signed), date(signed.AddDate(years, 0, 0))
		ag.Status = agreementStatus(ag, "")
		if ag.Status == "in-force" && ag.Expires < date(ProgrammeReference.AddDate(0, 6, 0)) {
			ag.Renewal = date(signed.AddDate(years, -3, 0)) // renewal falls due three months before the end
		}
		ag.Description = tri(
			fmt.Sprintf("Стороны договорились о сотрудничестве по направлению «%s» на %d лет.", g.tax.Label(sub, model.LangRU), years),
			fmt.Sprintf("双方商定在“%s”领域开展为期%d年的合作。", g.tax.Label(sub, model.LangZH), years),
			fmt.Sprintf("The parties agree to cooperate in %s for %d years.", lowerFirst(g.tax.Label(sub, model.LangEN)), years))
		g.agreementDetails(r, p, ag)
		out = append(out, ag)
	}
	// In order of signing; drafts, not signed yet, last.
	signed := func(r model.ProgrammeRecord) string {
		if s := r.(*model.Agreement).Signed; s != "" {
			return s
		}
		return "9999"
	}
	slices.SortStableFunc(out, func(x, y model.ProgrammeRecord) int { return strings.Compare(signed(x), signed(y)) })
	for i, a := range out {
		a.Base().ExternalID = fmt.Sprintf("ag-%03d", i+1)
		ag := a.(*model.Agreement)
		if ag.Status != "draft" {
			host := g.orgByID(ag.Parties[0]).mailHost()
			ag.Documents = []model.Document{
				{Title: "Текст соглашения", URL: "https://" + host + "/agreements/" + ag.ExternalID + "-ru.pdf", Lang: model.LangRU},
				{Title: "协议文本", URL: "https://" + host + "/agreements/" + ag.ExternalID + "-zh.pdf", Lang: model.LangZH},
			}
		}
	}
	return out
}

// agreementStatus follows the term unless the table says otherwise.
func agreementStatus(a *model.Agreement, fixed string) string {
	switch {
	case fixed != "":
		return fixed
	case a.Signed == "":
		return "draft"
	case a.Expires != "" && a.Expires < date(ProgrammeReference):
		return "expired"
	}
	return "in-force"
}

// agreementDetails adds the cities and the people: a signatory and a
// contact of each party.
func (g *Generator) agreementDetails(r *rand.Rand, p *pool, a *model.Agreement) {
	var c crew
	for _, id := range a.Parties {
		if city := g.orgByID(id).city; !slices.Contains(a.PartyCities, city) {
			a.PartyCities = append(a.PartyCities, city)
		}
		if a.Status != "draft" {
			c.add(p.one(r, id), model.RoleSignatory)
		}
		c.add(p.one(r, id), model.RoleContact)
	}
	a.Participants = c.list
}
