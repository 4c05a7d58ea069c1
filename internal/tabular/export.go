package tabular

import (
	"strings"

	"talentbridge/internal/model"
)

// headerLabels names each exported field in the interface languages, in
// the order ru, zh, en. Every label is also a header the reader knows, so
// an exported file uploads back.
var headerLabels = map[string][3]string{
	FieldExternalID: {"Внешний ID", "编号", "External ID"},
	FieldName:       {"ФИО", "姓名", "Name"},
	FieldNativeLang: {"Родной язык", "母语", "Native language"},
	FieldCity:       {"Город", "城市", "City"},
	FieldCountry:    {"Страна", "国家", "Country"},
	FieldOrg:        {"Организация", "工作单位", "Organization"},
	FieldOrgID:      {"ID организации", "单位编号", "Organization ID"},
	FieldPosition:   {"Должность", "职务", "Position"},
	FieldSpheres:    {"Сферы", "领域", "Spheres"},
	FieldKeywords:   {"Ключевые слова", "关键词", "Keywords"},
	FieldBio:        {"Биография", "简介", "Bio"},
	FieldLanguages:  {"Языки", "语言", "Languages"},
	FieldORCID:      {"ORCID", "ORCID", "ORCID"},
	FieldEmail:      {"Электронная почта", "电子邮件", "Email"},
	FieldPhone:      {"Телефон", "电话", "Phone"},
	FieldFormats:    {"Форматы участия", "合作形式", "Availability formats"},
	FieldFrom:       {"Доступен с", "开始日期", "Available from"},
	FieldUntil:      {"Доступен до", "结束日期", "Available until"},
	FieldVisibility: {"Видимость", "可见性", "Visibility"},
}

// langSuffix marks the language of a text column, as written for readers of
// each interface language: suffix[ui][column language].
var langSuffix = map[string]map[string]string{
	model.LangRU: {model.LangRU: " (рус)", model.LangZH: " (кит)", model.LangEN: " (англ)"},
	model.LangZH: {model.LangRU: "（俄文）", model.LangZH: "（中文）", model.LangEN: "（英文）"},
	model.LangEN: {model.LangRU: " (ru)", model.LangZH: " (zh)", model.LangEN: " (en)"},
}

// exportFields is the column order of an export; text fields get one
// column per language.
var exportFields = []string{
	FieldExternalID, FieldName, FieldNativeLang, FieldCity, FieldCountry, FieldOrg, FieldOrgID,
	FieldPosition, FieldSpheres, FieldKeywords, FieldBio, FieldLanguages, FieldORCID, FieldEmail,
	FieldPhone, FieldFormats, FieldFrom, FieldUntil, FieldVisibility,
}

// listJoin separates values of a list cell; the reader splits on it.
const listJoin = "; "

// ExportOptions tune NewExpertWriter.
type ExportOptions struct {
	Lang     string          // interface language of headers and value labels; "en" if empty
	Taxonomy *model.Taxonomy // for sphere labels; nil for the built-in spheres
}

// ExpertWriter writes experts one row each. Outputs (publications and the
// like) are not part of the table: the interchange format carries them.
type ExpertWriter struct {
	s     SheetWriter
	lang  string
	tax   *model.Taxonomy
	cols  []Target
	cells []string
}

// NewExpertWriter writes the header row to s and returns a writer of rows.
func NewExpertWriter(s SheetWriter, o ExportOptions) (*ExpertWriter, error) {
	w := &ExpertWriter{s: s, lang: o.Lang, tax: o.Taxonomy}
	if _, ok := langSuffix[w.lang]; !ok {
		w.lang = model.LangEN
	}
	if w.tax == nil {
		w.tax = model.NewTaxonomy()
	}
	var header []string
	for _, f := range exportFields {
		label := headerLabels[f][langIndex(w.lang)]
		if !textFields[f] {
			w.cols = append(w.cols, Target{Field: f})
			header = append(header, label)
			continue
		}
		for _, l := range model.Langs {
			w.cols = append(w.cols, Target{Field: f, Lang: l})
			header = append(header, label+langSuffix[w.lang][l])
		}
	}
	return w, s.WriteRow(header)
}

func langIndex(lang string) int {
	for i, l := range model.Langs {
		if l == lang {
			return i
		}
	}
	return len(model.Langs) - 1
}

// Write writes one expert.
func (w *ExpertWriter) Write(e *model.Expert) error {
	w.cells = w.cells[:0]
	for _, c := range w.cols {
		w.cells = append(w.cells, w.value(e, c))
	}
	return w.s.WriteRow(w.cells)
}

// Close finishes the file.
func (w *ExpertWriter) Close() error { return w.s.Close() }

// Abort abandons the file unfinished: an XLSX workbook is not assembled
// (a CSV file simply stops where it is) and temporary files are removed.
func (w *ExpertWriter) Abort() {
	if a, ok := w.s.(interface{ Abort() }); ok {
		a.Abort()
	}
}

func (w *ExpertWriter) value(e *model.Expert, c Target) string {
	switch c.Field {
	case FieldExternalID:
		return e.ExternalID
	case FieldName:
		return e.Name[c.Lang]
	case FieldNativeLang:
		return e.NativeLang
	case FieldCity:
		if e.City == "" {
			return ""
		}
		return cityTable.label(e.City, w.lang)
	case FieldCountry:
		return e.Country
	case FieldOrg:
		return e.Organization[c.Lang]
	case FieldOrgID:
		return e.OrgID
	case FieldPosition:
		return e.Position[c.Lang]
	case FieldSpheres:
		labels := make([]string, len(e.Spheres))
		for i, s := range e.Spheres {
			labels[i] = w.tax.Label(s, w.lang)
		}
		return strings.Join(labels, listJoin)
	case FieldKeywords:
		return strings.Join(e.Keywords[c.Lang], listJoin)
	case FieldBio:
		return e.Bio[c.Lang]
	case FieldLanguages:
		return strings.Join(e.Languages, listJoin)
	case FieldORCID:
		return e.ORCID
	case FieldEmail:
		return e.Email
	case FieldPhone:
		return e.Phone
	case FieldVisibility:
		if e.Visibility == "" {
			return ""
		}
		return visibilityTable.label(e.Visibility, w.lang)
	}
	a := e.Availability
	if a == nil {
		return ""
	}
	switch c.Field {
	case FieldFormats:
		labels := make([]string, len(a.Formats))
		for i, f := range a.Formats {
			labels[i] = formatTable.label(f, w.lang)
		}
		return strings.Join(labels, listJoin)
	case FieldFrom:
		return a.From
	case FieldUntil:
		return a.Until
	}
	return ""
}
