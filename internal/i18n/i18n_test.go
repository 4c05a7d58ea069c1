package i18n

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"talentbridge/internal/model"
)

// locale is one parsed locale file: key → plural form → text. A message
// without plural forms has only "other".
type locale map[string]map[string]string

func readLocale(t *testing.T, lang string) locale {
	t.Helper()
	raw, err := localeFS.ReadFile("locales/" + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var file map[string]json.RawMessage
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatalf("%s.json: %v", lang, err)
	}
	out := locale{}
	for key, v := range file {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[key] = map[string]string{"other": s}
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			t.Fatalf("%s.json: %s: neither a string nor plural forms", lang, key)
		}
		out[key] = forms
	}
	return out
}

func TestEveryKeyInEveryLocale(t *testing.T) {
	all := map[string]locale{}
	keys := map[string]bool{}
	for _, lang := range Languages() {
		all[lang] = readLocale(t, lang)
		for k := range all[lang] {
			keys[k] = true
		}
	}
	for _, lang := range Languages() {
		for k := range keys {
			if _, ok := all[lang][k]; !ok {
				t.Errorf("%s.json lacks %q", lang, k)
			}
		}
	}
}

// requiredForms are the CLDR plural categories for integers in each language.
var requiredForms = map[string][]string{
	"en": {"one", "other"},
	"ru": {"one", "few", "many", "other"},
	"zh": {"other"},
}

func TestPluralForms(t *testing.T) {
	for _, lang := range Languages() {
		for key, forms := range readLocale(t, lang) {
			if len(forms) == 1 {
				continue
			}
			for _, f := range requiredForms[lang] {
				if forms[f] == "" {
					t.Errorf("%s.json %s: plural form %q missing", lang, key, f)
				}
			}
		}
	}
}

var placeholderRE = regexp.MustCompile(`\.([A-Za-z_][A-Za-z0-9_]*)`)

func placeholders(forms map[string]string) []string {
	set := map[string]bool{}
	for _, s := range forms {
		for _, action := range regexp.MustCompile(`{{(.*?)}}`).FindAllStringSubmatch(s, -1) {
			for _, m := range placeholderRE.FindAllStringSubmatch(action[1], -1) {
				set[m[1]] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(set))
}

func TestPlaceholdersAgree(t *testing.T) {
	en := readLocale(t, "en")
	for _, lang := range Languages() {
		loc := readLocale(t, lang)
		for key, forms := range loc {
			if got, want := placeholders(forms), placeholders(en[key]); !slices.Equal(got, want) {
				t.Errorf("%s.json %s uses %v, en.json uses %v", lang, key, got, want)
			}
		}
	}
}

// modelCodes reads the Code* constants of package model from its source, so
// that a new code without a message fails this test.
func modelCodes(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("../model/*.go")
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, name := range vs.Names {
				if !strings.HasPrefix(name.Name, "Code") || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, _ := strconv.Unquote(lit.Value)
					codes[name.Name] = v
				}
			}
			return true
		})
	}
	if len(codes) < 10 {
		t.Fatalf("found only %d Code* constants in model", len(codes))
	}
	return codes
}

func TestEveryCodeHasMessage(t *testing.T) {
	tr := newTranslator(t)
	for name, code := range modelCodes(t) {
		for _, lang := range Languages() {
			if _, ok := readLocale(t, lang)[ErrorKey(code)]; !ok {
				t.Errorf("model.%s: %s.json has no %q", name, lang, ErrorKey(code))
			}
		}
		if got := tr.T("en", ErrorKey(code), nil); got == ErrorKey(code) {
			t.Errorf("model.%s: no English message", name)
		}
	}
	// Error kinds mapped by the transports.
	for _, code := range []string{"not_found", "conflict", "forbidden", "unauthorized", "too_large", "internal"} {
		if _, ok := readLocale(t, "en")[ErrorKey(code)]; !ok {
			t.Errorf("no message for %q", code)
		}
	}
}

