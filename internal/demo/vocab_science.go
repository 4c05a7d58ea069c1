package demo

// scienceVocab covers science and technology, and education.
var scienceVocab = []sphereVocab{
	{"science-technology.mathematics", []concept{
		{"дифференциальные уравнения", "微分方程", "differential equations"},
		{"теория вероятностей", "概率论", "probability theory"},
		{"математическое моделирование", "数学建模", "mathematical modelling"},
		{"теория чисел", "数论", "number theory"},
		{"методы оптимизации", "最优化方法", "optimization methods"},
	}},
	{"science-technology.chemistry", []concept{
		{"органический синтез", "有机合成", "organic synthesis"},
		{"катализ", "催化", "catalysis"},
		{"аналитическая химия", "分析化学", "analytical chemistry"},
		{"зелёная химия", "绿色化学", "green chemistry"},
		{"полимеры", "高分子材料", "polymers"},
	}},
	{"science-technology.oceanology", []concept{
		{"океанические течения", "洋流", "ocean currents"},
		{"морская экология", "海洋生态", "marine ecology"},
		{"арктические исследования", "北极研究", "Arctic research"},
		{"изменение климата", "气候变化", "climate change"},
		{"континентальный шельф", "大陆架", "continental shelf"},
	}},
	{"science-technology.materials", []concept{
		{"композитные материалы", "复合材料", "composite materials"},
		{"наноматериалы", "纳米材料", "nanomaterials"},
		{"аддитивные технологии", "增材制造", "additive manufacturing"},
		{"сверхпроводники", "超导材料", "superconductors"},
		{"графен", "石墨烯", "graphene"},
	}},
	{"science-technology.physics", []concept{
		{"коллайдер NICA", "NICA对撞机", "NICA collider"},
		{"физика высоких энергий", "高能物理", "high-energy physics"},
		{"синхротронное излучение", "同步辐射", "synchrotron radiation"},
		{"квантовые вычисления", "量子计算", "quantum computing"},
		{"установки класса мегасайенс", "大科学装置", "mega-science facilities"},
		{"лазерная физика", "激光物理", "laser physics"},
	}},
	{"science-technology.biology", []concept{
		{"геномика", "基因组学", "genomics"},
		{"молекулярная биология", "分子生物学", "molecular biology"},
		{"биоинформатика", "生物信息学", "bioinformatics"},
		{"синтетическая биология", "合成生物学", "synthetic biology"},
	}},
	{"science-technology.computer-science", []concept{
		{"распределённые системы", "分布式系统", "distributed systems"},
		{"информационная безопасность", "信息安全", "information security"},
		{"высокопроизводительные вычисления", "高性能计算", "high-performance computing"},
		{"базы данных", "数据库", "databases"},
		{"компиляторы", "编译器", "compilers"},
	}},
	{"science-technology.energy", []concept{
		{"возобновляемая энергетика", "可再生能源", "renewable energy"},
		{"водородная энергетика", "氢能", "hydrogen energy"},
		{"накопители энергии", "储能", "energy storage"},
		{"энергоэффективность", "能效", "energy efficiency"},
		{"атомная энергетика", "核能", "nuclear power"},
	}},
	{"education.school-exchange", []concept{
		{"обмен школьниками", "中小学生交流", "school exchange programmes"},
		{"летние языковые лагеря", "语言夏令营", "summer language camps"},
		{"школы-побратимы", "友好学校", "partner schools"},
		{"олимпиады школьников", "中学生学科竞赛", "school olympiads"},
	}},
	{"education.academic-exchange", []concept{
		{"совместные образовательные программы", "联合培养项目", "joint degree programmes"},
		{"академическая мобильность", "学术流动", "academic mobility"},
		{"программы двойного диплома", "双学位项目", "double degree programmes"},
		{"стажировки преподавателей", "教师访学", "visiting faculty programmes"},
		{"совместные университеты", "合作办学", "joint universities"},
	}},
	{"education.higher-education", []concept{
		{"рейтинги университетов", "大学排名", "university rankings"},
		{"подготовка аспирантов", "研究生培养", "doctoral training"},
		{"качество образования", "教育质量", "quality of education"},
		{"интернационализация вузов", "高校国际化", "internationalisation of universities"},
	}},
	{"education.vocational", []concept{
		{"профессиональное обучение", "职业培训", "vocational training"},
		{"дуальное обучение", "双元制教育", "dual vocational education"},
		{"рабочие специальности", "技能人才培养", "skilled trades"},
		{"чемпионаты профессионального мастерства", "职业技能大赛", "skills competitions"},
	}},
	{"education.language-teaching", []concept{
		{"преподавание китайского языка", "汉语教学", "teaching Chinese"},
		{"русский язык как иностранный", "对外俄语教学", "Russian as a foreign language"},
		{"экзамен HSK", "汉语水平考试", "HSK examination"},
		{"межкультурная коммуникация", "跨文化交际", "intercultural communication"},
		{"Институт Конфуция", "孔子学院", "Confucius Institute"},
	}},
	{"education.online-learning", []concept{
		{"онлайн-курсы", "在线课程", "online courses"},
		{"массовые открытые онлайн-курсы", "慕课", "MOOCs"},
		{"цифровые образовательные платформы", "数字教育平台", "digital learning platforms"},
		{"смешанное обучение", "混合式教学", "blended learning"},
	}},
}
