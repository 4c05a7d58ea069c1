package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// codeConstants reads the Code* string constants declared in the non-test
// files of a package directory, without importing the package (i18n may
// not depend on it).
func codeConstants(t *testing.T, dir string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
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
			for i, id := range vs.Names {
				if !strings.HasPrefix(id.Name, "Code") || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, _ := strconv.Unquote(lit.Value)
					codes[id.Name] = v
				}
			}
			return true
		})
	}
	return codes
}

// TestEveryImportCodeHasMessage: whatever an import can report about a
// file or a line (the codes of tabular, of the importer in app, besides
// those of model checked above) has a message in every language, and a
// message that renders with the parameters the code is reported with.
func TestEveryImportCodeHasMessage(t *testing.T) {
	tr := newTranslator(t)
	for _, pkg := range []string{"tabular", "app"} {
		codes := codeConstants(t, filepath.Join("..", pkg))
		if pkg == "tabular" && len(codes) < 10 {
			t.Fatalf("found only %d Code* constants in %s", len(codes), pkg)
		}
		for name, code := range codes {
			for _, lang := range Languages() {
				if _, ok := readLocale(t, lang)[ErrorKey(code)]; !ok {
					t.Errorf("%s.%s: %s.json has no %q", pkg, name, lang, ErrorKey(code))
				}
			}
		}
	}
	params := map[string]map[string]any{
		"ragged_row":            {"cells": 3, "columns": 5, "column": "F"},
		"formula_not_evaluated": {"value": "=A1&B1", "column": "C", "header": "ФИО"},
		"possible_duplicate":    {"candidate": "msk-1", "score": "0.93"},
		"sheet_not_found":       {"sheet": "Эксперты", "sheets": "Лист1, Лист2"},
		"bad_option":            {"encoding": "koi8-r"},
	}
	for code, p := range params {
		for _, lang := range Languages() {
			got := tr.T(lang, ErrorKey(code), p)
			if strings.Contains(got, "<no value>") || got == ErrorKey(code) {
				t.Errorf("%s %s: %q", lang, code, got)
			}
			for _, v := range p {
				if s, ok := v.(string); ok && !strings.Contains(got, s) {
					t.Errorf("%s %s: %q does not show %q", lang, code, got, s)
				}
			}
		}
	}
}
