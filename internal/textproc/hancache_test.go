package textproc

import (
	"slices"
	"testing"
)

// The cache must give exactly what a fresh analysis gives, wherever the
// run sits in the text.
func TestHanCacheSameTokens(t *testing.T) {
	a := analyzer(t)
	texts := []string{"中国科学院计算技术研究所", "Институт 中国科学院 AI 医学院", "的医学", "醫學 研究所", "xx 研究所 yy 研究所"}
	for _, mode := range []Mode{ModeFull, ModeExact} {
		for _, s := range texts {
			// An empty cache analyses afresh.
			fresh := &Analyzer{seg: a.seg, ruStop: a.ruStop, enStop: a.enStop, hans: newHanCache()}
			want := fresh.Tokens(s, mode)
			for range 2 { // first fills the cache, second reads it
				if got := a.Tokens(s, mode); !slices.Equal(got, want) {
					t.Errorf("%q mode %d: %v, want %v", s, mode, got, want)
				}
			}
		}
	}
}
