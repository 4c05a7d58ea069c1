package translit

import "strings"

// cantoneseGiven are Hong Kong government romanisations of characters common
// in given names. Hong Kong and overseas experts carry these spellings
// (Siu-ming for 小明); the family names are in legacySurnames.
var cantoneseGiven = map[rune]string{
	'伟': "wai", '偉': "wai", '芳': "fong", '娜': "na", '洋': "yeung", '静': "ching", '靜': "ching",
	'磊': "lui", '敏': "man", '强': "keung", '強': "keung", '杰': "kit", '傑': "kit", '霞': "ha",
	'明': "ming", '丽': "lai", '麗': "lai", '超': "chiu", '红': "hung", '紅': "hung", '军': "kwan",
	'軍': "kwan", '涛': "to", '濤': "to", '平': "ping", '峰': "fung", '晓': "hiu", '曉': "hiu",
	'东': "tung", '東': "tung", '文': "man", '和': "wo", '晨': "san", '宇': "yu", '佳': "kai",
	'嫣': "yin", '晴': "ching", '雪': "suet", '小': "siu", '刚': "kong", '剛': "kong", '亚': "nga",
	'亞': "nga", '萍': "ping", '梅': "mui", '博': "pok", '志': "chi", '誌': "chi", '战': "chin",
	'戰': "chin", '野': "ye", '卿': "hing", '隆': "lung", '婷': "ting", '雯': "man", '国': "kwok",
	'國': "kwok", '华': "wah", '華': "wah", '鹃': "kuen", '鵑': "kuen", '嘉': "ka", '莹': "ying",
	'瑩': "ying", '浩': "ho", '炳': "bing", '添': "tim", '俊': "chun", '晖': "fai", '暉': "fai",
	'从': "chung", '從': "chung", '欣': "yan", '南': "nam", '山': "shan", '咏': "wing", '詠': "wing",
	'麟': "lun", '毅': "ngai", '冰': "bing", '星': "sing", '智': "chi", '樟': "cheung", '柯': "ko",
	'雨': "yu", '唯': "wai", '方': "fong", '岩': "ngam", '巖': "ngam", '松': "chung", '市': "sze",
	'凡': "fan", '黛': "doi", '林': "lam", '岚': "lam", '嵐': "lam", '淑': "suk", '贞': "ching",
	'貞': "ching", '疏': "so", '影': "ying", '相': "seung", '之': "chi", '谦': "him", '謙': "him",
	'奕': "yik", '宏': "wang", '宝': "po", '寶': "po", '飞': "fei", '飛': "fei", '铁': "tit",
	'鐵': "tit", '生': "sang", '喆': "kit", '城': "shing", '不': "bat", '易': "yik", '蕾': "lui",
	'兵': "bing", '茜': "sin", '学': "hok", '學': "hok", '森': "sum", '歌': "ko", '苓': "ling",
	'海': "hoi", '大': "tai", '靖': "ching", '言': "yin", '令': "ling", '辉': "fai", '輝': "fai",
	'佐': "jo", '远': "yuen", '遠': "yuen", '建': "kin", '立': "lap", '云': "wan", '雲': "wan",
	'策': "chak", '田': "tin", '家': "ka", '哲': "chit", '良': "leung", '镛': "yung", '鏞': "yung",
	'世': "sai", '天': "tin", '临': "lam", '臨': "lam", '律': "lut", '虹': "hung", '思': "sze",
	'清': "ching", '书': "shu", '書': "shu", '洪': "hung", '利': "lei", '一': "yat", '公': "kung",
	'宁': "ning", '寧': "ning", '其': "kei", '坤': "kwan", '进': "chun", '進': "chun", '自': "tsz",
	'庆': "hing", '慶': "hing", '春': "chun", '波': "po", '兰': "lan", '蘭': "lan", '艺': "ngai",
	'藝': "ngai", '谋': "mau", '謀': "mau", '安': "on", '凯': "hoi", '凱': "hoi", '慈': "chi",
	'菲': "fei", '朗': "long", '开': "hoi", '開': "hoi", '复': "fuk", '復': "fuk", '英': "ying",
	'玲': "ling", '芬': "fun", '燕': "yin", '秀': "sau", '珍': "chun", '美': "mei", '琴': "kam",
	'君': "kwan", '慧': "wai", '琳': "lam", '颖': "wing", '穎': "wing", '欢': "fun", '歡': "fun",
	'玉': "yuk", '凤': "fung", '鳳': "fung", '彬': "pan", '斌': "bun", '鹏': "pang", '鵬': "pang",
	'健': "kin", '永': "wing", '德': "tak", '新': "san", '荣': "wing", '榮': "wing", '成': "shing",
	'龙': "lung", '龍': "lung", '金': "kam", '光': "kwong", '福': "fuk", '贵': "kwai", '貴': "kwai",
	'祥': "cheung", '泽': "chak", '澤': "chak", '锋': "fung", '鋒': "fung", '辰': "san", '豪': "ho",
	'子': "tsz", '恒': "hang", '恆': "hang", '振': "chun", '怡': "yi", '婉': "yuen", '诗': "sze",
	'詩': "sze", '雅': "nga", '琪': "kei", '晶': "ching", '月': "yuet", '桂': "kwai", '秋': "chau",
	'兴': "hing", '興': "hing", '勇': "yung", '江': "kong", '伦': "lun", '倫': "lun", '仁': "yan",
	'玮': "wai", '瑋': "wai",
}

// CantoneseGiven writes a given name in Hong Kong romanisation, syllables
// joined by hyphens (小明 → Siu-ming); ok is false when a character is not in
// the table.
func CantoneseGiven(given string) (string, bool) {
	var parts []string
	for _, r := range given {
		s, ok := cantoneseGiven[r]
		if !ok {
			return "", false
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return "", false
	}
	return capitalize(strings.Join(parts, "-")), true
}
