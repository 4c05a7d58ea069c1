package tabular

import (
	"reflect"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

// rowOf reads a header and one data row written as UTF-8 tab-separated text.
func rowOf(t *testing.T, header, row []string) Row {
	t.Helper()
	data := strings.Join(header, "\t") + "\n" + strings.Join(row, "\t") + "\n"
	_, rows := readAll(t, []byte(data), "t.tsv", Options{Separator: '\t'})
	if len(rows) != 1 {
		t.Fatalf("%d rows", len(rows))
	}
	return rows[0]
}

func TestMultiValueSeparators(t *testing.T) {
	tests := []struct {
		cell string
		want model.Terms
	}{
		{"metro; tunnels", model.Terms{"en": {"metro", "tunnels"}}},
		{"metro, tunnels", model.Terms{"en": {"metro", "tunnels"}}},
		{"隧道通风，地铁", model.Terms{"zh": {"隧道通风", "地铁"}}},
		{"隧道通风、地铁；城市", model.Terms{"zh": {"隧道通风", "地铁", "城市"}}},
		{"тоннели;  вентиляция ;", model.Terms{"ru": {"тоннели", "вентиляция"}}},
		{"тоннели, tunnels, 隧道", model.Terms{"ru": {"тоннели"}, "en": {"tunnels"}, "zh": {"隧道"}}},
	}
	for _, tt := range tests {
		row := rowOf(t, []string{"Name", "Keywords"}, []string{"Anna Smith", tt.cell})
		if got := row.Expert.Keywords; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q → %v, want %v", tt.cell, got, tt.want)
		}
	}
	// A language marker in the header overrides the script.
	row := rowOf(t, []string{"Name", "Ключевые слова (en)"}, []string{"Anna Smith", "AI, 人工智能"})
	if got := row.Expert.Keywords; !reflect.DeepEqual(got, model.Terms{"en": {"AI", "人工智能"}}) {
		t.Errorf("marked column: %v", got)
	}
}

