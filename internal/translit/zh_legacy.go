package translit

import "strings"

// legacySurnames are the older spellings of common family names people still
// carry: Wade–Giles (Taiwan, older literature), Hong Kong Cantonese, and
// Southeast-Asian Hokkien/Teochew forms. Keyed by the simplified character;
// traditional input is mapped through tradSurnames.
var legacySurnames = map[string][]string{
	"张": {"Chang", "Cheung", "Chong", "Teo"}, "王": {"Wong", "Ong", "Heng"},
	"李": {"Lee", "Li", "Lei"}, "陈": {"Chen", "Ch'en", "Chan", "Tan", "Chin"},
	"刘": {"Liu", "Lau", "Lao", "Low"}, "杨": {"Yang", "Yeung", "Yeo", "Young"},
	"黄": {"Huang", "Wong", "Ng", "Wee", "Oei"}, "赵": {"Chao", "Chiu", "Chew"},
	"吴": {"Wu", "Ng", "Goh", "Woo"}, "周": {"Chou", "Chow", "Chau", "Chew"},
	"徐": {"Hsu", "Tsui", "Chui", "Shu"}, "孙": {"Sun", "Suen", "Soon"},
	"马": {"Ma", "Mah", "Mar"}, "朱": {"Chu", "Chue", "Choo"},
	"胡": {"Hu", "Wu", "Woo", "Oh"}, "郭": {"Kuo", "Kwok", "Quek", "Kok"},
	"何": {"Ho", "Hoe"}, "高": {"Kao", "Ko", "Koh"}, "林": {"Lin", "Lam", "Lim"},
	"罗": {"Lo", "Law", "Loh"}, "郑": {"Cheng", "Cheng", "Tay", "Teh", "Chang"},
	"梁": {"Liang", "Leung", "Neo"}, "谢": {"Hsieh", "Tse", "Chia", "Seah"},
	"宋": {"Sung", "Soong"}, "唐": {"T'ang", "Tong"}, "许": {"Hsu", "Hui", "Koh", "Khoo"},
	"韩": {"Han", "Hon"}, "冯": {"Feng", "Fung", "Foong"}, "邓": {"Teng", "Tang"},
	"曹": {"Ts'ao", "Tsao", "Tso", "Cho"}, "彭": {"P'eng", "Pang", "Phang"},
	"曾": {"Tseng", "Tsang", "Chan"}, "肖": {"Hsiao", "Siu"}, "萧": {"Hsiao", "Siu", "Siew"},
	"田": {"T'ien", "Tin"}, "董": {"Tung"}, "袁": {"Yuan", "Yuen"}, "潘": {"P'an", "Poon", "Phua"},
	"于": {"Yü", "Yu", "Yue"}, "蒋": {"Chiang", "Tseung"}, "蔡": {"Tsai", "Ts'ai", "Choi", "Chua"},
	"余": {"Yü", "Yu", "Yee", "Yue"}, "杜": {"Tu", "To"}, "叶": {"Yeh", "Yip", "Yap"},
	"程": {"Ch'eng", "Ching"}, "苏": {"Su", "So", "Soh"}, "魏": {"Wei", "Ngai"},
	"吕": {"Lü", "Lui", "Lu"}, "丁": {"Ting", "Ding"}, "任": {"Jen", "Yam"},
	"沈": {"Shen", "Sham", "Sim"}, "姚": {"Yao", "Yiu"}, "卢": {"Lu", "Lo", "Lou"},
	"姜": {"Chiang", "Keung"}, "崔": {"Ts'ui", "Tsui", "Choi"}, "钟": {"Chung", "Chong"},
	"谭": {"T'an", "Tam"}, "陆": {"Lu", "Luk"}, "汪": {"Wang", "Wong"}, "范": {"Fan", "Faan"},
	"金": {"Chin", "Kam", "Kim"}, "石": {"Shih", "Shek"}, "廖": {"Liao", "Liu", "Leow"},
	"贾": {"Chia", "Ka"}, "夏": {"Hsia", "Ha"}, "韦": {"Wei", "Wai"}, "付": {"Fu", "Foo"},
	"方": {"Fang", "Fong"}, "白": {"Pai", "Pak"}, "邹": {"Tsou", "Chau"}, "孟": {"Meng", "Mang"},
	"熊": {"Hsiung", "Hung"}, "秦": {"Ch'in", "Chun"}, "邱": {"Ch'iu", "Chiu", "Yau", "Khoo"},
	"江": {"Chiang", "Kong", "Kang"}, "尹": {"Yin", "Wan"}, "薛": {"Hsüeh", "Sit"},
	"闫": {"Yen"}, "段": {"Tuan", "Tuen"}, "雷": {"Lei", "Lui"}, "侯": {"Hou", "Hau"},
	"龙": {"Lung", "Lung"}, "史": {"Shih", "Sze"}, "陶": {"T'ao", "To"}, "黎": {"Li", "Lai"},
	"贺": {"Ho"}, "顾": {"Ku", "Koo"}, "毛": {"Mao", "Mo"}, "郝": {"Hao", "Kok"},
	"龚": {"Kung", "Kung"}, "邵": {"Shao", "Shiu"}, "万": {"Wan", "Maan"}, "钱": {"Ch'ien", "Chin"},
	"严": {"Yen", "Yim"}, "覃": {"Ch'in", "Tam"}, "武": {"Wu", "Mo"}, "戴": {"Tai"},
	"莫": {"Mo", "Mok"}, "孔": {"K'ung", "Hung"}, "向": {"Hsiang", "Heung"}, "常": {"Ch'ang", "Sheung"},
	"欧阳": {"Ou-yang", "Auyeung", "Au-Yeung", "Owyang"}, "司马": {"Ssu-ma", "Szema", "Sze-ma"},
	"诸葛": {"Chu-ko"}, "上官": {"Shang-kuan", "Sheungkoon"}, "司徒": {"Ssu-t'u", "Szeto", "Seto"},
	"东方": {"Tung-fang"}, "皇甫": {"Huang-fu"}, "夏侯": {"Hsia-hou"}, "令狐": {"Ling-hu"},
	"慕容": {"Mu-jung"}, "尉迟": {"Yü-ch'ih", "Yu-chih"}, "长孙": {"Chang-sun"}, "宇文": {"Yü-wen", "Yu-wen"},
	"公孙": {"Kung-sun"}, "端木": {"Tuan-mu"}, "单": {"Shan", "Sin"}, "解": {"Hsieh"}, "仇": {"Ch'iu", "Chiu"},
	"区": {"Ou", "Au"}, "朴": {"P'iao", "Park", "Pak"}, "查": {"Cha", "Cha"}, "翟": {"Chai"}, "缪": {"Miao"},
}

