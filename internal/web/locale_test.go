package web

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// dynamicKeys are the message keys the pages build from a value
// ("web.city." + city), by family prefix, with every value they can take.
func dynamicKeys() map[string][]string {
	months := make([]string, 12)
	for i := range months {
		months[i] = strconv.Itoa(i + 1)
	}
	return map[string][]string{
		"web.city.":       model.Cities,
		"web.format.":     model.Formats,
		"web.output.":     model.OutputKinds,
		"web.orgkind.":    model.OrganizationKinds,
		"web.visibility.": model.Visibilities,
		"web.month.":      months,
		"web.role.":       append([]string{policy.RoleAnonymous, "unknown"}, policy.Roles...),
		"web.audit.obj.":  auditObjects,
		"web.request.field.": {"title", "description", "spheres", "languages", "languages_other", "formats",
			"from", "until", "city", "organization_id", "hard"},
		"web.request.status.": model.RequestStatuses,
		"web.constraint.":     model.RequestConstraints,
		"web.shortlist.":      model.ShortlistDecisions,
		"web.shortlist.done.": model.ShortlistDecisions,
		"web.match.relation.": {"same", "sibling", "same-top", "none"},
		"web.match.status.":   {"met", "missed", "unknown"},
	}
}

// keyRE finds message keys quoted in Go code and templates; a key ending
// in a dot is a family prefix.
var keyRE = regexp.MustCompile(`"((?:web|field|error)\.[a-z0-9_.\-]*)["%]`)

// usedKeys collects the keys the package's code and templates name.
func usedKeys(t *testing.T) map[string]bool {
	t.Helper()
	used := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") ||
			!(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".html")) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range keyRE.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for prefix, values := range dynamicKeys() {
		if !used[prefix] {
			t.Errorf("family %q is declared but no code builds its keys", prefix)
		}
		delete(used, prefix)
		for _, v := range values {
			used[prefix+v] = true
		}
	}
	for k := range used {
		if strings.HasSuffix(k, ".") {
			t.Errorf("keys are built from %q, which dynamicKeys does not list", k)
			delete(used, k)
		}
	}
	return used
}

func readLocaleKeys(t *testing.T, lang string) map[string]bool {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "i18n", "locales", lang+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for k := range m {
		keys[k] = true
	}
	return keys
}

// TestMessageKeys fails on a key the pages use that a language lacks, and
// on a page message ("web.*") that nothing uses.
func TestMessageKeys(t *testing.T) {
	used := usedKeys(t)
	for _, lang := range i18n.Languages() {
		have := readLocaleKeys(t, lang)
		for k := range used {
			if !have[k] {
				t.Errorf("%s.json lacks %q", lang, k)
			}
		}
		for k := range have {
			if strings.HasPrefix(k, "web.") && !used[k] {
				t.Errorf("%s.json: %q is used nowhere", lang, k)
			}
		}
	}
}

// TestRussianPlurals checks the three Russian forms where they show.
func TestRussianPlurals(t *testing.T) {
	tr := newTranslator(t)
	p := &page{Lang: "ru", tr: tr}
	p.pr = newPrinter("ru")
	tests := []struct {
		n    int
		want string
	}{
		{1, "1 эксперт"}, {2, "2 эксперта"}, {5, "5 экспертов"}, {11, "11 экспертов"},
		{21, "21 эксперт"}, {22, "22 эксперта"}, {100000, "100 000 экспертов"},
	}
	for _, tt := range tests {
		if got := strings.ReplaceAll(p.Count("web.experts.count", tt.n), "\u00a0", " "); got != tt.want {
			t.Errorf("Count(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	for n, want := range map[int]string{1: "1 кандидат", 3: "3 кандидата", 5: "5 кандидатов", 12: "12 кандидатов", 31: "31 кандидат"} {
		if got := p.Count("web.requests.shortlisted", n); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}
