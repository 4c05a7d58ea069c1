package translit

import "testing"

func TestKeySame(t *testing.T) {
	groups := [][]string{
		{"Khabarov", "Habarov", "Хабаров"},
		{"Iurii", "Yuri", "Yury", "Jurij", "Yuriy", "Юрий"},
		{"Iakovlev", "Yakovlev", "Jakovlev", "Яковлев"},
		{"Tsvetkov", "Tcvetkov", "Czvetkov", "Цветков"},
		{"Tsoi", "Tzoi", "Tsoy"},
		{"Sergei", "Sergey", "Sergej"},
		{"Elena", "Yelena", "Jelena", "Ielena"},
		{"Fedor", "Fyodor", "Fiodor", "Fëdor", "Fjodor", "Фёдор", "Федор"},
		{"Aleksei", "Alexei", "Alexey", "Aleksey", "Alexej"},
		{"Shchukin", "Schukin", "Shhukin", "Szczukin", "Щукин"},
		{"Kirill", "Kiril"},
		{"Vysotsky", "Vysotskiy", "Vysotskii", "Vysotskij", "Высоцкий"},
		{"Ivanov", "Iwanow", "IVANOV", "Иванов"},
		{"Andreev", "Andreyev", "Andrejew"},
		{"Solovyov", "Soloviev", "Solovev", "Solovjov"},
		{"Mariia", "Maria", "Mariya", "Marija"},
		{"Zhang Xiao-Ming", "Zhangxiaoming", "Zhang Xiao Ming", "ZHANG XiaoMing", "张小明"},
		{"Lü", "Lu", "Lǚ"},
		{"Xi'an", "Xian", "Xī'ān"},
		{"Tschaikowski", "Chaikovski"},
	}
	for _, g := range groups {
		want := Key(g[0])
		for _, s := range g[1:] {
			if got := Key(s); got != want {
				t.Errorf("Key(%q) = %q, Key(%q) = %q: want equal", s, got, g[0], want)
			}
		}
	}
}

func TestKeyDifferent(t *testing.T) {
	pairs := [][2]string{
		{"Ivanov", "Ivanova"},
		{"Jiang", "Yang"},
		{"Zhang", "Chang"},
		{"Liu", "Lü"},
		{"Petrov", "Petrova"},
		{"Jin", "Yin"},
	}
	for _, p := range pairs {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) == Key(%q) == %q", p[0], p[1], Key(p[0]))
		}
	}
}
