package demo

import "talentbridge/internal/model"

// series is an event held every year under one name: a forum, an
// exhibition, a festival. Its title takes the year.
type series struct {
	ru, zh, en string
	city       string
	kind       string
	subs       []string
	org        string // the organiser's external id
	month      int    // usual month
	days       int
	venue      int  // index into the city's venues
	since      int  // first year held; 0 means always
	until      int  // last year held; 0 means still held
	big        bool // draws many speakers and participants
}

var eventSeries = []series{
	{ru: "Московский урбанистический форум", zh: "莫斯科城市论坛", en: "Moscow Urban Forum",
		city: model.CityMoscow, kind: "forum", subs: subs("urban-planning.master-planning", "innovation.smart-city"),
		org: "org-msk-genplan", month: 7, days: 4, venue: 0, big: true},
	{ru: "Московский транспортный форум", zh: "莫斯科交通论坛", en: "Moscow Transport Forum",
		city: model.CityMoscow, kind: "forum", subs: subs("transport.traffic-management", "transport.subway"),
		org: "org-msk-transport", month: 10, days: 3, venue: 1, big: true},
	{ru: "Международный салон «Метро и городской рельсовый транспорт»", zh: "莫斯科国际地铁与城市轨道交通展览会", en: "Moscow International Metro and Urban Rail Exhibition",
		city: model.CityMoscow, kind: "exhibition", subs: subs("transport.subway", "transport.rail"),
		org: "org-msk-metro", month: 4, days: 4, venue: 2},
	{ru: "Московский международный форум «Открытые инновации»", zh: "莫斯科“开放式创新”国际论坛", en: "Moscow International Open Innovations Forum",
		city: model.CityMoscow, kind: "forum", subs: subs("innovation.clusters-and-hubs", "innovation.startups"),
		org: "org-msk-skolkovo", month: 10, days: 3, venue: 3, big: true},
	{ru: "Московский форум здравоохранения", zh: "莫斯科卫生健康论坛", en: "Moscow Healthcare Forum",
		city: model.CityMoscow, kind: "forum", subs: subs("public-health.health-management", "public-health.digital-health"),
		org: "org-msk-health", month: 12, days: 3, venue: 1},
	{ru: "Международная конференция «Математика и её приложения»", zh: "“数学及其应用”国际会议", en: "International Conference on Mathematics and Its Applications",
		city: model.CityMoscow, kind: "conference", subs: subs("science-technology.mathematics"),
		org: "org-msk-steklov", month: 6, days: 5, venue: 4},
	{ru: "Московская международная книжная ярмарка", zh: "莫斯科国际书展", en: "Moscow International Book Fair",
		city: model.CityMoscow, kind: "exhibition", subs: subs("culture.literature", "media.publishing"),
		org: "org-msk-rsl", month: 9, days: 5, venue: 5},
	{ru: "Московский международный кинофестиваль", zh: "莫斯科国际电影节", en: "Moscow International Film Festival",
		city: model.CityMoscow, kind: "festival", subs: subs("culture.film"),
		org: "org-msk-mosfilm", month: 8, days: 8, venue: 6},
	{ru: "Дни китайской культуры в Москве", zh: "莫斯科中国文化日", en: "Days of Chinese Culture in Moscow",
		city: model.CityMoscow, kind: "festival", subs: subs("culture.performing-arts", "culture.museums"),
		org: "org-msk-zaryadye", month: 9, days: 3, venue: 0},
	{ru: "Олимпиада школьников Москвы по китайскому языку", zh: "莫斯科中学生汉语奥林匹克竞赛", en: "Moscow Chinese Language Olympiad for Schoolchildren",
		city: model.CityMoscow, kind: "competition", subs: subs("education.language-teaching", "education.school-exchange"),
		org: "org-msk-lyceum1535", month: 3, days: 1, venue: 7},
	{ru: "Московский международный медиафорум", zh: "莫斯科国际媒体论坛", en: "Moscow International Media Forum",
		city: model.CityMoscow, kind: "forum", subs: subs("media.media-cooperation", "media.journalism"),
		org: "org-msk-tass", month: 11, days: 2, venue: 1},
	{ru: "Российско-китайский торгово-экономический форум", zh: "中俄经贸合作论坛", en: "Russian–Chinese Trade and Economic Forum",
		city: model.CityMoscow, kind: "forum", subs: subs("trade-economy.foreign-trade", "trade-economy.investment"),
		org: "org-msk-export", month: 5, days: 2, venue: 2, big: true},
	{ru: "Международный туристический форум «Путешествуй!»", zh: "“去旅行！”国际旅游论坛", en: "Travel! International Tourism Forum",
		city: model.CityMoscow, kind: "forum", subs: subs("tourism.inbound", "tourism.destination-marketing"),
		org: "org-msk-tourism", month: 6, days: 3, venue: 5},
	{ru: "Российско-китайский форум молодых учёных", zh: "中俄青年科学家论坛", en: "Russian–Chinese Forum of Young Scientists",
		city: model.CityMoscow, kind: "forum", subs: subs("education.academic-exchange", "science-technology.computer-science"),
		org: "org-msk-rudn", month: 11, days: 2, venue: 4},

	{ru: "Пекинская международная выставка городского рельсового транспорта", zh: "北京国际城市轨道交通展览会", en: "Beijing International Urban Rail Transit Exhibition",
		city: model.CityBeijing, kind: "exhibition", subs: subs("transport.subway", "transport.rail"),
		org: "org-bj-subway", month: 6, days: 3, venue: 0, big: true},
	{ru: "Форум «Чжунгуаньцунь»", zh: "中关村论坛", en: "Zhongguancun Forum",
		city: model.CityBeijing, kind: "forum", subs: subs("innovation.clusters-and-hubs", "innovation.technology-transfer"),
		org: "org-bj-zgc", month: 5, days: 4, venue: 1, big: true},
	{ru: "Пекинский международный форум городского планирования", zh: "北京国际城市规划论坛", en: "Beijing International Urban Planning Forum",
		city: model.CityBeijing, kind: "forum", subs: subs("urban-planning.master-planning", "urban-planning.heritage"),
		org: "org-bj-bicp", month: 11, days: 2, venue: 1},
	{ru: "Китайская международная ярмарка торговли услугами", zh: "中国国际服务贸易交易会", en: "China International Fair for Trade in Services",
		city: model.CityBeijing, kind: "exhibition", subs: subs("trade-economy.foreign-trade", "tourism.business-events"),
		org: "org-bj-commerce", month: 9, days: 5, venue: 1, big: true},
	{ru: "Пекинский международный кинофестиваль", zh: "北京国际电影节", en: "Beijing International Film Festival",
		city: model.CityBeijing, kind: "festival", subs: subs("culture.film"),
		org: "org-bj-bfa", month: 8, days: 7, venue: 2},
	{ru: "Пекинская международная книжная ярмарка", zh: "北京国际图书博览会", en: "Beijing International Book Fair",
		city: model.CityBeijing, kind: "exhibition", subs: subs("media.publishing", "culture.literature"),
		org: "org-bj-nlc", month: 6, days: 5, venue: 0},
	{ru: "Пекинский форум «Умный город»", zh: "北京智慧城市论坛", en: "Beijing Smart City Forum",
		city: model.CityBeijing, kind: "forum", subs: subs("innovation.smart-city", "transport.traffic-management"),
		org: "org-bj-bjtrc", month: 9, days: 2, venue: 3},
	{ru: "Пекинский форум развития транспорта", zh: "北京交通发展论坛", en: "Beijing Transport Development Forum",
		city: model.CityBeijing, kind: "forum", subs: subs("transport.traffic-management", "transport.surface-transit"),
		org: "org-bj-transport", month: 4, days: 2, venue: 3},
	{ru: "Российско-китайский медицинский форум", zh: "中俄医学论坛", en: "Russian–Chinese Medical Forum",
		city: model.CityBeijing, kind: "forum", subs: subs("public-health.diagnostics-treatment", "public-health.epidemic-control"),
		org: "org-bj-pumch", month: 10, days: 2, venue: 4},
	{ru: "Пекинская международная туристическая выставка", zh: "北京国际旅游博览会", en: "Beijing International Tourism Expo",
		city: model.CityBeijing, kind: "exhibition", subs: subs("tourism.inbound", "tourism.cultural-tourism"),
		org: "org-bj-tourism", month: 6, days: 3, venue: 0},
	{ru: "Российско-китайская математическая конференция", zh: "中俄数学会议", en: "Russian–Chinese Conference on Mathematics",
		city: model.CityBeijing, kind: "conference", subs: subs("science-technology.mathematics"),
		org: "org-bj-cas-amss", month: 8, days: 4, venue: 5},
	{ru: "Российско-китайский медиафорум", zh: "中俄媒体论坛", en: "Russian–Chinese Media Forum",
		city: model.CityBeijing, kind: "forum", subs: subs("media.media-cooperation"),
		org: "org-bj-xinhua", month: 7, days: 1, venue: 4},
	{ru: "Конкурс школьников Пекина по русскому языку", zh: "北京中学生俄语大赛", en: "Beijing Schoolchildren's Russian Language Contest",
		city: model.CityBeijing, kind: "competition", subs: subs("education.language-teaching", "education.school-exchange"),
		org: "org-bj-rdfz", month: 5, days: 1, venue: 6},
	{ru: "Пекинский музыкальный фестиваль", zh: "北京国际音乐节", en: "Beijing Music Festival",
		city: model.CityBeijing, kind: "festival", subs: subs("culture.performing-arts"),
		org: "org-bj-ncpa", month: 10, days: 10, venue: 7},
	{ru: "Форум по транспортному обеспечению Олимпийских игр 2022 года в Пекине", zh: "北京2022年冬奥会交通保障论坛", en: "Forum on Transport for the Beijing 2022 Winter Olympics",
		city: model.CityBeijing, kind: "forum", subs: subs("transport.event-transport-planning", "transport.subway"),
		org: "org-bj-bocog", month: 3, days: 2, venue: 1, until: 2022},
}

