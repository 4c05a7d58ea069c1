package translit

import "strings"

// Xinhua Russian–Chinese transcription table. Columns: а о у ы э е и я ё ю,
// then the consonant alone (before a consonant or at the end of a word).
const ruZhColumns = "аоуыэеияёю"

const ruZhRows = `б 巴 博 布 贝 贝 别 比 比亚 比奥 比尤 布
в 瓦 沃 武 维 韦 韦 维 维亚 维奥 维尤 夫
г 加 戈 古 格 盖 盖 吉 吉亚 吉奥 久 格
д 达 多 杜 德 代 杰 季 佳 乔 久 德
ж 扎 若 茹 日 热 热 日 扎 若 茹 日
з 扎 佐 祖 济 泽 泽 济 扎 佐 久 兹
к 卡 科 库 克 克 克 基 基亚 科 丘 克
л 拉 洛 卢 雷 莱 列 利 利亚 廖 柳 尔
м 马 莫 穆 梅 梅 梅 米 米亚 苗 缪 姆
н 纳 诺 努 内 内 涅 尼 尼亚 纽 纽 恩
п 帕 波 普 佩 佩 佩 皮 皮亚 皮奥 皮尤 普
р 拉 罗 鲁 雷 雷 列 里 里亚 廖 留 尔
с 萨 索 苏 瑟 塞 谢 西 夏 肖 休 斯
т 塔 托 图 特 泰 捷 季 佳 乔 秋 特
ф 法 福 富 菲 费 费 菲 菲亚 费奥 菲尤 夫
х 哈 霍 胡 黑 赫 黑 希 希亚 霍 休 赫
ц 察 措 楚 齐 采 采 齐 恰 乔 丘 茨
ч 恰 乔 丘 奇 切 切 奇 恰 乔 丘 奇
ш 沙 绍 舒 希 谢 谢 希 夏 肖 休 什
щ 夏 晓 休 希 谢 谢 希 夏 晓 休 希
- 阿 奥 乌 厄 埃 耶 伊 亚 约 尤 -`

// ruZhNasal are consonant+vowel+н syllables, used when н closes the
// syllable (before a consonant or at the end of a word).
const ruZhNasalRows = `ан 班:б 万:в 甘:г 丹:д 让:ж 赞:з 坎:к 兰:л 曼:м 南:н 潘:п 兰:р 桑:с 坦:т 凡:ф 汉:х 灿:ц 钱:ч 尚:ш 安:-
ен 本:б 文:в 根:г 坚:д 任:ж 津:з 肯:к 连:л 缅:м 年:н 边:п 连:р 先:с 坚:т 芬:ф 欣:х 岑:ц 琴:ч 申:ш 延:-
ин 宾:б 温:в 金:г 丁:д 任:ж 津:з 金:к 林:л 明:м 宁:н 平:п 林:р 辛:с 京:т 芬:ф 欣:х 钦:ц 钦:ч 申:ш 申:щ 因:-
он 邦:б 翁:в 贡:г 东:д 容:ж 宗:з 孔:к 隆:л 蒙:м 农:н 蓬:п 龙:р 松:с 东:т 丰:ф 洪:х 宗:ц 琼:ч 雄:ш 翁:-
ун 本:б 文:в 贡:г 敦:д 容:ж 尊:з 昆:к 伦:л 蒙:м 农:н 蓬:п 伦:р 孙:с 通:т 丰:ф 洪:х 聪:ц 春:ч 顺:ш 翁:-
ян 比扬:б 维扬:в 江:д 基扬:к 良:л 缅:м 年:н 皮扬:п 良:р 相:с 江:т 希扬:х 扬:-
эн 恩:-
ай 拜:б 瓦伊:в 盖:г 代:д 扎伊:з 凯:к 莱:л 迈:м 奈:н 派:п 赖:р 赛:с 泰:т 法伊:ф 海:х 采:ц 柴:ч 沙伊:ш 艾:-`

// ruZhFemale are the characters of women's names: 娜 for на, 娃 for a
// final ва, 莉 for ли, 丽 for ри, 玛 for ма, 莎 for са/ша at the end, 娅
// for a final я.
var ruZhFemale = map[string]string{
	"на": "娜", "ли": "莉", "ри": "丽", "ма": "玛", "ня": "妮", "ля": "莉", "ра": "拉",
}

var ruZhFemaleFinal = map[string]string{
	"ва": "娃", "са": "莎", "ша": "莎", "ка": "卡", "я": "娅", "ия": "娅", "ья": "娅",
}

type ruZhKey struct {
	cons  rune // 0 for a vowel alone
	vowel rune // 0 for a consonant alone
}

var ruZhTable, ruZhNasal = func() (map[ruZhKey]string, map[string]string) {
	t := make(map[ruZhKey]string, 256)
	cols := []rune(ruZhColumns)
	for _, line := range strings.Split(ruZhRows, "\n") {
		f := strings.Fields(line)
		c := []rune(f[0])[0]
		if c == '-' {
			c = 0
		}
		for i, v := range cols {
			t[ruZhKey{c, v}] = f[1+i]
		}
		if f[len(f)-1] != "-" {
			t[ruZhKey{c, 0}] = f[len(f)-1]
		}
	}
	n := make(map[string]string, 128)
	for _, line := range strings.Split(ruZhNasalRows, "\n") {
		f := strings.Fields(line)
		for _, cell := range f[1:] {
			zh, cons, _ := strings.Cut(cell, ":")
			if cons == "-" {
				cons = ""
			}
			n[cons+f[0]] = zh
		}
	}
	return t, n
}()
