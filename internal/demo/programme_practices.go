package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"talentbridge/internal/model"
)

// namedPractice is a best practice written out by hand.
type namedPractice struct {
	ru, zh, en string
	org        string
	sub        string
	year       int
}

var namedPractices = []namedPractice{
	{"Большая кольцевая линия: строительство в плотной застройке", "大环线：密集城区地铁施工", "The Big Circle Line: building a subway line in a dense city",
		"org-msk-mosinzhproekt", "transport.subway", 2023},
	{"Вентиляция глубоких станций без остановки движения", "不停运条件下深埋车站通风改造", "Upgrading the ventilation of deep stations without stopping trains",
		"org-msk-metro", "transport.subway", 2021},
	{"Оплата проезда по биометрии", "刷脸乘车", "Paying the fare by face recognition",
		"org-msk-metro", "transport.subway", 2022},
	{"Интервал движения 90 секунд", "90秒行车间隔", "Trains every 90 seconds",
		"org-msk-metro", "transport.subway", 2020},
	{"Полностью автоматическая линия Яньфан", "燕房线全自动运行", "The fully automatic Yanfang line",
		"org-bj-subway", "transport.subway", 2019},
	{"Единый QR-код для метро и автобусов", "地铁公交一码通乘", "One QR code for the subway and buses",
		"org-bj-subway", "transport.subway", 2020},
	{"Строительство метро под действующими линиями", "既有线下穿施工", "Tunnelling under lines in service",
		"org-bj-railtransit", "transport.subway", 2021},
	{"Транспортное планирование Зимних Олимпийских игр 2022 года", "2022年冬奥会交通规划", "Transport planning for the 2022 Winter Olympics",
		"org-bj-bocog", "transport.event-transport-planning", 2022},
	{"Олимпийские выделенные полосы", "冬奥专用车道", "Olympic dedicated lanes",
		"org-bj-transport", "transport.event-transport-planning", 2022},
	{"Скоростная железная дорога Пекин — Чжанцзякоу для Олимпиады", "服务冬奥的京张高铁", "The Beijing–Zhangjiakou high-speed railway for the Olympics",
		"org-bj-bjtu", "transport.event-transport-planning", 2022},
	{"Транспорт чемпионата мира по футболу 2018 года", "2018年世界杯交通保障", "Transport for the 2018 FIFA World Cup",
		"org-msk-transport", "transport.event-transport-planning", 2018},
	{"Выделенные полосы и приоритет автобусов", "公交专用道与公交优先", "Bus lanes and bus priority",
		"org-msk-mosgortrans", "transport.surface-transit", 2019},
	{"Переход на электробусы", "公交电动化", "Moving to electric buses",
		"org-msk-mosgortrans", "transport.surface-transit", 2021},
	{"Городская система мониторинга дорожного движения", "城市交通运行监测系统", "The city traffic monitoring system",
		"org-msk-codd", "transport.traffic-management", 2020},
	{"Интеллектуальные светофоры на вылетных магистралях", "主干道智能信号灯", "Intelligent signals on arterial roads",
		"org-bj-bjtrc", "transport.traffic-management", 2021},
	{"Контроль распространения COVID-19 в мегаполисе", "特大城市新冠肺炎疫情防控", "Control of COVID-19 in a megacity",
		"org-msk-health", "public-health.epidemic-control", 2020},
	{"Перепрофилирование стационара под COVID-19 за 30 дней", "30天完成新冠定点医院改造", "Converting a hospital for COVID-19 in 30 days",
		"org-msk-kommunarka", "public-health.epidemic-control", 2020},
	{"Массовое ПЦР-тестирование", "大规模核酸检测", "Mass PCR testing",
		"org-bj-cdc", "public-health.epidemic-control", 2021},
	{"Сетка эпидемиологического контроля по кварталам", "社区网格化防控", "Neighbourhood grid epidemic control",
		"org-bj-cdc", "public-health.epidemic-control", 2020},
	{"Вакцинация в торговых центрах и парках", "商场公园临时接种点", "Vaccination in shopping centres and parks",
		"org-msk-health", "public-health.epidemic-control", 2021},
	{"Лечение COVID-19 с применением традиционной китайской медицины", "中西医结合治疗新冠肺炎", "Treating COVID-19 with traditional Chinese medicine",
		"org-bj-ditan", "public-health.epidemic-control", 2020},
	{"Телемедицинские консультации для пациентов на дому", "居家患者远程问诊", "Telemedicine consultations at home",
		"org-msk-dit", "public-health.digital-health", 2020},
	{"Единая цифровая платформа здравоохранения", "统一数字医疗平台", "A single digital health platform",
		"org-bj-health", "public-health.digital-health", 2022},
	{"Время доезда скорой помощи — 12 минут", "急救车12分钟到达", "Ambulances on scene within 12 minutes",
		"org-bj-emergency", "public-health.emergency-care", 2019},
	{"Реновация жилищного фонда", "老旧住宅更新改造", "Renovation of the housing stock",
		"org-msk-genplan", "urban-planning.housing", 2019},
	{"Благоустройство улиц «Моя улица»", "“我的街道”街道整治", "The My Street programme of street improvement",
		"org-msk-genplan", "urban-planning.public-spaces", 2018},
	{"Обновление хутунов с сохранением облика", "胡同有机更新", "Renewing hutongs while keeping their look",
		"org-bj-bicp", "urban-planning.heritage", 2020},
	{"Раздельный сбор отходов по всему городу", "全市垃圾分类", "City-wide waste sorting",
		"org-bj-waterworks", "urban-planning.utilities", 2020},
	{"Цифровой двойник города", "城市数字孪生平台", "A digital twin of the city",
		"org-msk-dit", "innovation.smart-city", 2022},
	{"Электронные услуги города на одном портале", "一网通办", "All city services on one portal",
		"org-msk-dit", "innovation.smart-city", 2019},
	{"Акселератор городских технологий", "城市科技加速器", "An accelerator of city technologies",
		"org-msk-innocluster", "innovation.clusters-and-hubs", 2021},
	{"Открытые испытательные полигоны для беспилотников", "自动驾驶开放测试区", "Open test zones for self-driving vehicles",
		"org-bj-zgc", "innovation.clusters-and-hubs", 2021},
	{"Московская электронная школа", "莫斯科电子学校", "The Moscow Electronic School",
		"org-msk-mgpu", "education.online-learning", 2020},
	{"Двуязычные классы русского и китайского языков", "中俄双语班", "Bilingual Russian and Chinese classes",
		"org-bj-rdfz", "education.language-teaching", 2019},
	{"Онлайн-экскурсии по музеям во время пандемии", "疫情期间的博物馆云展览", "Online museum tours during the pandemic",
		"org-bj-palace", "culture.museums", 2020},
	{"Продвижение Москвы для туристов из Китая", "面向中国游客的莫斯科推介", "Promoting Moscow to visitors from China",
		"org-msk-tourism", "tourism.destination-marketing", 2019},
}

