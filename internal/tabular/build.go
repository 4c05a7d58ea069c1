package tabular

import (
	"strings"

	"talentbridge/internal/model"
)

// nameParts collects the separate name columns of one language.
type nameParts struct{ family, given, patronymic string }

// join writes a name in the order of its language: Russian "Фамилия Имя
// Отчество", Chinese family and given name with no space ("王小明"), and
// otherwise the English order, given name first.
func (p nameParts) join(lang string) string {
	switch lang {
	case model.LangRU:
		return joinNonEmpty(" ", p.family, p.given, p.patronymic)
	case model.LangZH:
		return p.family + p.given + p.patronymic
	}
	return joinNonEmpty(" ", p.given, p.patronymic, p.family)
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// rowBuilder interprets the cells of one row.
type rowBuilder struct {
	r     *reader
	row   Row
	parts map[string]*nameParts
}

// build turns a raw row into an expert and the problems of its cells. Where
// two columns feed the same single value, the first non-empty cell wins.
func (r *reader) build(raw rawRow) Row {
	b := rowBuilder{r: r, row: Row{Line: raw.line, Cells: raw.cells, Problems: raw.problems}}
	if raw.fixedWidth && len(raw.cells) < len(r.header) && len(raw.problems) == 0 {
		b.row.Problems = append(b.row.Problems, model.FieldError{Code: CodeRaggedRow,
			Params: map[string]any{"cells": len(raw.cells), "columns": len(r.header)}})
	}
	for i := len(r.header); i < len(raw.cells); i++ {
		if strings.TrimSpace(raw.cells[i]) != "" {
			b.row.Problems = append(b.row.Problems, model.FieldError{Code: CodeRaggedRow,
				Params: map[string]any{"cells": len(raw.cells), "columns": len(r.header), "column": columnName(i)}})
			break
		}
	}
	for i, t := range r.mapping.Columns {
		if i >= len(raw.cells) || t.Field == "" || t.Field == FieldIgnore {
			continue
		}
		v := strings.TrimSpace(unneutralize(strings.TrimSpace(raw.cells[i])))
		if i < len(raw.formulas) && raw.formulas[i] {
			b.problem(i, t.String(), CodeFormula, v)
		}
		if v != "" {
			b.cell(i, t, v)
		}
	}
	for lang, p := range b.parts {
		if b.row.Expert.Name[lang] == "" {
			setText(&b.row.Expert.Name, lang, p.join(lang))
		}
	}
	return b.row
}

func (b *rowBuilder) problem(col int, field, code, value string) {
	b.row.Problems = append(b.row.Problems, model.FieldError{Field: field, Code: code, Params: map[string]any{
		"value": value, "column": columnName(col), "header": b.r.header[col]}})
}

func (b *rowBuilder) cell(col int, t Target, v string) {
	e := &b.row.Expert
	if textFields[t.Field] {
		b.text(col, t, v)
		return
	}
	switch t.Field {
	case FieldExternalID:
		first(&e.ExternalID, v)
	case FieldOrgID:
		first(&e.OrgID, v)
	case FieldEmail:
		first(&e.Email, strings.TrimPrefix(v, "mailto:"))
	case FieldPhone:
		first(&e.Phone, v)
	case FieldORCID:
		if i := strings.Index(v, "orcid.org/"); i >= 0 { // written as a link
			v = v[i+len("orcid.org/"):]
		}
		first(&e.ORCID, v)
	case FieldCity:
		first(&e.City, cityOf(v))
	case FieldCountry:
		if c, ok := countryOf(v); ok {
			first(&e.Country, c)
		} else {
			b.problem(col, t.Field, model.CodeUnknownCountry, v)
		}
	case FieldNativeLang:
		if l, ok := languageOf(v); ok {
			first(&e.NativeLang, l)
		} else {
			b.problem(col, t.Field, model.CodeUnknownLanguage, v)
		}
	case FieldVisibility:
		if vis, ok := visibilityTable.lookup(v); ok {
			first(&e.Visibility, vis)
		} else {
			b.problem(col, t.Field, model.CodeUnknownValue, v)
		}
	case FieldSpheres:
		found, unknown := matchList(v, b.r.spheres.get)
		e.Spheres = append(e.Spheres, found...)
		for _, u := range unknown {
			b.problem(col, t.Field, model.CodeUnknownSphere, u)
		}
	case FieldLanguages:
		found, unknown := matchList(v, b.r.langs.get)
		e.Languages = append(e.Languages, found...)
		for _, u := range unknown {
			b.problem(col, t.Field, model.CodeUnknownLanguage, u)
		}
	case FieldFormats:
		found, unknown := matchList(v, b.r.formats.get)
		if len(found) > 0 {
			b.availability().Formats = append(b.availability().Formats, found...)
		}
		for _, u := range unknown {
			b.problem(col, t.Field, model.CodeUnknownValue, u)
		}
	case FieldFrom, FieldUntil:
		d, ok := dateOf(v)
		if !ok {
			b.problem(col, t.Field, model.CodeBadDate, v)
			return
		}
		if t.Field == FieldFrom {
			first(&b.availability().From, d)
		} else {
			first(&b.availability().Until, d)
		}
	}
}

// text handles the per-language fields. Without a language in the header,
// each cell (each item, for keywords) goes to the language of its script.
func (b *rowBuilder) text(col int, t Target, v string) {
	e := &b.row.Expert
	langOf := func(s string) string {
		if t.Lang != "" {
			return t.Lang
		}
		return langOfText(s)
	}
	if t.Field == FieldKeywords {
		for _, k := range splitList(v) {
			lang := langOf(k)
			if lang == "" {
				b.problem(col, t.Field, model.CodeUnknownLanguage, k)
				continue
			}
			if e.Keywords == nil {
				e.Keywords = model.Terms{}
			}
			e.Keywords[lang] = append(e.Keywords[lang], k)
		}
		return
	}
	lang := langOf(v)
	if lang == "" {
		b.problem(col, t.Field, model.CodeUnknownLanguage, v)
		return
	}
	switch t.Field {
	case FieldName:
		setText(&e.Name, lang, v)
	case FieldOrg:
		setText(&e.Organization, lang, v)
	case FieldPosition:
		setText(&e.Position, lang, v)
	case FieldBio:
		setText(&e.Bio, lang, v)
	case FieldFamily, FieldGiven, FieldPatronymic:
		if b.parts == nil {
			b.parts = map[string]*nameParts{}
		}
		p := b.parts[lang]
		if p == nil {
			p = &nameParts{}
			b.parts[lang] = p
		}
		switch t.Field {
		case FieldFamily:
			first(&p.family, v)
		case FieldGiven:
			first(&p.given, v)
		default:
			first(&p.patronymic, v)
		}
	}
}

func (b *rowBuilder) availability() *model.Availability {
	if b.row.Expert.Availability == nil {
		b.row.Expert.Availability = &model.Availability{}
	}
	return b.row.Expert.Availability
}

func first(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func setText(t *model.Text, lang, v string) {
	if v == "" {
		return
	}
	if *t == nil {
		*t = model.Text{}
	}
	if (*t)[lang] == "" {
		(*t)[lang] = v
	}
}
