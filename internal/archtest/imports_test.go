// Package archtest holds the test that keeps the import directions of the
// architecture guide true: which of our packages may import which.
package archtest

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "talentbridge/"

// allowed lists, for each of our packages (by top-level directory under
// internal/), the packages of ours its non-test code may import. Test files
// may also use the test helpers (storetest, searchtest).
var allowed = map[string][]string{
	"model":     {},
	"translit":  {"model"},
	"textproc":  {"model"},
	"thesaurus": {"model", "textproc"},
	"demo":      {"model"},
	"tabular":   {"model", "translit"},
	"i18n":      {"model"},
	"policy":    {"model"},
	"auth":      {"model"},
	"store":     {"model"},
	"search":    {"model", "textproc", "search"},
	"match":     {"model", "textproc", "thesaurus", "search", "translit"},
	"app":       {"model", "store", "search", "policy", "translit", "textproc", "thesaurus", "match", "tabular", "auth"},
	"ical":      {"model"},
	"api":       {"model", "app", "policy", "i18n", "ical"},
	"web":       {"model", "app", "policy", "i18n"},
	"server":    {},
	"cli":       {"model", "app", "api", "web", "server", "store", "search", "demo", "i18n", "textproc", "translit", "policy", "tabular"},
	"archtest":  {},
}

// testHelpers are what tests may use beyond their package's own imports:
// the store and search test suites, and the parts needed to wire a real
// index (language analysis, name aliases).
var testHelpers = []string{"store", "search", "textproc", "translit"}

func TestImportDirections(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		owner := ownerOf(filepath.ToSlash(rel))
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		isTest := strings.HasSuffix(path, "_test.go")
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.HasPrefix(p, module) {
				continue
			}
			target := ownerOf(strings.TrimPrefix(p, module))
			if !mayImport(owner, target, isTest) {
				t.Errorf("%s imports %s: %s may not depend on %s", rel, p, owner, target)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// ownerOf names the package group a path belongs to: the directory right
// under internal/, "cmd" for commands, "bench" for benchmark programs.
func ownerOf(rel string) string {
	parts := strings.Split(rel, "/")
	if parts[0] == "internal" && len(parts) >= 2 {
		return parts[1]
	}
	return parts[0]
}

func mayImport(owner, target string, isTest bool) bool {
	if owner == target {
		return true
	}
	switch owner {
	case "cmd":
		return target == "cli"
	case "bench":
		return target != "cli"
	}
	list, known := allowed[owner]
	if !known {
		return false // a new package must be given its place in the table
	}
	for _, a := range list {
		if a == target {
			return true
		}
	}
	if isTest {
		for _, h := range testHelpers {
			if h == target {
				return true
			}
		}
		return target == "model" || target == "demo"
	}
	return false
}

func TestTableCoversEveryPackage(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("..", "..", "internal"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			if _, ok := allowed[e.Name()]; !ok {
				t.Errorf("internal/%s has no entry in the import table", e.Name())
			}
		}
	}
}
