package demo

// economyVocab covers trade and economy, and innovation.
var economyVocab = []sphereVocab{
	{"trade-economy.foreign-trade", []concept{
		{"внешнеторговый оборот", "对外贸易额", "foreign trade turnover"},
		{"таможенное регулирование", "海关监管", "customs regulation"},
		{"поддержка экспорта", "出口促进", "export promotion"},
		{"торговые соглашения", "贸易协定", "trade agreements"},
		{"расчёты в национальных валютах", "本币结算", "settlements in national currencies"},
	}},
	{"trade-economy.investment", []concept{
		{"прямые иностранные инвестиции", "外商直接投资", "foreign direct investment"},
		{"инвестиционный климат", "投资环境", "investment climate"},
		{"государственно-частное партнёрство", "政府和社会资本合作", "public-private partnership"},
		{"особые экономические зоны", "经济特区", "special economic zones"},
	}},
	{"trade-economy.finance", []concept{
		{"трансграничные платежи", "跨境支付", "cross-border payments"},
		{"банковское кредитование", "银行信贷", "bank lending"},
		{"финансовые технологии", "金融科技", "financial technology"},
		{"управление рисками", "风险管理", "risk management"},
	}},
	{"trade-economy.logistics", []concept{
		{"контейнерные перевозки", "集装箱运输", "container shipping"},
		{"контейнерные поезда Китай — Европа", "中欧班列", "China–Europe freight trains"},
		{"складская логистика", "仓储物流", "warehouse logistics"},
		{"управление цепочками поставок", "供应链管理", "supply chain management"},
	}},
	{"trade-economy.e-commerce", []concept{
		{"трансграничная электронная торговля", "跨境电商", "cross-border e-commerce"},
		{"маркетплейсы", "电商平台", "online marketplaces"},
		{"мобильные платежи", "移动支付", "mobile payments"},
		{"доставка последней мили", "最后一公里配送", "last-mile delivery"},
	}},
	{"trade-economy.small-business", []concept{
		{"поддержка малого бизнеса", "中小企业扶持", "small business support"},
		{"микрофинансирование", "小额信贷", "microfinance"},
		{"бизнес-инкубаторы", "企业孵化器", "business incubators"},
		{"экспорт малых предприятий", "中小企业出口", "SME exports"},
	}},
	{"innovation.technology-transfer", []concept{
		{"трансфер технологий", "技术转移", "technology transfer"},
		{"коммерциализация результатов исследований", "科技成果转化", "commercialisation of research results"},
		{"лицензирование патентов", "专利许可", "patent licensing"},
		{"интеллектуальная собственность", "知识产权", "intellectual property"},
		{"центры трансфера технологий", "技术转移中心", "technology transfer offices"},
	}},
	{"innovation.clusters-and-hubs", []concept{
		{"инновационный кластер", "创新集群", "innovation cluster"},
		{"технопарки", "科技园区", "technology parks"},
		{"инновационная экосистема", "创新生态系统", "innovation ecosystem"},
		{"резиденты технопарка", "园区入驻企业", "technopark residents"},
		{"университетские научные парки", "大学科技园", "university science parks"},
	}},
	{"innovation.startups", []concept{
		{"венчурный капитал", "风险投资", "venture capital"},
		{"акселерационные программы", "创业加速器", "startup accelerators"},
		{"посевные инвестиции", "种子投资", "seed funding"},
		{"технологическое предпринимательство", "科技创业", "tech entrepreneurship"},
	}},
	{"innovation.digital-economy", []concept{
		{"цифровые платформы", "数字平台", "digital platforms"},
		{"большие данные", "大数据", "big data"},
		{"цифровая трансформация", "数字化转型", "digital transformation"},
		{"облачные вычисления", "云计算", "cloud computing"},
	}},
	{"innovation.artificial-intelligence", []concept{
		{"машинное обучение", "机器学习", "machine learning"},
		{"компьютерное зрение", "计算机视觉", "computer vision"},
		{"обработка естественного языка", "自然语言处理", "natural language processing"},
		{"нейронные сети", "神经网络", "neural networks"},
		{"большие языковые модели", "大语言模型", "large language models"},
	}},
	{"innovation.smart-city", []concept{
		{"умный город", "智慧城市", "smart city"},
		{"интернет вещей", "物联网", "internet of things"},
		{"цифровой двойник города", "城市数字孪生", "urban digital twin"},
		{"городская аналитика", "城市大数据分析", "urban analytics"},
		{"электронные госуслуги", "电子政务", "e-government services"},
	}},
}
