package web

import (
	"strconv"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/message"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// formatDate writes a date the way the language does: "2 March 2026",
// «2 марта 2026 г.», "2026年3月2日". Month names come from the locale files
// (Russian needs the genitive, which no generic table gives).
func formatDate(tr *i18n.Translator, lang string, t time.Time) string {
	return tr.T(lang, "web.date", map[string]any{
		"day":   t.Day(),
		"month": tr.T(lang, "web.month."+strconv.Itoa(int(t.Month())), nil),
		"year":  t.Year(),
	})
}

// selfName is a product language's name in itself. The switch shows these
// untranslated on purpose: a reader looks for their own language's name.
func selfName(code string) string {
	switch code {
	case model.LangRU:
		return "Русский"
	case model.LangZH:
		return "中文"
	case model.LangEN:
		return "English"
	}
	return code
}

// languageName names any ISO 639-1 language in the reader's language, using
// the CLDR names that come with x/text.
func languageName(readerLang, code string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return code
	}
	if n := display.Tags(language.Make(readerLang)).Name(tag); n != "" {
		return n
	}
	return code
}

// countryName names an ISO 3166 country code in the reader's language.
func countryName(readerLang, code string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if n := display.Regions(language.Make(readerLang)).Name(r); n != "" {
		return n
	}
	return code
}

// localText is a text in one language, with that language for the lang
// attribute: a reader of English may be shown the Russian original.
type localText struct {
	Text, Lang string
}

// pickText returns the text in lang, else in the first language that has it.
func pickText(t model.Text, lang string) localText {
	if s := t[lang]; s != "" {
		return localText{s, lang}
	}
	for _, l := range model.Langs {
		if s := t[l]; s != "" {
			return localText{s, l}
		}
	}
	return localText{}
}

// langsFirst lists the product languages with lang first.
func langsFirst(lang string) []string {
	out := []string{lang}
	for _, l := range model.Langs {
		if l != lang {
			out = append(out, l)
		}
	}
	return out
}

// nameView is an expert's name as a reader sees it: in their script where
// the profile has it, with the native form beside it when that differs
// (Иванов for a reader of English who sees Ivanov).
type nameView struct {
	Text, Lang         string
	Native, NativeLang string
}

func expertName(e *model.Expert, lang string) nameView {
	shown := pickText(e.Name, lang)
	if s := e.Name[lang]; s == "" && e.NativeLang != "" && e.Name[e.NativeLang] != "" {
		shown = localText{e.Name[e.NativeLang], e.NativeLang}
	}
	v := nameView{Text: shown.Text, Lang: shown.Lang}
	if n := e.Name[e.NativeLang]; n != "" && n != shown.Text {
		v.Native, v.NativeLang = n, e.NativeLang
	}
	return v
}

// newPrinter formats numbers for a language (grouping: 12,345 / 12 345).
// A printer is not safe for concurrent use: make one per page.
func newPrinter(lang string) *message.Printer { return message.NewPrinter(language.Make(lang)) }
