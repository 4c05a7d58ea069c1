package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key folds a name or name part in any script to a lenient Latin key, so
// that the spellings people actually use for one name meet:
//
//   - Cyrillic is romanised first (ICAO), characters are read in pinyin
//     (family-name readings first), diacritics go (ü → u, č → ch);
//   - kh/h, ks/x, w/v (Iwanow), ph/f, ck/k;
//   - ts/tc/tz/cz/c (ц), shch/shh/sch/szcz (щ), tsch/ch (German ч);
//   - y/i, and j/i where j cannot be pinyin j (Jelena, Sergej, Majskij);
//   - ye/e at the start of a word and after a vowel, yo/e (Fyodor, Fedor),
//     -iev/-ev (Soloviev, Solovev);
//   - doubled letters are written once (Kirill/Kiril, Mariia/Maria);
//   - spaces, hyphens, apostrophes and dots disappear (Xiao-Ming, Xi'an).
//
// The key is not a spelling: it is only ever compared with other keys.
func Key(s string) string {
	return foldLatin(toLatinLower(s))
}

// toLatinLower writes s in lower-case ASCII letters only: Cyrillic in ICAO,
// characters in toneless pinyin, Latin without diacritics.
func toLatinLower(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c >= 'a' && c <= 'z' {
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isHan(r):
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isHan(r2) {
					break
				}
				j += n
			}
			for _, syl := range hanToPinyinSyl(s[i:j]) {
				b.WriteString(writeU(plainSyllable(syl), UPlain))
			}
			i = j
			continue
		case r >= 0x400 && r <= 0x52f:
			if out, ok := ruBase[unicode.ToLower(r)]; ok {
				b.WriteString(out)
			}
		default:
			if f, ok := latinFold[unicode.ToLower(r)]; ok {
				b.WriteString(f)
			}
		}
		i += size
	}
	return b.String()
}

func isLatinVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func byteAt(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// foldLatin applies the folding rules to lower-case ASCII letters.
func foldLatin(s string) string {
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "tsch"):
			b = append(b, 'c', 'h')
			i += 3
			continue
		case strings.HasPrefix(rest, "shch"), strings.HasPrefix(rest, "szcz"):
			b = append(b, 's', 'q') // щ: a digraph no romanisation uses
			i += 3
			continue
		case strings.HasPrefix(rest, "shh"), strings.HasPrefix(rest, "sch"):
			b = append(b, 's', 'q')
			i += 2
			continue
		}
		next := byteAt(s, i+1)
		switch c {
		case 'k':
			if next == 'h' {
				b = append(b, 'h')
				i++
				continue
			}
		case 'p':
			if next == 'h' {
				b = append(b, 'f')
				i++
				continue
			}
		case 'x':
			b = append(b, 'k', 's')
			continue
		case 'w':
			c = 'v'
		case 't':
			if next == 's' || next == 'z' || (next == 'c' && byteAt(s, i+2) != 'h') {
				b = append(b, 'c')
				i++
				continue
			}
		case 'c':
			switch {
			case next == 'z':
				b = append(b, 'c')
				i++
				continue
			case next == 'k':
				b = append(b, 'k')
				i++
				continue
			case next == 'l' || next == 'r' || next == 't':
				c = 'k' // Victor, Nicklas: c before a consonant is k
			}
		case 'j':
			switch {
			case next == 'a' || next == 'e' || next == 'o' || next == 0 || !isLatinVowel(next) && next != 'i':
				c = 'i' // Jelena, Jakov, Sergej, Majskij: never pinyin j
			case next == 'u' && len(b) == 0 && strings.IndexByte("lrskdmtvp", byteAt(s, i+2)) >= 0:
				c = 'i' // Julia, Jurij
			}
		case 'y':
			c = 'i'
		}
		b = append(b, c)
	}
	return string(collapse(vowelFold(b)))
}

// vowelFold merges the iotated vowels of Russian romanisations: ye→e at the
// start and after a vowel, yo→e (before anything but pinyin -ng/-u), -iev→-ev.
// It works on the output of the consonant pass, where y is already i.
func vowelFold(b []byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == 'i' && i+1 < len(b) {
			n := b[i+1]
			prevVowel := len(out) == 0 || isLatinVowel(out[len(out)-1])
			after := byte(0)
			if i+2 < len(b) {
				after = b[i+2]
			}
			switch {
			case n == 'e' && prevVowel:
				continue // ye → e
			case n == 'e' && after == 'v':
				continue // -iev → -ev
			case n == 'o' && !(after == 'n' && i+3 < len(b) && b[i+3] == 'g') && after != 'u':
				out = append(out, 'e')
				i++
				continue // yo, io → e (Fyodor, Pyotr, Semyon)
			}
		}
		out = append(out, c)
	}
	return out
}

// collapse writes doubled letters once.
func collapse(b []byte) []byte {
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// commonSurnameChars are the family names most Chinese people carry; their
// pinyin and older spellings let a Latin name be recognised as Chinese.
const commonSurnameChars = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝萧区朴"

// latinSurnameKeys are the keys of Chinese family names in Latin letters,
// each with the frequency rank of its most common character (0 = 王).
var latinSurnameKeys = func() map[string]int {
	m := make(map[string]int, 600)
	put := func(k string, rank int) {
		if old, ok := m[k]; !ok || rank < old {
			m[k] = rank
		}
	}
	rank := 0
	for _, r := range commonSurnameChars {
		put(Key(string(r)), rank)
		for _, l := range LegacySurnames(string(r)) {
			put(Key(l), rank)
		}
		rank++
	}
	for c, syl := range compoundSurnames {
		put(Key(syl[0]+syl[1]), rank)
		for _, l := range LegacySurnames(c) {
			put(Key(l), rank)
		}
	}
	return m
}()
