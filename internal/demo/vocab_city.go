package demo

// cityVocab covers urban planning and transport.
var cityVocab = []sphereVocab{
	{"urban-planning.master-planning", []concept{
		{"генеральный план", "城市总体规划", "master plan"},
		{"зонирование территорий", "土地利用分区", "land-use zoning"},
		{"городская агломерация", "城市群", "urban agglomeration"},
		{"полицентричное развитие", "多中心发展", "polycentric development"},
		{"транспортно-ориентированное развитие", "以公共交通为导向的开发", "transit-oriented development"},
	}},
	{"urban-planning.housing", []concept{
		{"реновация жилого фонда", "老旧小区改造", "housing renovation"},
		{"доступное жильё", "保障性住房", "affordable housing"},
		{"индустриальное домостроение", "装配式建筑", "prefabricated construction"},
		{"комплексное развитие территорий", "片区综合开发", "integrated area development"},
	}},
	{"urban-planning.public-spaces", []concept{
		{"благоустройство улиц", "街道整治", "street improvement"},
		{"парки и зелёные зоны", "城市公园绿地", "parks and green spaces"},
		{"пешеходные зоны", "步行街区", "pedestrian zones"},
		{"набережные", "滨水空间", "waterfronts"},
	}},
	{"urban-planning.utilities", []concept{
		{"водоснабжение и водоотведение", "供水与排水", "water supply and sewerage"},
		{"централизованное теплоснабжение", "集中供热", "district heating"},
		{"инженерные сети", "市政管网", "utility networks"},
		{"раздельный сбор отходов", "垃圾分类", "waste sorting"},
	}},
	{"urban-planning.heritage", []concept{
		{"охрана памятников архитектуры", "文物建筑保护", "protection of architectural monuments"},
		{"исторические кварталы", "历史街区", "historic districts"},
		{"реставрация исторических зданий", "古建筑修缮", "restoration of historic buildings"},
		{"сохранение хутунов", "胡同保护", "hutong conservation"},
	}},
	{"urban-planning.construction", []concept{
		{"информационное моделирование зданий", "建筑信息模型", "building information modelling"},
		{"высотное строительство", "高层建筑", "high-rise construction"},
		{"зелёное строительство", "绿色建筑", "green building"},
		{"строительный контроль", "工程质量监督", "construction supervision"},
	}},
	{"transport.subway", []concept{
		{"тоннельная вентиляция", "隧道通风", "tunnel ventilation"},
		{"система управления движением CBTC", "CBTC信号系统", "CBTC signalling"},
		{"станции глубокого заложения", "深埋车站", "deep-level stations"},
		{"щитовая проходка тоннелей", "盾构施工", "shield tunnelling"},
		{"беспилотные поезда метро", "全自动无人驾驶列车", "driverless metro trains"},
		{"пассажиропоток метрополитена", "地铁客流", "subway ridership"},
		{"кольцевые линии метро", "地铁环线", "metro circle lines"},
	}},
	{"transport.traffic-management", []concept{
		{"интеллектуальная транспортная система", "智能交通系统", "intelligent transport systems"},
		{"адаптивное управление светофорами", "信号灯配时优化", "adaptive traffic signal control"},
		{"платные парковки", "停车收费管理", "parking pricing"},
		{"моделирование транспортных потоков", "交通流仿真", "traffic flow simulation"},
		{"борьба с заторами", "交通拥堵治理", "congestion management"},
	}},
	{"transport.event-transport-planning", []concept{
		{"транспортное обеспечение Олимпийских игр", "冬奥会交通保障", "Olympic transport operations"},
		{"транспорт чемпионата мира по футболу 2018 года", "2018年世界杯交通组织", "2018 FIFA World Cup transport"},
		{"управление потоками зрителей", "大型活动人流管理", "crowd management at major events"},
		{"временные схемы организации движения", "临时交通组织方案", "temporary traffic plans"},
		{"выделенные полосы для участников мероприятий", "赛事专用车道", "dedicated event lanes"},
	}},
	{"transport.rail", []concept{
		{"высокоскоростные магистрали", "高速铁路", "high-speed rail"},
		{"пригородные железнодорожные перевозки", "市郊铁路", "commuter rail"},
		{"подвижной состав", "机车车辆", "rolling stock"},
		{"безопасность движения поездов", "行车安全", "train operation safety"},
	}},
	{"transport.aviation", []concept{
		{"аэропортовые хабы", "航空枢纽", "airport hubs"},
		{"наземное обслуживание", "地面服务", "ground handling"},
		{"авиационная безопасность", "航空安全", "aviation security"},
		{"пассажирские терминалы", "航站楼", "passenger terminals"},
	}},
	{"transport.surface-transit", []concept{
		{"электробусы", "电动公交车", "electric buses"},
		{"выделенные полосы для автобусов", "公交专用道", "bus lanes"},
		{"трамвайные сети", "有轨电车", "tram networks"},
		{"оптимизация маршрутной сети", "公交线网优化", "route network optimisation"},
	}},
}