// practices writes out the named practices and adds practices of
// organisations on their topics, until there are ProgrammePractices.
func (g *Generator) practices(p *pool) []model.ProgrammeRecord {
	r := g.programmeRNG(model.KindPractice)
	var ps []*model.Practice
	for _, n := range namedPractices {
		x := &model.Practice{OrgID: n.org, Year: n.year}
		x.Title = tri(n.ru, n.zh, n.en)
		g.practiceBody(r, p, x, n.sub)
		ps = append(ps, x)
	}
	used := map[string]bool{}
	for len(ps) < ProgrammePractices {
		o := g.pickOrg(r, []string{model.CityMoscow, model.CityBeijing}[r.IntN(2)])
		sub := o.subs[r.IntN(len(o.subs))]
		topics := g.topicsOf(sub)
		t := topics[r.IntN(len(topics))]
		if used[o.id+t.en] {
			continue
		}
		used[o.id+t.en] = true
		x := &model.Practice{OrgID: o.id, Year: 2015 + r.IntN(9)}
		x.Title = tri(t.ru+": опыт "+cityGenitive(o.city), g.cityZH(o.city)+t.zh+"实践", capitalize(t.en)+": the experience of "+g.cityEN(o.city))
		g.practiceBody(r, p, x, sub)
		ps = append(ps, x)
	}
	slices.SortStableFunc(ps, func(a, b *model.Practice) int { return a.Year - b.Year })
	out := make([]model.ProgrammeRecord, len(ps))
	for i, x := range ps {
		x.ExternalID = fmt.Sprintf("bp-%03d", i+1)
		out[i] = x
	}
	return out
}

func (g *Generator) practiceBody(r *rand.Rand, p *pool, x *model.Practice, sub string) {
	o := g.orgByID(x.OrgID)
	x.City = o.city
	x.Spheres = spheresOf(sub)
	switch {
	case x.Year >= 2023 && r.IntN(3) == 0:
		x.Status = "draft"
	case x.Year <= 2016 && r.IntN(2) == 0:
		x.Status = "archived"
	default:
		x.Status = "published"
	}
	var c crew
	for i := 0; i < 1+r.IntN(3); i++ {
		if id := p.one(r, o.id); id != "" {
			c.add(id, model.RoleAuthor)
		} else {
			p.draw(r, &c, p.sphere(sub), 1, model.RoleAuthor, o.city)
		}
	}
	x.Participants = c.list
	label := func(l string) string { return g.tax.Label(sub, l) }
	x.Description = tri(
		fmt.Sprintf("Практика организации «%s» (%d), направление: %s. Описаны задача, решение и условия переноса в другой город.", o.ru, x.Year, lowerFirst(label(model.LangRU))),
		fmt.Sprintf("%s的实践（%d年），领域：%s。介绍了问题、解决方案及在另一城市推广的条件。", o.zh, x.Year, label(model.LangZH)),
		fmt.Sprintf("A practice of %s (%d) in %s: the problem, the solution and what another city needs to adopt it.", o.en, x.Year, lowerFirst(label(model.LangEN))))
	n, m := 10+r.IntN(40), 2+r.IntN(12)
	x.Results = tri(
		fmt.Sprintf("Ключевой показатель улучшен на %d%%; практика применена ещё в %d подразделениях.", n, m),
		fmt.Sprintf("关键指标提升%d%%，已在另外%d个单位推广。", n, m),
		fmt.Sprintf("The key indicator improved by %d%%; the practice has been taken up by %d more units.", n, m))
	if x.Status != "draft" {
		x.Attachments = []model.Document{{Title: strings.TrimSpace(x.Title[model.LangEN]), Lang: model.LangEN,
			URL: "https://" + o.mailHost() + "/practices/" + fmt.Sprint(x.Year) + "/" + slug(x.Title[model.LangEN]) + ".pdf"}}
	}
}

func cityGenitive(city string) string {
	if city == model.CityBeijing {
		return "Пекина"
	}
	return "Москвы"
}

func (g *Generator) cityZH(city string) string {
	if city == model.CityBeijing {
		return "北京"
	}
	return "莫斯科"
}

func (g *Generator) cityEN(city string) string {
	if city == model.CityBeijing {
		return "Beijing"
	}
	return "Moscow"
}

// slug makes a file name of an English title.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