// tradSurnames maps traditional forms of family names to the keys above.
var tradSurnames = map[string]string{
	"張": "张", "陳": "陈", "劉": "刘", "楊": "杨", "黃": "黄", "趙": "赵", "吳": "吴",
	"孫": "孙", "馬": "马", "鄭": "郑", "謝": "谢", "許": "许", "韓": "韩", "馮": "冯",
	"鄧": "邓", "蕭": "萧", "葉": "叶", "蘇": "苏", "呂": "吕", "盧": "卢", "鍾": "钟",
	"鐘": "钟", "譚": "谭", "陸": "陆", "錢": "钱", "嚴": "严", "龍": "龙", "龔": "龚",
	"賈": "贾", "鄒": "邹", "閆": "闫", "薛": "薛", "賀": "贺", "顧": "顾", "萬": "万",
	"歐陽": "欧阳", "司馬": "司马", "諸葛": "诸葛", "東方": "东方", "尉遲": "尉迟", "長孫": "长孙",
	"公孫": "公孙", "單": "单", "區": "区", "羅": "罗", "蔣": "蒋", "姜": "姜", "韋": "韦",
	"邱": "邱", "孔": "孔", "湯": "汤", "溫": "温", "黎": "黎", "樸": "朴", "翟": "翟",
}

