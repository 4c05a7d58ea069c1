package textproc

import (
	"strings"
	"unicode/utf8"
)

// ruEndings are the Russian noun and adjective inflection endings, longest
// first so that the longest match wins. Verb and derivational suffixes are
// deliberately absent: this stem only joins the case forms of one word.
var ruEndings = []string{
	"иями", "ями", "ами", "иях", "ией", "ием", "иям", "ого", "его", "ому", "ему",
	"ыми", "ими", "ях", "ах", "ам", "ям", "ом", "ем", "ой", "ей", "ий", "ый",
	"ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ою", "ею", "их", "ых", "ым",
	"им", "ев", "ов", "ия", "ья", "ию", "ью", "ье",
	"а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
}

// lightStemRU removes one inflection ending from a folded Russian word,
// keeping at least three letters of stem.
func lightStemRU(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range ruEndings {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}
