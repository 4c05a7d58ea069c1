package translit

import "testing"

func TestRuToLatin(t *testing.T) {
	tests := []struct {
		sys  System
		in   string
		want string
	}{
		// ICAO Doc 9303, Russian passports since 2014.
		{ICAO, "Иванов Юрий", "Ivanov Iurii"},
		{ICAO, "Щукин", "Shchukin"},
		{ICAO, "Подъячев", "Podieiachev"},
		{ICAO, "Царёв", "Tsarev"},
		{ICAO, "Хабаров", "Khabarov"},
		{ICAO, "Юлия", "Iuliia"},
		{ICAO, "Ёлкин", "Elkin"},
		{ICAO, "Майя", "Maiia"},
		{ICAO, "Татьяна", "Tatiana"},
		{ICAO, "Наталья", "Natalia"},
		{ICAO, "Андрей", "Andrei"},
		{ICAO, "ЖУКОВ", "ZHUKOV"},
		// GOST R 52535.1-2006.
		{GOST52535, "Цветков", "Tcvetkov"},
		{GOST52535, "Юлия", "Iuliia"},
		{GOST52535, "Подъячев", "Podiachev"},
		{GOST52535, "Андрей Щукин", "Andrei Shchukin"},
		// MVD 782-2000.
		{MVD2000, "Юлия", "Yuliya"},
		{MVD2000, "Андрей", "Andrey"},
		{MVD2000, "Цветков", "Tsvetkov"},
		{MVD2000, "Фёдор", "Fedor"},
		{MVD2000, "Ярослав Хохлов", "Yaroslav Khokhlov"},
		// BGN/PCGN 1947.
		{BGN, "Елена", "Yelena"},
		{BGN, "Андреев", "Andreyev"},
		{BGN, "Фёдор", "Fëdor"},
		{BGN, "Ёлкин", "Yëlkin"},
		{BGN, "Татьяна", "Tat’yana"},
		{BGN, "Подъячев", "Pod”yachev"},
		{BGN, "Майя", "Mayya"},
		{BGN, "Светлана", "Svetlana"},
		{BGN, "Тсерен", "T·seren"},
		// GOST 7.79-2000, system B.
		{GOST779B, "Цветков", "Czvetkov"},
		{GOST779B, "Цимлянск", "Cimlyansk"},
		{GOST779B, "Щукин", "Shhukin"},
		{GOST779B, "Хабаров", "Xabarov"},
		{GOST779B, "Юрий", "Yurij"},
		{GOST779B, "Съезд", "S``ezd"},
		{GOST779B, "Лыжи", "Ly`zhi"},
		{GOST779B, "Эхо", "E`xo"},
		{GOST779B, "Фёдор", "Fyodor"},
		// Practical English forms.
		{Practical, "Юрий Гагарин", "Yuri Gagarin"},
		{Practical, "Дмитрий", "Dmitry"},
		{Practical, "Александр", "Alexander"},
		{Practical, "Высоцкий", "Vysotsky"},
		{Practical, "Татьяна", "Tatiana"},
		{Practical, "Наталья", "Natalia"},
		{Practical, "Сергей", "Sergei"},
		{Practical, "Фёдор", "Fyodor"},
		{Practical, "Максимов", "Maximov"},
		{Practical, "Соловьёв", "Solovyov"},
		{Practical, "Вернадская", "Vernadskaya"},
		// German (Duden).
		{German, "Иванов", "Iwanow"},
		{German, "Жуков", "Schukow"},
		{German, "Чайковский", "Tschaikowski"},
		{German, "Хрущёв", "Chruschtschow"},
		{German, "Васильев", "Wassiljew"},
		{German, "Евгений", "Jewgeni"},
	}
	for _, tt := range tests {
		if got := RuToLatin(tt.in, tt.sys); got != tt.want {
			t.Errorf("RuToLatin(%q, %s) = %q, want %q", tt.in, tt.sys, got, tt.want)
		}
	}
}

func TestRuToLatinKeepsOtherText(t *testing.T) {
	if got := RuToLatin("Иванов-Петров (MSU) 2024", ICAO); got != "Ivanov-Petrov (MSU) 2024" {
		t.Errorf("got %q", got)
	}
}

func TestRuToLatinAllDistinct(t *testing.T) {
	got := RuToLatinAll("Юрий")
	want := map[string]bool{"Iurii": true, "Yuriy": true, "Yurij": true, "Yuri": true, "Juri": true}
	for _, g := range got {
		if !want[g] {
			t.Errorf("unexpected form %q", g)
		}
		delete(want, g)
	}
	if len(want) > 0 {
		t.Errorf("missing forms %v (got %v)", want, got)
	}
}
