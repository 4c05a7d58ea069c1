package translit

import (
	"slices"
	"testing"
)

func TestZhToPinyin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"张伟", "Zhang Wei"},
		{"王小明", "Wang Xiaoming"},
		{"張偉", "Zhang Wei"}, // traditional characters
		// Compound family names are one word.
		{"欧阳娜娜", "Ouyang Nana"},
		{"歐陽娜娜", "Ouyang Nana"},
		{"司马光", "Sima Guang"},
		{"诸葛亮", "Zhuge Liang"},
		{"上官云", "Shangguan Yun"},
		{"司徒建国", "Situ Jianguo"},
		{"东方朔", "Dongfang Shuo"},
		{"皇甫立", "Huangfu Li"},
		{"夏侯杰", "Xiahou Jie"},
		{"令狐冲", "Linghu Chong"},
		{"慕容复", "Murong Fu"},
		{"尉迟恭", "Yuchi Gong"},
		{"长孙无忌", "Zhangsun Wuji"},
		{"宇文泰", "Yuwen Tai"},
		{"万俟雅", "Moqi Ya"},
		// Family names read differently from the character's first reading.
		{"单田芳", "Shan Tianfang"},
		{"曾国藩", "Zeng Guofan"},
		{"解缙", "Xie Jin"},
		{"仇英", "Qiu Ying"},
		{"区家麟", "Ou Jialin"},
		{"朴明哲", "Piao Mingzhe"},
		{"查良镛", "Zha Liangyong"},
		{"盖丽丽", "Ge Lili"},
		{"乐嘉", "Yue Jia"},
		{"种世杰", "Chong Shijie"},
		{"覃海洋", "Qin Haiyang"},
		{"缪杰", "Miao Jie"},
		{"翟天临", "Zhai Tianlin"},
		{"召蕾", "Shao Lei"},
		// ü as yu (passport form); apostrophe before a, o, e inside a word.
		{"吕小红", "Lyu Xiaohong"},
		{"王西安", "Wang Xi'an"},
		{"张长安", "Zhang Chang'an"},
	}
	for _, tt := range tests {
		if got := ZhToPinyin(tt.in); got != tt.want {
			t.Errorf("ZhToPinyin(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPinyinStyles(t *testing.T) {
	n := ParseZh("吕女安")
	tests := []struct {
		st   PinyinStyle
		want string
	}{
		{PinyinStyle{}, "Lyu Nyu'an"},
		{PinyinStyle{U: UDiaeresis}, "Lü Nü'an"},
		{PinyinStyle{U: UV}, "Lv Nv'an"},
		{PinyinStyle{U: UPlain}, "Lu Nu'an"},
		{PinyinStyle{Tones: true}, "Lǚ Nǚ'ān"},
		{PinyinStyle{NoApostrophe: true}, "Lyu Nyuan"},
		{PinyinStyle{Hyphen: true}, "Lyu Nyu-an"},
	}
	for _, tt := range tests {
		if got := n.Latin(tt.st); got != tt.want {
			t.Errorf("Latin(%+v) = %q, want %q", tt.st, got, tt.want)
		}
	}
	if got := ParseZh("张伟").Latin(PinyinStyle{Tones: true}); got != "Zhāng Wěi" {
		t.Errorf("tones: %q", got)
	}
}

func TestGivenHeteronyms(t *testing.T) {
	n := ParseZh("张乐")
	if len(n.GivenAlt) != 1 || n.GivenAlt[0][0] != "yuè" {
		t.Errorf("GivenAlt = %v, want the yuè reading", n.GivenAlt)
	}
}

func TestLegacySurnames(t *testing.T) {
	tests := []struct {
		family string
		want   []string
	}{
		{"张", []string{"Chang", "Cheung"}},
		{"張", []string{"Chang", "Cheung"}},
		{"许", []string{"Hsu", "Hui"}},
		{"徐", []string{"Hsu"}},
		{"王", []string{"Wong"}},
		{"陈", []string{"Ch'en", "Chan"}},
		{"李", []string{"Lee"}},
		{"黄", []string{"Huang", "Wong"}},
		{"周", []string{"Chou", "Chow"}},
		{"吴", []string{"Wu", "Ng"}},
		{"刘", []string{"Liu", "Lau"}},
		{"林", []string{"Lin", "Lam"}},
		{"谢", []string{"Hsieh", "Tse"}},
		{"郭", []string{"Kuo", "Kwok"}},
		{"杨", []string{"Yang", "Yeung"}},
		{"赵", []string{"Chao", "Chiu"}},
		{"孙", []string{"Sun", "Suen"}},
		{"高", []string{"Kao", "Ko"}},
		{"罗", []string{"Lo", "Law"}},
		{"梁", []string{"Liang", "Leung"}},
		{"宋", []string{"Sung"}},
		{"曹", []string{"Tsao", "Tso"}},
		{"蔡", []string{"Tsai", "Choi"}},
		{"邓", []string{"Teng", "Tang"}},
		{"欧阳", []string{"Auyeung"}},
	}
	for _, tt := range tests {
		got := LegacySurnames(tt.family)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("LegacySurnames(%q) = %v, missing %q", tt.family, got, w)
			}
		}
	}
}

func TestWadeGiles(t *testing.T) {
	tests := []struct{ py, wg string }{
		{"qing", "ch'ing"}, {"xiao", "hsiao"}, {"zhi", "chih"}, {"ri", "jih"}, {"zi", "tzu"},
		{"si", "ssu"}, {"guo", "kuo"}, {"duo", "to"}, {"jian", "chien"}, {"rong", "jung"},
		{"xue", "hsüeh"}, {"yu", "yü"}, {"er", "erh"}, {"zhang", "chang"}, {"cao", "ts'ao"},
		{"ping", "p'ing"}, {"de", "te"}, {"ge", "ko"}, {"lie", "lieh"}, {"kong", "k'ung"},
	}
	for _, tt := range tests {
		if got := PinyinToWadeGiles(tt.py); got != tt.wg {
			t.Errorf("PinyinToWadeGiles(%q) = %q, want %q", tt.py, got, tt.wg)
		}
	}
	if got := WadeGilesName(ParseZh("王小明")); got != "Wang Hsiao-ming" {
		t.Errorf("WadeGilesName = %q", got)
	}
}

func TestCantoneseGiven(t *testing.T) {
	if got, ok := CantoneseGiven("小明"); !ok || got != "Siu-ming" {
		t.Errorf("CantoneseGiven(小明) = %q, %v", got, ok)
	}
	if _, ok := CantoneseGiven("龘"); ok {
		t.Error("a character outside the table must not produce a form")
	}
}
