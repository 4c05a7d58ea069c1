package model

// builtin is the sphere taxonomy of the city cooperation programme: ten
// top-level spheres, each with its sub-spheres. Labels are ru, zh, en.
var builtin = []struct {
	slug, ru, zh, en string
	subs             [][4]string // slug suffix, ru, zh, en
}{
	{"trade-economy", "Торгово-экономическое сотрудничество", "经贸合作", "Trade and economic cooperation", [][4]string{
		{"foreign-trade", "Внешняя торговля", "对外贸易", "Foreign trade"},
		{"investment", "Инвестиции", "投资", "Investment"},
		{"finance", "Финансы и банковское дело", "金融与银行", "Finance and banking"},
		{"logistics", "Логистика и цепочки поставок", "物流与供应链", "Logistics and supply chains"},
		{"e-commerce", "Электронная торговля", "电子商务", "E-commerce"},
		{"small-business", "Малый и средний бизнес", "中小企业", "Small and medium business"},
	}},
	{"innovation", "Инновации", "创新", "Innovation", [][4]string{
		{"technology-transfer", "Трансфер технологий", "技术转移", "Technology transfer"},
		{"clusters-and-hubs", "Инновационные кластеры и технологические хабы", "创新集群与科技园区", "Innovation clusters and technology hubs"},
		{"startups", "Стартапы и венчурные инвестиции", "初创企业与风险投资", "Startups and venture capital"},
		{"digital-economy", "Цифровая экономика", "数字经济", "Digital economy"},
		{"artificial-intelligence", "Искусственный интеллект", "人工智能", "Artificial intelligence"},
		{"smart-city", "Умный город", "智慧城市", "Smart city"},
	}},
	{"science-technology", "Наука и технологии", "科学技术", "Science and technology", [][4]string{
		{"mathematics", "Математика", "数学", "Mathematics"},
		{"chemistry", "Химия", "化学", "Chemistry"},
		{"oceanology", "Океанология", "海洋学", "Oceanology"},
		{"materials", "Материаловедение", "材料科学", "Materials science"},
		{"physics", "Физика и установки класса мегасайенс", "物理学与大科学装置", "Physics and mega-science facilities"},
		{"biology", "Биология и науки о жизни", "生物学与生命科学", "Biology and life sciences"},
		{"computer-science", "Информатика", "计算机科学", "Computer science"},
		{"energy", "Энергетика", "能源", "Energy"},
	}},
	{"education", "Образование", "教育", "Education", [][4]string{
		{"school-exchange", "Обмен школьниками", "中小学生交流", "Exchange of schoolchildren"},
		{"academic-exchange", "Обмен преподавателями и студентами, совместное обучение", "师生交流与联合培养", "Exchange of instructors and students, joint study"},
		{"higher-education", "Высшее образование", "高等教育", "Higher education"},
		{"vocational", "Профессиональное образование", "职业教育", "Vocational education"},
		{"language-teaching", "Преподавание языков", "语言教学", "Language teaching"},
		{"online-learning", "Онлайн-обучение", "在线教育", "Online learning"},
	}},
	{"urban-planning", "Градостроительство", "城市规划", "Urban planning", [][4]string{
		{"master-planning", "Генеральное планирование", "总体规划", "Master planning"},
		{"housing", "Жилищное строительство и реновация", "住房与城市更新", "Housing and renovation"},
		{"public-spaces", "Общественные пространства и благоустройство", "公共空间与景观", "Public spaces and landscape"},
		{"utilities", "Городское хозяйство и инженерные сети", "市政基础设施", "Urban utilities"},
		{"heritage", "Сохранение исторического наследия", "历史文化遗产保护", "Heritage conservation"},
		{"construction", "Строительные технологии", "建筑技术", "Construction technology"},
	}},
	{"transport", "Транспорт", "交通运输", "Transport", [][4]string{
		{"subway", "Метрополитен: строительство, эксплуатация и технологии", "地铁建设、运营与技术", "Subway construction, operation and technology"},
		{"traffic-management", "Управление городским транспортом", "城市交通管理", "City transport management"},
		{"event-transport-planning", "Транспортное планирование крупных мероприятий", "大型活动交通规划", "Transport planning for major events"},
		{"rail", "Железнодорожный транспорт", "铁路运输", "Railways"},
		{"aviation", "Авиация и аэропорты", "航空与机场", "Aviation and airports"},
		{"surface-transit", "Наземный общественный транспорт", "地面公共交通", "Surface public transit"},
	}},
	{"public-health", "Здравоохранение", "公共卫生", "Public health", [][4]string{
		{"epidemic-control", "Контроль и профилактика инфекций", "传染病防控", "Control and prevention of infections"},
		{"diagnostics-treatment", "Диагностика и лечение", "诊断与治疗", "Diagnostics and treatment"},
		{"traditional-medicine", "Традиционная китайская медицина", "中医药", "Traditional Chinese medicine"},
		{"digital-health", "Цифровое здравоохранение", "数字医疗", "Digital health"},
		{"emergency-care", "Скорая и неотложная помощь", "急救医学", "Emergency care"},
		{"health-management", "Организация здравоохранения", "卫生管理", "Healthcare management"},
	}},
	{"tourism", "Туризм", "旅游", "Tourism", [][4]string{
		{"inbound", "Въездной туризм", "入境旅游", "Inbound tourism"},
		{"cultural-tourism", "Культурно-познавательный туризм", "文化旅游", "Cultural and heritage tourism"},
		{"business-events", "Деловой и событийный туризм", "会展旅游", "Business events and exhibitions"},
		{"hospitality", "Гостиничный бизнес", "酒店业", "Hospitality"},
		{"destination-marketing", "Продвижение туристических направлений", "旅游目的地营销", "Destination marketing"},
	}},
	{"culture", "Культура", "文化", "Culture", [][4]string{
		{"museums", "Музеи", "博物馆", "Museums"},
		{"performing-arts", "Исполнительские искусства", "表演艺术", "Performing arts"},
		{"film", "Кино", "电影", "Film"},
		{"literature", "Литература и художественный перевод", "文学与翻译", "Literature and translation"},
		{"fine-arts", "Изобразительное искусство", "美术", "Fine arts"},
		{"libraries-archives", "Библиотеки и архивы", "图书馆与档案馆", "Libraries and archives"},
	}},
	{"media", "Средства массовой информации", "媒体", "Media", [][4]string{
		{"journalism", "Журналистика", "新闻", "Journalism"},
		{"television-radio", "Телевидение и радио", "广播电视", "Television and radio"},
		{"digital-media", "Цифровые медиа", "数字媒体", "Digital media"},
		{"publishing", "Издательское дело", "出版", "Publishing"},
		{"media-cooperation", "Международное медиасотрудничество", "国际媒体合作", "International media cooperation"},
	}},
}

// BuiltinSpheres returns a fresh copy of the built-in taxonomy.
func BuiltinSpheres() []Sphere {
	var out []Sphere
	for _, top := range builtin {
		out = append(out, Sphere{Slug: top.slug, Labels: Text{LangRU: top.ru, LangZH: top.zh, LangEN: top.en}})
		for _, s := range top.subs {
			out = append(out, Sphere{Slug: top.slug + "." + s[0], Parent: top.slug,
				Labels: Text{LangRU: s[1], LangZH: s[2], LangEN: s[3]}})
		}
	}
	return out
}
