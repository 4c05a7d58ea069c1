package tabular

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encodings of CSV files.
const (
	EncUTF8    = "utf-8"
	EncUTF16   = "utf-16" // only with a byte-order mark, as Excel's "Unicode text" writes it
	EncWin1251 = "windows-1251"
	EncGB18030 = "gb18030"
)

// encodingByName resolves an encoding name and its common aliases. GBK and
// GB2312 are subsets of GB18030, so one decoder reads all three.
func encodingByName(name string) (string, bool) {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(name), "_", "-")) {
	case "utf-8", "utf8":
		return EncUTF8, true
	case "utf-16", "utf16", "unicode":
		return EncUTF16, true
	case "windows-1251", "cp1251", "win-1251", "1251":
		return EncWin1251, true
	case "gb18030", "gbk", "gb2312", "cp936":
		return EncGB18030, true
	}
	return "", false
}

// codec returns the x/text encoding; nil for UTF-8, which needs no transform.
func codec(name string) encoding.Encoding {
	switch name {
	case EncWin1251:
		return charmap.Windows1251
	case EncGB18030:
		return simplifiedchinese.GB18030
	case EncUTF16:
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	}
	return nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// detectEncoding guesses the encoding of a CSV file from its first bytes.
// A byte-order mark decides; else text that is valid UTF-8 is UTF-8; else
// the choice is between the two legacy encodings of the coordinators,
// Windows-1251 and GB18030:
//
//   - bytes that cannot be GB18030 (a lead byte followed by a space, a
//     separator or a line break, as after any Russian word of odd length)
//     mean Windows-1251;
//   - otherwise Russian text shows in Windows-1251 as mostly lower-case
//     letters (0xE0–0xFF), while Chinese text in GB18030 mostly uses the
//     common characters whose lead bytes (0xB0–0xD7) would be symbols and
//     capitals in Windows-1251; so a large share of lower-case Cyrillic
//     means Windows-1251.
func detectEncoding(sample []byte, complete bool) string {
	switch {
	case bytes.HasPrefix(sample, bomUTF8):
		return EncUTF8
	case bytes.HasPrefix(sample, bomUTF16LE), bytes.HasPrefix(sample, bomUTF16BE):
		return EncUTF16
	}
	if validUTF8Prefix(sample, complete) {
		return EncUTF8
	}
	if !validGB18030(sample, complete) {
		return EncWin1251
	}
	high, lower := 0, 0
	for _, c := range sample {
		if c >= 0x80 {
			high++
			if c >= 0xE0 || c == 0xB8 { // а–я, ё
				lower++
			}
		}
	}
	if lower*10 >= high*6 {
		return EncWin1251
	}
	return EncGB18030
}

// validUTF8Prefix reports whether sample is UTF-8, allowing a character cut
// off at the end of an incomplete sample.
func validUTF8Prefix(b []byte, complete bool) bool {
	if !complete {
		for i := 0; i < utf8.UTFMax && len(b) > 0; i++ {
			if utf8.Valid(b) {
				return true
			}
			b = b[:len(b)-1]
		}
	}
	return utf8.Valid(b)
}

// validGB18030 checks the byte structure of GB18030: ASCII, or a lead byte
// 0x81–0xFE followed by 0x40–0xFE except 0x7F (two bytes) or by a digit, a
// lead byte and a digit (four bytes).
func validGB18030(b []byte, complete bool) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		if c == 0x80 || c == 0xFF {
			return false
		}
		if i+1 >= len(b) {
			return !complete
		}
		t := b[i+1]
		switch {
		case t >= 0x40 && t <= 0xFE && t != 0x7F:
			i += 2
		case t >= 0x30 && t <= 0x39:
			if i+3 >= len(b) {
				return !complete
			}
			if b[i+2] < 0x81 || b[i+2] > 0xFE || b[i+3] < 0x30 || b[i+3] > 0x39 {
				return false
			}
			i += 4
		default:
			return false
		}
	}
	return true
}

// detectSeparator picks the separator that splits the first lines of text
// into the same number of cells, preferring more cells; quoted text is
// skipped. With no evidence it is the comma.
func detectSeparator(text string) rune {
	lines := firstLines(text, 10)
	best, bestScore := ',', -1
	for _, sep := range []rune{',', ';', '\t'} {
		first := countOutsideQuotes(lines[0], sep)
		if first == 0 {
			continue
		}
		agree := 0
		for _, l := range lines[1:] {
			if countOutsideQuotes(l, sep) == first {
				agree++
			}
		}
		// Agreement of later lines matters most, then the number of cells.
		if score := agree*1000 + first; score > bestScore {
			best, bestScore = sep, score
		}
	}
	return best
}

func firstLines(text string, n int) []string {
	var out []string
	for len(out) < n && text != "" {
		line, rest, found := strings.Cut(text, "\n")
		if !found && len(out) > 0 {
			break // a cut-off last line of the sample would skew the count
		}
		if strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
		text = rest
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

func countOutsideQuotes(line string, sep rune) int {
	n, quoted := 0, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case r == sep && !quoted:
			n++
		}
	}
	return n
}
