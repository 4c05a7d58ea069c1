package tabular

import (
	"reflect"
	"strings"
	"testing"
)

func TestDetectMappingHeaders(t *testing.T) {
	tests := []struct {
		header string
		want   Target
	}{
		{"ФИО", Target{Field: FieldName}},
		{"Ф.И.О.", Target{Field: FieldName}},
		{"  фамилия ", Target{Field: FieldFamily}},
		{"Имя", Target{Field: FieldGiven}},
		{"Отчество", Target{Field: FieldPatronymic}},
		{"姓名", Target{Field: FieldName}},
		{"姓", Target{Field: FieldFamily}},
		{"名", Target{Field: FieldGiven}},
		{"Full Name", Target{Field: FieldName}},
		{"SURNAME", Target{Field: FieldFamily}},
		{"Given name", Target{Field: FieldGiven}},
		{"E-mail", Target{Field: FieldEmail}},
		{"e-mail *", Target{Field: FieldEmail}},
		{"Электронная почта", Target{Field: FieldEmail}},
		{"邮箱", Target{Field: FieldEmail}},
		{"电子邮件", Target{Field: FieldEmail}},
		{"Телефон", Target{Field: FieldPhone}},
		{"电话", Target{Field: FieldPhone}},
		{"Сферы", Target{Field: FieldSpheres}},
		{"领域", Target{Field: FieldSpheres}},
		{"Sphere(s)", Target{Field: FieldSpheres}},
		{"Организация (ru)", Target{Field: FieldOrg, Lang: "ru"}},
		{"单位（中文）", Target{Field: FieldOrg, Lang: "zh"}},
		{"工作单位", Target{Field: FieldOrg}},
		{"Organisation [англ]", Target{Field: FieldOrg, Lang: "en"}},
		{"Name (en)", Target{Field: FieldName, Lang: "en"}},
		{"name_zh", Target{Field: FieldName, Lang: "zh"}},
		{"Должность", Target{Field: FieldPosition}},
		{"职位", Target{Field: FieldPosition}},
		{"Город", Target{Field: FieldCity}},
		{"城市", Target{Field: FieldCity}},
		{"Country", Target{Field: FieldCountry}},
		{"国家", Target{Field: FieldCountry}},
		{"Ключевые слова", Target{Field: FieldKeywords}},
		{"关键词（英文）", Target{Field: FieldKeywords, Lang: "en"}},
		{"Биография", Target{Field: FieldBio}},
		{"简介", Target{Field: FieldBio}},
		{"Языки", Target{Field: FieldLanguages}},
		{"ORCID", Target{Field: FieldORCID}},
		{"Внешний ID", Target{Field: FieldExternalID}},
		{"编号", Target{Field: FieldExternalID}},
		{"External ID", Target{Field: FieldExternalID}},
		{"Форматы участия", Target{Field: FieldFormats}},
		{"Доступен с", Target{Field: FieldFrom}},
		{"Видимость", Target{Field: FieldVisibility}},
		{"Статус", Target{Field: FieldIgnore}},
		{"№", Target{Field: FieldIgnore}},
		// A marker on a field that has no languages is dropped.
		{"Email (en)", Target{Field: FieldEmail}},
	}
	for _, tt := range tests {
		m, problems := DetectMapping([]string{tt.header}, nil)
		if len(problems) != 0 || m.Columns[0] != tt.want {
			t.Errorf("%q → %v %v, want %v", tt.header, m.Columns[0], problems, tt.want)
		}
	}
}

func TestDetectMappingProblems(t *testing.T) {
	header := []string{"ФИО", "Комментарий", "", "Full name", "Почта"}
	m, problems := DetectMapping(header, nil)
	want := []Problem{{Column: 1, Header: "Комментарий", Code: CodeUnknownColumn}, {Column: 3, Header: "Full name", Code: CodeDupColumn}}
	if !reflect.DeepEqual(problems, want) {
		t.Errorf("problems %v, want %v", problems, want)
	}
	if got := strings.Join(m.Describe(header), "; "); got != "A ФИО → name; D Full name → name; E Почта → email" {
		t.Errorf("describe: %s", got)
	}
}

func TestMappingFile(t *testing.T) {
	overrides, err := ReadMapping(strings.NewReader(`{"Эксперт (латиницей)": "name.en", "Комментарий": "bio.ru", "Почта": "-", "Mail 2": "email"}`))
	if err != nil {
		t.Fatal(err)
	}
	header := []string{"ФИО", "Эксперт (латиницей)", "Комментарий", "Почта", "MAIL 2"}
	m, problems := DetectMapping(header, overrides)
	want := []Target{{Field: FieldName}, {Field: FieldName, Lang: "en"}, {Field: FieldBio, Lang: "ru"}, {Field: FieldIgnore}, {Field: FieldEmail}}
	if !reflect.DeepEqual(m.Columns, want) || len(problems) != 0 {
		t.Errorf("mapping %v %v, want %v", m.Columns, problems, want)
	}
	for _, bad := range []string{`{"a": "nickname"}`, `{"a": "name.de"}`, `["name"]`, `{"a": 1}`} {
		if _, err := ReadMapping(strings.NewReader(bad)); codeOf(err) != CodeBadMapping {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

func TestParseTarget(t *testing.T) {
	tests := map[string]Target{
		"name.ru":              {Field: FieldName, Lang: "ru"},
		"family_name.zh":       {Field: FieldFamily, Lang: "zh"},
		"availability.from":    {Field: FieldFrom},
		"availability.formats": {Field: FieldFormats},
		"keywords":             {Field: FieldKeywords},
		"":                     {Field: FieldIgnore},
	}
	for in, want := range tests {
		got, err := ParseTarget(in)
		if err != nil || got != want {
			t.Errorf("%q → %v %v, want %v", in, got, err, want)
		}
		if in != "" && got.String() != in {
			t.Errorf("%q prints as %q", in, got.String())
		}
	}
}

func TestColumnName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 701: "ZZ", 702: "AAA"} {
		if got := columnName(i); got != want {
			t.Errorf("%d → %s, want %s", i, got, want)
		}
		if c, ok := refColumn([]byte(want + "12")); !ok || c != i {
			t.Errorf("refColumn(%s12) = %d", want, c)
		}
	}
}
