package searchtest

import (
	"talentbridge/internal/model"
	"talentbridge/internal/search"
)

// Fixture ids.
const (
	idMetro       = 1  // Moscow metro engineer (ru)
	idICT         = 2  // chief expert at the CAS computing institute (zh)
	idAirport     = 3  // Beijing Capital airport (zh)
	idMedic       = 4  // clinical medicine, text in Simplified Chinese
	idSubwayQuiet = 5  // subway sphere, own text never says subway
	idSecret      = 6  // coordinators-only profile
	idRegistered  = 7  // registered-only profile
	idTunnel      = 8  // tunnelling and subway ventilation (en)
	idSensor      = 9  // "sensor"
	idCensor      = 10 // "censor": one letter from "sensor"
)

// experts are the suite's profiles. Every text is written to test one
// behaviour; see the comments in suite.go.
func experts() []model.Expert {
	return []model.Expert{
		{
			ID: idMetro, Name: model.Text{"ru": "Иванов Пётр Сергеевич", "en": "Petr Ivanov"},
			City: "moscow", OrgID: "mosmetro",
			Organization: model.Text{"ru": "Московский метрополитен"},
			Position:     model.Text{"ru": "Главный инженер"},
			Spheres:      []string{"transport.subway"},
			Keywords:     model.Terms{"ru": {"тоннели", "вентиляция"}, "en": {"ventilation"}},
			Bio:          model.Text{"ru": "Руководил строительством станций метрополитена & тоннелей <2010>."},
			Languages:    []string{"ru", "en"},
			Email:        "ivanov.secret@example.org", Phone: "+7 495 555-01-23",
			Availability: &model.Availability{Formats: []string{"lecture", "consulting"}},
			Visibility:   "public",
		},
		{
			ID: idICT, Name: model.Text{"zh": "王伟", "en": "Wang Wei"},
			City: "beijing", OrgID: "ict-cas",
			Organization: model.Text{"zh": "中国科学院计算技术研究所"},
			Position:     model.Text{"zh": "首席专家"},
			Spheres:      []string{"science-technology.computer-science", "innovation.artificial-intelligence"},
			Keywords:     model.Terms{"zh": {"人工智能", "机器学习"}},
			Bio:          model.Text{"zh": "长期从事高性能计算与人工智能芯片研究。"},
			Languages:    []string{"zh", "en"},
			Availability: &model.Availability{Formats: []string{"joint-research"}},
			Visibility:   "public",
		},
		{
			ID: idAirport, Name: model.Text{"zh": "李娜", "en": "Li Na"},
			City: "beijing", OrgID: "bcia",
			Organization: model.Text{"zh": "北京首都国际机场股份有限公司"},
			Position:     model.Text{"zh": "运营总监"},
			Spheres:      []string{"transport.aviation"},
			Bio:          model.Text{"zh": "负责航站楼运行管理与旅客服务。"},
			Languages:    []string{"zh"},
			Visibility:   "public",
		},
		{
			ID: idMedic, Name: model.Text{"en": "Emily Clarke", "zh": "克拉克"},
			City: "beijing", OrgID: "pumch",
			Organization: model.Text{"en": "Peking Union Medical College Hospital", "zh": "北京协和医院"},
			Spheres:      []string{"public-health.diagnostics-treatment"},
			Bio:          model.Text{"zh": "从事临床医学研究二十年。"},
			Languages:    []string{"en", "zh"},
			Availability: &model.Availability{Formats: []string{"lecture", "online"}},
			Visibility:   "public",
		},
		{
			ID: idSubwayQuiet, Name: model.Text{"zh": "张强", "en": "Zhang Qiang"},
			City: "beijing", OrgID: "bii",
			Organization: model.Text{"zh": "北京市基础设施投资有限公司"},
			Spheres:      []string{"transport.subway"},
			Bio:          model.Text{"zh": "负责轨道交通项目融资与建设管理。"},
			Languages:    []string{"zh"},
			Visibility:   "public",
		},
		{
			ID: idSecret, Name: model.Text{"ru": "Секретов Тайный"},
			City: "moscow", OrgID: "mosmetro",
			Organization: model.Text{"ru": "Московский метрополитен"},
			Spheres:      []string{"transport.subway"},
			Bio:          model.Text{"ru": "Эксперт по безопасности метрополитена."},
			Languages:    []string{"ru"},
			Availability: &model.Availability{Formats: []string{"consulting"}},
			Visibility:   "coordinators",
		},
		{
			ID: idRegistered, Name: model.Text{"en": "John Smith"},
			City:       "other",
			Spheres:    []string{"urban-planning.construction"},
			Bio:        model.Text{"en": "Tunnel boring machines and ground freezing."},
			Languages:  []string{"en"},
			Visibility: "registered",
		},
		{
			ID: idTunnel, Name: model.Text{"en": "Anna Kowalski"},
			City:         "moscow",
			Spheres:      []string{"urban-planning.construction"},
			Bio:          model.Text{"en": "Expert in tunnelling and subway ventilation systems."},
			Outputs:      []model.Output{{Kind: "publication", Title: "Smoke control in deep stations", Abstract: "Fans, shafts and ventilation of deep subway stations."}},
			Languages:    []string{"en", "ru"},
			Availability: &model.Availability{Formats: []string{"online"}},
			Visibility:   "public",
		},
		{
			ID: idSensor, Name: model.Text{"en": "Li Ming", "zh": "李明"},
			City:    "beijing",
			Spheres: []string{"innovation.smart-city"},
			Bio:     model.Text{"en": "Sensor networks for smart city monitoring."},
			Outputs: []model.Output{{Kind: "publication", Title: "Urban air quality",
				Abstract: "We deploy low-cost sensors on streets, in parks and near the exhaust of underground car park ventilation."}},
			Languages:  []string{"en", "zh"},
			Visibility: "public",
		},
		{
			ID: idCensor, Name: model.Text{"en": "Oleg Petrov", "ru": "Олег Петров"},
			City:       "moscow",
			Spheres:    []string{"culture.film"},
			Bio:        model.Text{"en": "Chairman of the national film censor board."},
			Languages:  []string{"ru", "en"},
			Visibility: "public",
		},
	}
}

// docs builds the index documents of the fixtures; aliases stand in for
// what internal/translit produces.
func docs() []search.Doc {
	tax := model.NewTaxonomy()
	aliases := map[int64][]string{
		idMetro: {"Ivanov Petr", "伊万诺夫"},
		idICT:   {"Ван Вэй"},
	}
	var out []search.Doc
	for _, e := range experts() {
		out = append(out, search.NewDoc(&e, tax, aliases[e.ID]))
	}
	return out
}

// visibleTo returns the fixture ids an audience may see.
func visibleTo(a search.Audience) map[int64]bool {
	ok := map[int64]bool{}
	for _, e := range experts() {
		for _, v := range a.Visibilities() {
			if e.Visibility == v {
				ok[e.ID] = true
			}
		}
	}
	return ok
}