// venue is a place where events are held.
type venue struct{ ru, zh, en string }

// venues lists the event venues of each city. Series refer to them by index.
var venues = map[string][]venue{
	model.CityMoscow: {
		{"Парк «Зарядье», Медиацентр", "扎里亚季耶公园媒体中心", "Zaryadye Park, Media Centre"},
		{"Центр международной торговли", "莫斯科世界贸易中心", "World Trade Center Moscow"},
		{"ЦВК «Экспоцентр»", "莫斯科中央展览馆", "Expocentre Fairgrounds"},
		{"Технопарк «Сколково»", "斯科尔科沃科技园", "Skolkovo Technopark"},
		{"МГУ имени М. В. Ломоносова, Шуваловский корпус", "莫斯科大学舒瓦洛夫楼", "Moscow State University, Shuvalov Building"},
		{"ВДНХ, павильон № 75", "全俄展览中心第75号馆", "VDNKh, Pavilion 75"},
		{"Кинотеатр «Октябрь»", "十月电影院", "Oktyabr Cinema"},
		{"Школа № 1535, актовый зал", "莫斯科第1535中学礼堂", "School No. 1535, assembly hall"},
		{"Московский дом национальностей", "莫斯科民族之家", "Moscow House of Nationalities"},
	},
	model.CityBeijing: {
		{"Китайский международный выставочный центр", "中国国际展览中心", "China International Exhibition Center"},
		{"Национальный конференц-центр Китая", "国家会议中心", "China National Convention Center"},
		{"Пекинский выставочный центр", "北京展览馆", "Beijing Exhibition Center"},
		{"Пекинский международный отель", "北京国际饭店会议中心", "Beijing International Hotel, Conference Centre"},
		{"Дом приёмов «Дяоюйтай»", "钓鱼台国宾馆", "Diaoyutai State Guesthouse"},
		{"Пекинский университет, Центр конференций", "北京大学英杰交流中心", "Peking University, Yingjie Exchange Center"},
		{"Средняя школа при Народном университете", "中国人民大学附属中学", "The High School Affiliated to Renmin University"},
		{"Национальный центр исполнительских искусств", "国家大剧院", "National Centre for the Performing Arts"},
		{"Научный парк Университета Цинхуа", "清华科技园", "Tsinghua University Science Park"},
	},
}

func (v venue) text() model.Text { return tri(v.ru, v.zh, v.en) }
