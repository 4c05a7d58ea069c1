package translit

import "strings"

// pinyinSyllableList is every syllable of standard Mandarin pinyin, toneless,
// with ü written v. Earlier entries win when two share a Cyrillic form.
const pinyinSyllableList = `a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lo lv lve
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu`

// pinyinSyllables is the set of pinyinSyllableList.
var pinyinSyllables = func() map[string]bool {
	m := make(map[string]bool, 420)
	for _, s := range strings.Fields(pinyinSyllableList) {
		m[s] = true
	}
	for s := range syllableAliases {
		m[s] = true
	}
	return m
}()

// syllableAliases are spellings of ü syllables that are not standard pinyin
// but are what passports and keyboards produce.
var syllableAliases = map[string]string{
	"lyu": "lv", "nyu": "nv", "lyue": "lve", "nyue": "nve", "lue": "lve", "nue": "nve",
}

// SegmentPinyin splits a run of toneless pinyin letters into syllables
// ("xiaoming" → xiao ming), preferring the fewest syllables and then the
// longest first syllable. Apostrophes and hyphens are hard boundaries;
// ü may be written ü, v or u. It reports false when s is not pinyin.
func SegmentPinyin(s string) ([]string, bool) {
	s = strings.ToLower(plainSyllable(s))
	s = strings.ReplaceAll(s, "ü", "v")
	var out []string
	for _, chunk := range strings.FieldsFunc(s, func(r rune) bool { return r == '\'' || r == '-' || r == '’' || r == ' ' }) {
		syl, ok := segmentRun(chunk)
		if !ok {
			return nil, false
		}
		out = append(out, syl...)
	}
	return out, len(out) > 0
}

// vowelInitial reports a syllable that GB/T 28039 would mark with an
// apostrophe inside a word; a split that needs one is less likely.
func vowelInitial(s string) bool {
	return s[0] == 'a' || s[0] == 'e' || s[0] == 'o'
}

// segmentRun is a shortest-path split of s into syllables; s is ASCII.
// Each syllable costs 2 and a vowel-initial syllable inside the word 1 more,
// so "nana" is na-na and "xian" one syllable.
func segmentRun(s string) ([]string, bool) {
	n := len(s)
	const maxSyl = 6
	best := make([]int, n+1) // fewest syllables covering s[i:]
	next := make([]int, n+1)
	for i := range best {
		best[i] = -1
	}
	best[n] = 0
	for i := n - 1; i >= 0; i-- {
		for l := min(maxSyl, n-i); l >= 1; l-- {
			if best[i+l] < 0 || !pinyinSyllables[s[i:i+l]] {
				continue
			}
			c := best[i+l] + 2
			if i > 0 && vowelInitial(s[i:i+l]) {
				c++
			}
			if best[i] < 0 || c < best[i] {
				best[i], next[i] = c, i+l
			}
		}
	}
	if best[0] < 0 {
		return nil, false
	}
	var out []string
	for i := 0; i < n; i = next[i] {
		syl := s[i:next[i]]
		if c, ok := syllableAliases[syl]; ok {
			syl = c
		}
		out = append(out, syl)
	}
	return out, true
}

// IsPinyin reports whether every word of s splits into pinyin syllables.
func IsPinyin(s string) bool {
	words := splitWords(s)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if _, ok := SegmentPinyin(w); !ok {
			return false
		}
	}
	return true
}
