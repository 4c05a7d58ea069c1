package textproc

import (
	"runtime"
	"slices"
	"sync"
	"testing"
)

// newAnalyzer loads the dictionary once for the whole test binary: it is the
// expensive part, and the Analyzer is immutable once built.
var newAnalyzer = sync.OnceValues(New)

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := newAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func terms(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Term)
	}
	return out
}

// shares reports whether the analyses of a and b have a term in common: the
// condition for a query a to find a text b.
func shares(an *Analyzer, a, b string, mode Mode) bool {
	tb := terms(an.Tokens(b, mode))
	for _, t := range an.Tokens(a, mode) {
		if slices.Contains(tb, t.Term) {
			return true
		}
	}
	return false
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ёлка", "елка"},
		{"ЙОГУРТ", "йогурт"},
		{"Wáng Xiǎomíng", "wang xiaoming"},
		{"ＡＢＣ１２", "abc12"},
		{"Straße", "strasse"},
		{"醫學研究", "医学研究"},
		{"臺灣", "台湾"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestT2STable(t *testing.T) {
	if len(t2s) < 1000 {
		t.Errorf("t2s has %d pairs, want at least 1000", len(t2s))
	}
	for k, v := range t2s {
		if k == v {
			t.Errorf("%c maps to itself", k)
		}
		if _, ok := t2s[v]; ok {
			t.Errorf("%c → %c: the simplified form is itself a key, folding would not be idempotent", k, v)
		}
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ in, want string }{
		{"метрополитен", "ru"},
		{"首都国际机场", "zh"},
		{"subway construction", "en"},
		{"Институт AI", "ru"},
		{"123 —", ""},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.in); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFinds(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		query, text string
		mode        Mode
		want        bool
	}{
		{"метрополитена", "метрополитен", ModeFull, true},
		{"метрополитеном", "метрополитен", ModeFull, true},
		{"метрополитен", "Московский метрополитен", ModeFull, true},
		{"研究所", "中国科学院计算技术研究所", ModeFull, true},
		{"机场", "首都国际机场", ModeFull, true},
		{"专家", "首席专家", ModeFull, true},
		{"醫學", "医学", ModeFull, true},
		{"医学", "醫學研究", ModeFull, true},
		// The dictionary splits 医学院 as 医 + 学院: words miss it, the
		// bigram field (Grams) finds it.
		{"医学", "医学院", ModeFull, false},
		{"experts", "expert", ModeFull, true},
		{"the", "the expert", ModeFull, false},
		{"Иванова", "Иванов", ModeExact, false},
		{"Wang", "Wáng", ModeExact, true},
		{"метро", "метрополитен", ModeFull, false},
	}
	for _, tt := range tests {
		if got := shares(a, tt.query, tt.text, tt.mode); got != tt.want {
			t.Errorf("%q finds %q = %v, want %v (query %v, text %v)", tt.query, tt.text, got, tt.want,
				terms(a.Tokens(tt.query, tt.mode)), terms(a.Tokens(tt.text, tt.mode)))
		}
	}
}

func TestTokensOffsetsAndPositions(t *testing.T) {
	a := analyzer(t)
	text := "Институт 醫學 of Physics"
	got := a.Tokens(text, ModeFull)
	want := []struct {
		term, src string
		pos       int
	}{
		{"институт", "Институт", 1},
		{"医学", "醫學", 2},
		{"physic", "Physics", 4}, // "of" is a stop word: position 3 is a gap
	}
	if len(got) != len(want) {
		t.Fatalf("Tokens = %+v, want %d tokens", got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Term != w.term || text[g.Start:g.End] != w.src || g.Pos != w.pos {
			t.Errorf("token %d = %q %q pos %d, want %q %q pos %d", i, g.Term, text[g.Start:g.End], g.Pos, w.term, w.src, w.pos)
		}
	}
}

func TestGrams(t *testing.T) {
	text := "北京 醫學院 x 王"
	got := Grams(text)
	want := []struct {
		term, src string
		pos       int
	}{
		{"北京", "北京", 1},
		{"医学", "醫學", 3},
		{"学院", "學院", 4},
		{"王", "王", 6},
	}
	if len(got) != len(want) {
		t.Fatalf("Grams = %+v, want %d tokens", got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Term != w.term || text[g.Start:g.End] != w.src || g.Pos != w.pos {
			t.Errorf("gram %d = %q %q pos %d, want %q %q pos %d", i, g.Term, text[g.Start:g.End], g.Pos, w.term, w.src, w.pos)
		}
	}
}

func TestChineseSubWords(t *testing.T) {
	a := analyzer(t)
	got := a.Tokens("中国科学院计算技术研究所", ModeFull)
	for _, w := range []string{"中国科学院", "计算", "技术", "研究所"} {
		if !slices.Contains(terms(got), w) {
			t.Errorf("missing sub-word %q in %v", w, terms(got))
		}
	}
	for _, tok := range got {
		if tok.Pos != 1 {
			t.Errorf("sub-word %q at position %d, want 1", tok.Term, tok.Pos)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	a := analyzer(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				a.Tokens("首都国际机场 метрополитен experts", ModeFull)
			}
		})
	}
	wg.Wait()
}

func BenchmarkTokens(b *testing.B) {
	a := analyzer(b)
	text := "Главный специалист Московского метрополитена, 首都国际机场首席专家, expert in subway construction and tunnelling."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Tokens(text, ModeFull)
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadMemory reports what the dictionary costs; it asserts nothing about
// time (benchmarks do that), only that loading works twice independently.
func TestLoadMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the dictionary")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("dictionary: loaded in %v, heap +%d MB", a.LoadTime, (int64(after.HeapAlloc)-int64(before.HeapAlloc))>>20)
	runtime.KeepAlive(a)
}
