package demo

// healthVocab covers public health and tourism.
var healthVocab = []sphereVocab{
	{"public-health.epidemic-control", []concept{
		{"коронавирусная инфекция COVID-19", "新冠肺炎", "COVID-19"},
		{"модели прогнозирования эпидемий", "疫情预测模型", "epidemic forecasting models"},
		{"вакцинация", "疫苗接种", "vaccination"},
		{"эпидемиологический надзор", "流行病学监测", "epidemiological surveillance"},
		{"ПЦР-тестирование", "核酸检测", "PCR testing"},
		{"карантинные меры", "隔离措施", "quarantine measures"},
	}},
	{"public-health.diagnostics-treatment", []concept{
		{"лучевая диагностика", "影像诊断", "diagnostic imaging"},
		{"онкология", "肿瘤学", "oncology"},
		{"кардиология", "心血管内科", "cardiology"},
		{"малоинвазивная хирургия", "微创手术", "minimally invasive surgery"},
		{"медицинская реабилитация", "康复医学", "rehabilitation medicine"},
	}},
	{"public-health.traditional-medicine", []concept{
		{"иглорефлексотерапия", "针灸", "acupuncture"},
		{"китайская фитотерапия", "中药", "Chinese herbal medicine"},
		{"интегративная медицина", "中西医结合", "integrative medicine"},
		{"стандартизация лекарственного сырья", "中药材标准化", "standardisation of herbal materials"},
	}},
	{"public-health.digital-health", []concept{
		{"телемедицина", "远程医疗", "telemedicine"},
		{"электронная медицинская карта", "电子病历", "electronic health records"},
		{"искусственный интеллект в медицине", "医疗人工智能", "AI in medicine"},
		{"мобильные сервисы здоровья", "移动医疗", "mobile health"},
	}},
	{"public-health.emergency-care", []concept{
		{"скорая медицинская помощь", "院前急救", "emergency medical services"},
		{"санитарная авиация", "航空医疗救援", "air ambulance"},
		{"медицина катастроф", "灾难医学", "disaster medicine"},
		{"травматология", "创伤外科", "trauma surgery"},
	}},
	{"public-health.health-management", []concept{
		{"организация здравоохранения", "卫生管理", "healthcare management"},
		{"первичная медико-санитарная помощь", "基层医疗", "primary care"},
		{"медицинское страхование", "医疗保险", "health insurance"},
		{"качество медицинской помощи", "医疗质量", "quality of care"},
	}},
	{"tourism.inbound", []concept{
		{"въездной туризм", "入境旅游", "inbound tourism"},
		{"безвизовые групповые поездки", "团体免签", "visa-free group travel"},
		{"сервисы для китайских туристов", "面向中国游客的服务", "services for Chinese tourists"},
		{"туристские потоки", "游客流量", "tourist flows"},
	}},
	{"tourism.cultural-tourism", []concept{
		{"культурно-познавательные маршруты", "文化旅游线路", "cultural itineraries"},
		{"объекты Всемирного наследия", "世界遗产地", "World Heritage sites"},
		{"музейный туризм", "博物馆旅游", "museum tourism"},
		{"красный туризм", "红色旅游", "red tourism"},
	}},
	{"tourism.business-events", []concept{
		{"выставочная деятельность", "会展业", "exhibition industry"},
		{"деловые конгрессы", "商务会议", "business congresses"},
		{"MICE-туризм", "会奖旅游", "MICE tourism"},
		{"международные ярмарки", "国际博览会", "international trade fairs"},
	}},
	{"tourism.hospitality", []concept{
		{"гостиничный сервис", "酒店服务", "hotel service"},
		{"стандарты гостеприимства", "服务标准", "hospitality standards"},
		{"управление доходами гостиницы", "收益管理", "revenue management"},
		{"гастрономический туризм", "美食旅游", "food tourism"},
	}},
	{"tourism.destination-marketing", []concept{
		{"бренд города", "城市品牌", "city branding"},
		{"продвижение в социальных сетях", "社交媒体营销", "social media marketing"},
		{"туристские информационные центры", "旅游咨询中心", "tourist information centres"},
		{"ознакомительные туры", "踩线团", "familiarisation trips"},
	}},
}
