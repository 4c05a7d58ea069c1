package demo

// programmeTopics are subjects of seminars, conferences, projects and
// practices by sub-sphere, phrased as titles: Russian capitalised for use in
// quotation marks, Chinese ready to take 研讨会 or 项目 after it, English in
// sentence case. Sub-spheres without an entry borrow from the experts'
// vocabulary.
var programmeTopics = map[string][]concept{
	"transport.subway": {
		{"Вентиляция и дымоудаление в метрополитене", "地铁通风与排烟技术", "subway ventilation and smoke extraction"},
		{"Щитовая проходка тоннелей в сложных грунтах", "复杂地层盾构隧道施工", "shield tunnelling in difficult ground"},
		{"Автоматическое управление движением поездов", "列车自动运行控制", "automatic train operation"},
		{"Энергосбережение на линиях метро", "地铁线路节能", "energy saving on subway lines"},
		{"Безопасность пассажиров в метрополитене", "地铁乘客安全", "passenger safety in the subway"},
		{"Диагностика тоннелей и путей", "隧道与轨道检测", "inspection of tunnels and track"},
		{"Пересадочные узлы метро", "地铁换乘枢纽", "subway interchange hubs"},
	},
	"transport.traffic-management": {
		{"Интеллектуальные транспортные системы", "智能交通系统", "intelligent transport systems"},
		{"Адаптивное управление светофорами", "自适应信号控制", "adaptive traffic signal control"},
		{"Платные парковки и управление спросом", "停车收费与需求管理", "paid parking and demand management"},
	},
	"transport.event-transport-planning": {
		{"Транспортное обслуживание Зимних Олимпийских игр 2022 года", "2022年冬奥会交通保障", "transport for the 2022 Winter Olympics"},
		{"Транспорт крупных спортивных мероприятий", "大型体育赛事交通组织", "transport for major sporting events"},
		{"Управление пассажиропотоками массовых мероприятий", "大型活动客流管理", "crowd flows at mass events"},
	},
	"transport.surface-transit": {
		{"Электробусы в городском транспорте", "城市电动公交", "electric buses in city transport"},
		{"Выделенные полосы для общественного транспорта", "公交专用道", "dedicated bus lanes"},
	},
	"innovation.smart-city": {
		{"Умный город: цифровые платформы управления", "智慧城市数字治理平台", "smart city: digital platforms of city management"},
		{"Цифровые двойники городов", "城市数字孪生", "digital twins of cities"},
		{"Городские данные и открытые API", "城市数据与开放接口", "city data and open APIs"},
	},
	"innovation.clusters-and-hubs": {
		{"Инновационные кластеры и технологические хабы", "创新集群与科技园区", "innovation clusters and technology hubs"},
		{"Технопарки и акселераторы", "科技园与孵化器", "technology parks and accelerators"},
	},
	"innovation.artificial-intelligence": {
		{"Искусственный интеллект в городском управлении", "人工智能与城市治理", "artificial intelligence in city government"},
		{"Компьютерное зрение на транспорте", "交通计算机视觉", "computer vision in transport"},
	},
	"public-health.epidemic-control": {
		{"Контроль распространения COVID-19", "新冠肺炎疫情防控", "control of the spread of COVID-19"},
		{"Эпидемиологический надзор за респираторными инфекциями", "呼吸道传染病监测", "surveillance of respiratory infections"},
		{"Вакцинопрофилактика", "疫苗接种与预防", "vaccination"},
		{"Противоэпидемические меры на транспорте", "交通防疫措施", "epidemic control on public transport"},
	},
	"public-health.digital-health": {
		{"Телемедицина", "远程医疗", "telemedicine"},
		{"Электронная медицинская карта", "电子病历", "electronic health records"},
	},
	"public-health.emergency-care": {
		{"Скорая помощь в мегаполисе", "特大城市院前急救", "emergency care in a megacity"},
	},
	"public-health.traditional-medicine": {
		{"Традиционная китайская медицина в реабилитации", "中医康复", "traditional Chinese medicine in rehabilitation"},
	},
	"urban-planning.master-planning": {
		{"Генеральный план мегаполиса", "特大城市总体规划", "the master plan of a megacity"},
		{"Транспортно-ориентированное развитие", "公交导向开发", "transit-oriented development"},
	},
	"urban-planning.public-spaces": {
		{"Благоустройство улиц и набережных", "街道与滨水空间整治", "improvement of streets and waterfronts"},
	},
	"urban-planning.heritage": {
		{"Сохранение исторических кварталов", "历史街区保护", "conservation of historic districts"},
	},
	"urban-planning.housing": {
		{"Программа реновации жилья", "城市更新与旧改", "the housing renovation programme"},
	},
	"science-technology.mathematics": {
		{"Математическое моделирование", "数学建模", "mathematical modelling"},
		{"Теория вероятностей и статистика", "概率论与统计", "probability and statistics"},
	},
	"science-technology.chemistry": {
		{"Зелёная химия и катализ", "绿色化学与催化", "green chemistry and catalysis"},
		{"Химия полимеров", "高分子化学", "polymer chemistry"},
	},
	"science-technology.oceanology": {
		{"Исследования Арктики и северных морей", "北极与北方海域研究", "research of the Arctic and northern seas"},
		{"Морские экосистемы", "海洋生态系统", "marine ecosystems"},
	},
	"science-technology.materials": {
		{"Новые функциональные материалы", "新型功能材料", "new functional materials"},
		{"Аддитивные технологии", "增材制造技术", "additive manufacturing"},
	},
	"science-technology.physics": {
		{"Установки класса мегасайенс", "大科学装置", "mega-science facilities"},
	},
	"education.school-exchange": {
		{"Обмен школьниками Москвы и Пекина", "京莫中小学生交流", "exchange of schoolchildren of Moscow and Beijing"},
	},
	"education.language-teaching": {
		{"Преподавание китайского языка в школе", "中小学汉语教学", "teaching Chinese at school"},
		{"Преподавание русского языка как иностранного", "对外俄语教学", "teaching Russian as a foreign language"},
	},
	"education.online-learning": {
		{"Дистанционное обучение в период пандемии", "疫情期间的在线教学", "distance learning during the pandemic"},
	},
	"tourism.inbound": {
		{"Безвизовые групповые поездки", "团体免签旅游", "visa-free group travel"},
	},
	"trade-economy.foreign-trade": {
		{"Российско-китайская торговля", "中俄贸易", "Russian–Chinese trade"},
	},
	"trade-economy.e-commerce": {
		{"Трансграничная электронная торговля", "跨境电子商务", "cross-border e-commerce"},
	},
	"media.media-cooperation": {
		{"Сотрудничество СМИ России и Китая", "中俄媒体合作", "media cooperation of Russia and China"},
	},
	"culture.museums": {
		{"Обменные выставки музеев", "博物馆交流展", "exchange exhibitions of museums"},
	},
}

// topicsOf lists the topics of a sub-sphere: its own and, to vary them,
// the experts' vocabulary of it with the Russian capitalised.
func (g *Generator) topicsOf(sub string) []concept {
	out := append([]concept(nil), programmeTopics[sub]...)
	for _, c := range g.vocab[sub] {
		c.ru = capitalize(c.ru)
		out = append(out, c)
	}
	return out
}
