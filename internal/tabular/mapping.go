package tabular

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"talentbridge/internal/model"
)

// Target is what one column feeds: a field and, for text fields, the
// language. An empty Lang on a text field means "by the script of each cell"
// (Cyrillic → ru, Han → zh, Latin → en). An empty Field ignores the column.
type Target struct {
	Field string
	Lang  string
}

// String gives the target in the mapping-file form "field[.lang]".
func (t Target) String() string {
	if t.Lang == "" {
		return t.Field
	}
	return t.Field + "." + t.Lang
}

// ParseTarget reads "field[.lang]" ("name.ru", "email", "availability.from").
// An empty string or "-" ignores the column.
func ParseTarget(s string) (Target, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == FieldIgnore {
		return Target{Field: FieldIgnore}, nil
	}
	if field, lang, ok := cutLast(s, "."); ok && textFields[field] {
		for _, l := range model.Langs {
			if lang == l {
				return Target{Field: field, Lang: lang}, nil
			}
		}
		return Target{}, fail(CodeBadOption, nil, map[string]any{"value": s})
	}
	if knownField(s) {
		return Target{Field: s}, nil
	}
	return Target{}, fail(CodeBadOption, nil, map[string]any{"value": s})
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

func knownField(f string) bool {
	for _, field := range headerAliases {
		if field == f {
			return true
		}
	}
	return false
}

// Mapping assigns a target to each column of a sheet, by position.
type Mapping struct {
	Columns []Target
}

// Problem is a remark about one column of the header.
type Problem struct {
	Column int    // 0-based
	Header string // the header text as written
	Code   string // CodeUnknownColumn, CodeDupColumn
}

// known counts the columns that feed a field.
func (m Mapping) known() int {
	n := 0
	for _, t := range m.Columns {
		if t.Field != "" && t.Field != FieldIgnore {
			n++
		}
	}
	return n
}

// DetectMapping matches each header cell against the field names in
// Russian, Chinese and English, ignoring case, spaces and punctuation, and
// reads a language marker such as "(en)" or "（中文）". Blank headers are
// ignored quietly; unknown ones are reported and ignored; a second column
// for the same field and language is reported, and its cells are used only
// where the first is empty. Overrides (keyed as ReadMapping returns them)
// win over the built-in names; pass nil for none.
func DetectMapping(header []string, overrides map[string]Target) (Mapping, []Problem) {
	return detect(header, overrides)
}

// ReadMapping reads a mapping file: a JSON object from header text to
// "field[.lang]" ("" or "-" ignores the column). Header keys are matched as
// loosely as built-in names (case, spaces and punctuation do not count).
func ReadMapping(r io.Reader) (map[string]Target, error) {
	var raw map[string]string
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fail(CodeBadMapping, err, nil)
	}
	out := make(map[string]Target, len(raw))
	for h, s := range raw {
		t, err := ParseTarget(s)
		if err != nil {
			return nil, fail(CodeBadMapping, err, map[string]any{"header": h, "value": s})
		}
		out[foldHeader(h)] = t
	}
	return out, nil
}

// detect builds the mapping of a header, applying overrides (keyed by folded
// header, as ReadMapping returns them) before the built-in names.
func detect(header []string, overrides map[string]Target) (Mapping, []Problem) {
	m := Mapping{Columns: make([]Target, len(header))}
	var problems []Problem
	seen := map[Target]bool{}
	for i, h := range header {
		t, ok := targetOf(h, overrides)
		switch {
		case strings.TrimSpace(h) == "":
			continue
		case !ok:
			problems = append(problems, Problem{Column: i, Header: h, Code: CodeUnknownColumn})
			continue
		case t.Field == FieldIgnore:
			m.Columns[i] = t
			continue
		case seen[t]:
			problems = append(problems, Problem{Column: i, Header: h, Code: CodeDupColumn})
		}
		seen[t] = true
		m.Columns[i] = t
	}
	return m, problems
}

func targetOf(header string, overrides map[string]Target) (Target, bool) {
	if t, ok := overrides[foldHeader(header)]; ok {
		return t, true
	}
	base, lang := splitHeader(header)
	if t, ok := overrides[foldHeader(base)]; ok {
		if t.Lang == "" && textFields[t.Field] {
			t.Lang = lang
		}
		return t, true
	}
	field, ok := headerAliases[foldHeader(base)]
	if !ok {
		return Target{}, false
	}
	if !textFields[field] {
		lang = ""
	}
	return Target{Field: field, Lang: lang}, true
}

// columnName gives the spreadsheet letters of a 0-based column: 0 → A, 26 → AA.
func columnName(i int) string {
	var b []byte
	for i++; i > 0; i = (i - 1) / 26 {
		b = append([]byte{byte('A' + (i-1)%26)}, b...)
	}
	return string(b)
}

// Describe lists the mapping as "A Фамилия → family_name.ru", for logs and
// for the confirmation a coordinator sees before an import.
func (m Mapping) Describe(header []string) []string {
	var out []string
	for i, t := range m.Columns {
		if t.Field == "" || t.Field == FieldIgnore || i >= len(header) {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s → %s", columnName(i), header[i], t))
	}
	return out
}
