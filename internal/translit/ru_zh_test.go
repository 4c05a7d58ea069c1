package translit

import "testing"

func TestRuToZh(t *testing.T) {
	tests := []struct {
		in     string
		role   Role
		female bool
		want   string
	}{
		// Conventional forms from the dictionary.
		{"Иванов", RoleFamily, false, "伊万诺夫"},
		{"Петров", RoleFamily, false, "彼得罗夫"},
		{"Владимир", RoleGiven, false, "弗拉基米尔"},
		{"Александр", RoleGiven, false, "亚历山大"},
		{"Фёдор", RoleGiven, false, "费奥多尔"},
		{"Федор", RoleGiven, false, "费奥多尔"}, // е for ё
		{"Сергей", RoleGiven, false, "谢尔盖"},
		{"Мария", RoleGiven, true, "玛丽亚"},
		// Feminine family names derived from the masculine form.
		{"Иванова", RoleFamily, true, "伊万诺娃"},
		{"Никитина", RoleFamily, true, "尼基京娜"},
		{"Чайковская", RoleFamily, true, "柴可夫斯卡娅"},
		{"Колесникова", RoleFamily, true, "科列斯尼科娃"},
		// Patronymics from their surname-like stem.
		{"Петрович", RolePatronymic, false, "彼得罗维奇"},
		{"Сергеевна", RolePatronymic, true, "谢尔盖耶夫娜"},
		{"Александрович", RolePatronymic, false, "亚历山德罗维奇"},
		{"Павлович", RolePatronymic, false, "帕夫洛维奇"},
		// The letter table: -ов 夫, -ский 斯基, -ин, word-initial Е and Ю.
		{"Колесников", RoleFamily, false, "科列斯尼科夫"},
		{"Смирнитский", RoleFamily, false, "斯米尔尼茨基"},
		{"Ермолов", RoleFamily, false, "叶尔莫洛夫"},
		{"Юсупов", RoleFamily, false, "尤苏波夫"},
		{"Лапин", RoleFamily, false, "拉平"},
		{"Гордеев", RoleFamily, false, "戈尔杰耶夫"},
		// Women's characters in first names: 娜, 莉, 娅.
		{"Лиана", RoleGiven, true, "莉阿娜"},
		{"Алевтина", RoleGiven, true, "阿列夫京娜"},
		{"Гогиашвили", RoleFamily, true, "戈吉阿什维利"}, // not 莉 in a family name
		{"Римский-Корсаков", RoleFamily, false, "里姆斯基-科尔萨科夫"},
	}
	for _, tt := range tests {
		if got := RuToZh(tt.in, tt.role, tt.female); got != tt.want {
			t.Errorf("RuToZh(%q, %s, female=%v) = %q, want %q", tt.in, tt.role, tt.female, got, tt.want)
		}
	}
}

func TestRuNameToZhOrders(t *testing.T) {
	got := RuNameToZh("Иванова Мария Сергеевна")
	want := ZhNameOrders{
		Full:        "玛丽亚·谢尔盖耶夫娜·伊万诺娃",
		Short:       "玛丽亚·伊万诺娃",
		FamilyFirst: "伊万诺娃·玛丽亚·谢尔盖耶夫娜",
		FamilyShort: "伊万诺娃·玛丽亚",
	}
	if got != want {
		t.Errorf("RuNameToZh = %+v, want %+v", got, want)
	}
	if p := RuNameToZh("Петров Пётр").Parts(); len(p) != 2 || p[0] != "彼得·彼得罗夫" || p[1] != "彼得罗夫·彼得" {
		t.Errorf("two-part name: %v", p)
	}
}

func TestRuZhDictionarySize(t *testing.T) {
	n := len(ruZhGivenMale) + len(ruZhGivenFemale) + len(ruZhSurnames) + len(ruZhPatronymic)
	if n < 150 {
		t.Errorf("dictionary has %d conventional forms, want at least 150", n)
	}
}

func TestParseRu(t *testing.T) {
	tests := []struct {
		in   string
		want Name
	}{
		{"Иванова Мария Сергеевна", Name{"Иванова", "Мария", "Сергеевна"}},
		{"Мария Сергеевна Иванова", Name{"Иванова", "Мария", "Сергеевна"}},
		{"Мария Иванова", Name{"Иванова", "Мария", ""}},
		{"Иванова Мария", Name{"Иванова", "Мария", ""}},
		{"Шостакович Дмитрий Дмитриевич", Name{"Шостакович", "Дмитрий", "Дмитриевич"}},
		{"Петров", Name{Family: "Петров"}},
	}
	for _, tt := range tests {
		if got := ParseRu(tt.in); got != tt.want {
			t.Errorf("ParseRu(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