func newTranslator(t *testing.T) *Translator {
	t.Helper()
	tr, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestTranslate(t *testing.T) {
	tr := newTranslator(t)
	tests := []struct {
		lang, key string
		params    map[string]any
		want      string
	}{
		{"en", "error.required", nil, "Required"},
		{"ru", "error.required", nil, "Обязательное поле"},
		{"zh", "error.required", nil, "此项为必填"},
		{"en", "error.too_long", map[string]any{"max": 1}, "Too long: at most 1 character"},
		{"en", "error.too_long", map[string]any{"max": 200}, "Too long: at most 200 characters"},
		{"ru", "error.too_long", map[string]any{"max": 1}, "Слишком длинно: не более 1 символа"},
		{"ru", "error.too_long", map[string]any{"max": 3}, "Слишком длинно: не более 3 символов"},
		{"ru", "error.too_long", map[string]any{"max": 200}, "Слишком длинно: не более 200 символов"},
		{"ru", "error.too_long", map[string]any{"max": 21}, "Слишком длинно: не более 21 символа"},
		{"zh", "error.too_long", map[string]any{"max": 200}, "内容过长：最多 200 个字符"},
		{"ru", "error.unknown_sphere", map[string]any{"value": "x.y"}, "Сферы «x.y» нет в классификаторе"},
		{"en", "error.duplicate", map[string]any{"line": 7}, "Already used on line 7"},
		{"en", "error.duplicate", nil, "Already exists"},
		{"zh", "error.unknown_value", map[string]any{"value": "castle"}, "此处不允许取值“castle”"},
		{"ru", "error.unknown_value", nil, "Недопустимое значение"},
		{"ru", "error.out_of_range", map[string]any{"min": 1900, "max": 2100}, "Допустимы значения от 1900 до 2100"},
		{"de", "error.required", nil, "Required"},
		{"en", "no.such.key", nil, "no.such.key"},
	}
	for _, tt := range tests {
		if got := tr.T(tt.lang, tt.key, tt.params); got != tt.want {
			t.Errorf("T(%s, %s, %v) = %q, want %q", tt.lang, tt.key, tt.params, got, tt.want)
		}
	}
}

func TestFieldError(t *testing.T) {
	tr := newTranslator(t)
	tests := []struct {
		lang, scope string
		fe          model.FieldError
		want        string
	}{
		{"en", "", model.FieldError{Field: "orcid", Code: model.CodeBadChecksum}, "ORCID: The check digit does not match; please check the number"},
		{"ru", "", model.FieldError{Field: "name.ru", Code: model.CodeRequired}, "ФИО: Обязательное поле"},
		{"zh", "", model.FieldError{Field: "outputs[2].title", Code: model.CodeRequired}, "标题：此项为必填"},
		{"ru", "org", model.FieldError{Field: "name.zh", Code: model.CodeRequired}, "Название: Обязательное поле"},
		{"en", "", model.FieldError{Field: "colour", Code: model.CodeUnknownField}, "colour: Unknown field"},
		{"en", "", model.FieldError{Code: model.CodeBadJSON}, "The request body is not valid JSON"},
	}
	for _, tt := range tests {
		if got := tr.FieldError(tt.lang, tt.scope, tt.fe); got != tt.want {
			t.Errorf("FieldError(%s, %v) = %q, want %q", tt.lang, tt.fe, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := map[string]string{
		"":                                 "en",
		"ru":                               "ru",
		"ru-RU,ru;q=0.9,en-US;q=0.8":       "ru",
		"zh-CN,zh;q=0.9":                   "zh",
		"zh-TW":                            "zh",
		"de-DE,de;q=0.9,zh;q=0.5,ru;q=0.4": "zh",
		"fr":                               "en",
		"en;q=0.1,ru;q=0.9":                "ru",
		"ru;q=0":                           "en",
		"!!garbage":                        "en",
	}
	for in, want := range tests {
		if got := Match(in); got != want {
			t.Errorf("Match(%q) = %q, want %q", in, got, want)
		}
	}
}
