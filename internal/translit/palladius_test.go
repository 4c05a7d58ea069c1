package translit

import (
	"slices"
	"testing"
)

func TestZhToCyrillic(t *testing.T) {
	tests := []struct{ in, want string }{
		{"张伟", "Чжан Вэй"},
		{"王小明", "Ван Сяомин"},
		{"蒋文", "Цзян Вэнь"},
		{"徐明", "Сюй Мин"},
		{"李会", "Ли Хуэй"},
		{"袁明", "Юань Мин"},
		{"盛军", "Шэн Цзюнь"},
		{"任静", "Жэнь Цзин"},
		{"齐白石", "Ци Байши"},
		{"叶嘉莹", "Е Цзяин"},
		{"欧阳娜娜", "Оуян Нана"},
		{"司马光", "Сыма Гуан"},
		{"公冶明", "Гунъе Мин"}, // н + vowel: ъ
		{"吕小红", "Люй Сяохун"},
		{"孙中山", "Сунь Ятсен"}, // conventional exception
	}
	for _, tt := range tests {
		if got := ZhToCyrillic(tt.in); got != tt.want {
			t.Errorf("ZhToCyrillic(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPinyinToCyrillic(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zhang Wei", "Чжан Вэй"},
		{"Chang'an", "Чанъань"},
		{"Xi'an", "Сиань"},
		{"Lyu Xiaohong", "Люй Сяохун"},
		{"Lv Xiaohong", "Люй Сяохун"},
		{"Ouyang Nana", "Оуян Нана"},
		{"Shi Zhi Ci Si Ri", "Ши Чжи Цы Сы Жи"},
		{"Xue Jun Quan Ju", "Сюэ Цзюнь Цюань Цзюй"},
	}
	for _, tt := range tests {
		got, ok := PinyinToCyrillic(tt.in)
		if !ok || got != tt.want {
			t.Errorf("PinyinToCyrillic(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if _, ok := PinyinToCyrillic("Ivanov"); ok {
		t.Error("Ivanov is not pinyin")
	}
}

func TestCyrillicToPinyin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Чжан Сяомин", "Zhang Xiaoming"},
		{"Люй Бу", "Lü Bu"},
		{"Чанъань", "Chang'an"},
		{"Оуян Нана", "Ouyang Nana"},
		{"Сыма Гуан", "Sima Guang"},
	}
	for _, tt := range tests {
		got, ok := CyrillicToPinyin(tt.in)
		if !ok || got != tt.want {
			t.Errorf("CyrillicToPinyin(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestSegmentPinyin(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"xian", []string{"xian"}},
		{"xi'an", []string{"xi", "an"}},
		{"zhangxiaoming", []string{"zhang", "xiao", "ming"}},
		{"nana", []string{"na", "na"}},
		{"Xiao-Ming", []string{"xiao", "ming"}},
		{"lyu", []string{"lv"}},
		{"lü", []string{"lv"}},
	}
	for _, tt := range tests {
		got, ok := SegmentPinyin(tt.in)
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("SegmentPinyin(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	if _, ok := SegmentPinyin("smirnov"); ok {
		t.Error("smirnov is not pinyin")
	}
}