// LegacySurnames returns the older and dialect spellings of a Chinese family
// name (given in characters), e.g. 张 → Chang, Cheung.
func LegacySurnames(family string) []string {
	if s, ok := tradSurnames[family]; ok {
		family = s
	}
	return legacySurnames[family]
}

// wgInitials maps pinyin initials to Wade–Giles.
var wgInitials = []struct{ py, wg string }{
	{"zh", "ch"}, {"ch", "ch'"}, {"sh", "sh"}, {"b", "p"}, {"p", "p'"}, {"m", "m"},
	{"f", "f"}, {"d", "t"}, {"t", "t'"}, {"n", "n"}, {"l", "l"}, {"g", "k"}, {"k", "k'"},
	{"h", "h"}, {"j", "ch"}, {"q", "ch'"}, {"x", "hs"}, {"r", "j"}, {"z", "ts"}, {"c", "ts'"},
	{"s", "s"},
}

// wgWhole are syllables Wade–Giles writes as a whole.
var wgWhole = map[string]string{
	"zi": "tzu", "ci": "tz'u", "si": "ssu", "zhi": "chih", "chi": "ch'ih", "shi": "shih",
	"ri": "jih", "er": "erh", "yi": "i", "ye": "yeh", "you": "yu", "yu": "yü", "yue": "yüeh",
	"yuan": "yüan", "yun": "yün", "yan": "yen", "yong": "yung", "e": "o", "ge": "ko",
	"ke": "k'o", "he": "ho", "lüe": "lüeh", "nüe": "nüeh", "lve": "lüeh", "nve": "nüeh",
	"jue": "chüeh", "que": "ch'üeh", "xue": "hsüeh", "ju": "chü", "qu": "ch'ü", "xu": "hsü",
	"juan": "chüan", "quan": "ch'üan", "xuan": "hsüan", "jun": "chün", "qun": "ch'ün",
	"xun": "hsün", "jiong": "chiung", "qiong": "ch'iung", "xiong": "hsiung",
	"lo": "lo", "guo": "kuo", "kuo": "k'uo", "huo": "huo", "zhuo": "cho", "chuo": "ch'o",
	"shuo": "shuo", "ruo": "jo",
}

// PinyinToWadeGiles converts one toneless pinyin syllable (ü as ü) to
// Wade–Giles with its aspiration apostrophe, e.g. qing → ch'ing.
func PinyinToWadeGiles(syl string) string {
	syl = plainSyllable(strings.ToLower(syl))
	if w, ok := wgWhole[syl]; ok {
		return w
	}
	ini, fin := "", syl
	for _, p := range wgInitials {
		if strings.HasPrefix(syl, p.py) {
			ini, fin = p.wg, syl[len(p.py):]
			break
		}
	}
	switch {
	case fin == "ong":
		fin = "ung"
	case fin == "ian":
		fin = "ien"
	case fin == "ie":
		fin = "ieh"
	case fin == "uo" && ini != "":
		fin = "o" // duo → to, luo → lo, zuo → tso
	case fin == "e" && ini != "":
		fin = "e"
	case fin == "ui" && ini == "":
		fin = "wei"
	}
	return ini + fin
}

// WadeGilesName writes a Chinese name in Wade–Giles: family name and a
// hyphenated given name, e.g. 王小明 → "Wang Hsiao-ming".
func WadeGilesName(n ZhName) string {
	conv := func(syl []string, hyphen bool) string {
		parts := make([]string, len(syl))
		for i, s := range syl {
			parts[i] = PinyinToWadeGiles(s)
		}
		sep := ""
		if hyphen {
			sep = "-"
		}
		return capitalize(strings.Join(parts, sep))
	}
	return strings.TrimSpace(conv(n.FamilySyl, false) + " " + conv(n.GivenSyl, true))
}
