// Package i18n translates TalentBridge's messages into Russian, Chinese and
// English. The messages live in locales/{en,ru,zh}.json, embedded in the
// binary; plural forms follow the CLDR rules of each language (Russian has
// one/few/many, Chinese none).
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed locales/*.json
var localeFS embed.FS

// DefaultLang is the language used when a request names none we support.
const DefaultLang = "en"

// Translator looks up messages by key. It is immutable and safe for
// concurrent use.
type Translator struct {
	loc map[string]*goi18n.Localizer
}

// New loads the embedded locales.
func New() (*Translator, error) {
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	t := &Translator{loc: map[string]*goi18n.Localizer{}}
	for _, lang := range Languages() {
		if _, err := bundle.LoadMessageFileFS(localeFS, "locales/"+lang+".json"); err != nil {
			return nil, fmt.Errorf("i18n: load %s: %w", lang, err)
		}
		// Only the one language: a key missing from it falls back to the
		// bundle's default (English), never to a third language.
		t.loc[lang] = goi18n.NewLocalizer(bundle, lang)
	}
	return t, nil
}

// Languages returns the supported language codes, the default first.
func Languages() []string { return []string{"en", "ru", "zh"} }

// T returns the message key in lang with params filled in, or the key itself
// when there is no such message. The params "count" or, failing that, "max"
// select the plural form.
func (t *Translator) T(lang, key string, params map[string]any) string {
	if s, ok := t.Lookup(lang, key, params); ok {
		return s
	}
	return key
}

// Lookup is T reporting whether the message exists.
func (t *Translator) Lookup(lang, key string, params map[string]any) (string, bool) {
	loc, ok := t.loc[lang]
	if !ok {
		loc = t.loc[DefaultLang]
	}
	if params == nil {
		params = map[string]any{} // templates test keys that may be absent
	}
	cfg := &goi18n.LocalizeConfig{MessageID: key, TemplateData: params, PluralCount: pluralCount(params)}
	// An error with a message is a fallback (to English, or to the "other"
	// form of a message without plural forms) and the message is usable.
	s, err := loc.Localize(cfg)
	if s == "" && err != nil {
		return "", false
	}
	return s, true
}

func pluralCount(params map[string]any) any {
	for _, k := range []string{"count", "max"} {
		switch v := params[k].(type) {
		case int, int64, float64:
			return v
		}
	}
	return nil
}

// Match picks the best supported language for an Accept-Language header (or
// a single language tag such as "ru" or "zh-CN"): the first tag, by
// preference, whose base language is supported, else DefaultLang.
func Match(acceptLanguage string) string {
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil {
		return DefaultLang
	}
	for _, tag := range tags {
		base, _ := tag.Base()
		if l := base.String(); slices.Contains(Languages(), l) {
			return l
		}
	}
	return DefaultLang
}

// Match is the package-level Match, offered on the Translator for callers
// that only hold one.
func (t *Translator) Match(acceptLanguage string) string { return Match(acceptLanguage) }

// FieldLabel returns the label of a field path such as "name.ru" or
// "outputs[2].title" in lang. Labels are looked up as field.<scope>.<path>,
// then field.<path>, dropping indices and then trailing segments, so that
// "outputs[2].title" finds field.outputs.title and "name.ru" finds
// field.name. Scope distinguishes fields of the same name in different
// records ("org", "sphere"); it may be empty.
func (t *Translator) FieldLabel(lang, scope, field string) (string, bool) {
	path := stripIndices(field)
	for path != "" {
		if scope != "" {
			if s, ok := t.Lookup(lang, "field."+scope+"."+path, nil); ok {
				return s, true
			}
		}
		if s, ok := t.Lookup(lang, "field."+path, nil); ok {
			return s, true
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return "", false
}

func stripIndices(field string) string {
	var b strings.Builder
	depth := 0
	for _, r := range field {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