func TestSpheres(t *testing.T) {
	tests := []struct {
		cell    string
		want    []string
		unknown []string
	}{
		{"Транспорт", []string{"transport"}, nil},
		{"交通运输", []string{"transport"}, nil},
		{"transport", []string{"transport"}, nil},
		{"TRANSPORT", []string{"transport"}, nil},
		{"transport.subway", []string{"transport.subway"}, nil},
		{"subway", []string{"transport.subway"}, nil},
		{"public health; 教育, Туризм", []string{"public-health", "education", "tourism"}, nil},
		{"Здравоохранение、人工智能", []string{"public-health", "innovation.artificial-intelligence"}, nil},
		// Labels that contain a separator are matched whole.
		{"Обмен преподавателями и студентами, совместное обучение; Транспорт",
			[]string{"education.academic-exchange", "transport"}, nil},
		{"地铁建设、运营与技术、教育", []string{"transport.subway", "education"}, nil},
		{"Subway construction, operation and technology", []string{"transport.subway"}, nil},
		{"Транспорт; Космос, Астрология", []string{"transport"}, []string{"Космос", "Астрология"}},
	}
	for _, tt := range tests {
		row := rowOf(t, []string{"ФИО", "Сфера"}, []string{"Иванов Иван", tt.cell})
		if !reflect.DeepEqual(row.Expert.Spheres, tt.want) {
			t.Errorf("%q → %v, want %v", tt.cell, row.Expert.Spheres, tt.want)
		}
		var unknown []string
		for _, p := range row.Problems {
			if p.Code != model.CodeUnknownSphere || p.Field != FieldSpheres || p.Params["header"] != "Сфера" || p.Params["column"] != "B" {
				t.Errorf("unexpected problem %v", p)
			}
			unknown = append(unknown, p.Params["value"].(string))
		}
		if !reflect.DeepEqual(unknown, tt.unknown) {
			t.Errorf("%q: unknown %v, want %v", tt.cell, unknown, tt.unknown)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		row    []string
		want   model.Text
	}{
		{"ФИО", []string{"ФИО"}, []string{"Иванова Мария Сергеевна"}, model.Text{"ru": "Иванова Мария Сергеевна"}},
		{"Russian parts", []string{"Фамилия", "Имя", "Отчество"}, []string{"Иванова", "Мария", "Сергеевна"},
			model.Text{"ru": "Иванова Мария Сергеевна"}},
		{"Russian parts in another order", []string{"Имя", "Отчество", "Фамилия"}, []string{"Мария", "", "Иванова"},
			model.Text{"ru": "Иванова Мария"}},
		{"Chinese parts", []string{"姓", "名"}, []string{"欧阳", "修"}, model.Text{"zh": "欧阳修"}},
		{"English parts", []string{"Surname", "Given name"}, []string{"Smith", "Anna"}, model.Text{"en": "Anna Smith"}},
		{"full name in three columns", []string{"ФИО", "姓名", "Name (en)"},
			[]string{"Ван Сяомин", "王小明", "Wang Xiaoming"}, model.Text{"ru": "Ван Сяомин", "zh": "王小明", "en": "Wang Xiaoming"}},
		{"one column, script decides", []string{"Name"}, []string{"王小明"}, model.Text{"zh": "王小明"}},
		{"full name wins over parts", []string{"ФИО", "Фамилия", "Имя"}, []string{"Петров Пётр", "Иванов", "Иван"},
			model.Text{"ru": "Петров Пётр"}},
		{"parts of two languages", []string{"Фамилия", "Имя", "姓", "名"}, []string{"Ван", "Сяомин", "王", "小明"},
			model.Text{"ru": "Ван Сяомин", "zh": "王小明"}},
	}
	for _, tt := range tests {
		row := rowOf(t, append(tt.header, "Email"), append(tt.row, "x@example.org"))
		if !reflect.DeepEqual(row.Expert.Name, tt.want) || len(row.Problems) != 0 {
			t.Errorf("%s: %v %v, want %v", tt.name, row.Expert.Name, row.Problems, tt.want)
		}
	}
}

func TestValues(t *testing.T) {
	header := []string{"Name", "City", "Country", "Languages", "Formats", "Available from", "Available until", "Visibility", "ORCID", "Email", "Родной язык"}
	tests := []struct {
		name  string
		row   []string
		want  model.Expert
		codes []string
	}{
		{"Russian words", []string{"Anna", "Москва", "Россия", "русский, английский", "лекции; консультирование",
			"01.02.2024", "31.12.2025", "Координаторам", "https://orcid.org/0000-0002-1825-0097", "mailto:a@example.org", "русский"},
			model.Expert{City: "moscow", Country: "RU", Languages: []string{"ru", "en"}, NativeLang: "ru",
				Availability: &model.Availability{Formats: []string{"lecture", "consulting"}, From: "2024-02-01", Until: "2025-12-31"},
				Visibility:   "coordinators", ORCID: "0000-0002-1825-0097", Email: "a@example.org"}, nil},
		{"Chinese words", []string{"Anna", "北京", "中国", "汉语、英语", "讲座、联合研究", "2024年3月1日", "2024/12/31", "公开", "", "", "中文"},
			model.Expert{City: "beijing", Country: "CN", Languages: []string{"zh", "en"}, NativeLang: "zh",
				Availability: &model.Availability{Formats: []string{"lecture", "joint-research"}, From: "2024-03-01", Until: "2024-12-31"},
				Visibility:   "public"}, nil},
		{"codes", []string{"Anna", "beijing", "kz", "de; fr", "online, mentoring", "2024-01-31", "45658", "registered", "", "", "en"},
			model.Expert{City: "beijing", Country: "KZ", Languages: []string{"de", "fr"}, NativeLang: "en",
				Availability: &model.Availability{Formats: []string{"online", "mentoring"}, From: "2024-01-31", Until: "2025-01-01"},
				Visibility:   "registered"}, nil},
		{"unknown values", []string{"Anna", "Санкт-Петербург", "Атлантида", "клингонский", "пикник", "вчера", "", "никому", "", "", ""},
			model.Expert{City: "other"},
			[]string{model.CodeUnknownCountry, model.CodeUnknownLanguage, model.CodeUnknownValue, model.CodeBadDate, model.CodeUnknownValue}},
	}
	for _, tt := range tests {
		row := rowOf(t, header, tt.row)
		got := row.Expert
		got.Name = nil
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
		var codes []string
		for _, p := range row.Problems {
			codes = append(codes, p.Code)
		}
		if !reflect.DeepEqual(codes, tt.codes) {
			t.Errorf("%s: problems %v, want %v", tt.name, row.Problems, tt.codes)
		}
	}
}

func TestTextLanguageByScript(t *testing.T) {
	tests := map[string]string{
		"Московский метрополитен": "ru",
		"北京地铁":                  "zh",
		"Moscow Metro":          "en",
		"AI 研究院":                "zh",
		"Électricité de France": "en",
		"1С":                    "ru",
		"12345":                 "",
	}
	for s, want := range tests {
		if got := langOfText(s); got != want {
			t.Errorf("%q → %q, want %q", s, got, want)
		}
	}
}
