package web

import (
	"net/url"
	"strconv"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// expertForm is what the create and edit pages show: the controls' values,
// the problems found in them and the choices offered.
type expertForm struct {
	Action   string
	New      bool
	Expert   *model.Expert // the stored record when editing
	Problems []problem     // every problem, for the summary at the top
	Conflict bool
	Rows     []int // output rows

	Orgs []orgOption
	formValues

	tr   *i18n.Translator
	lang string
}

// problem is a line of the error summary, linked to its control.
type problem struct {
	Target, Message string
}

// sphereGroup is a top-level sphere and its sub-spheres in the picker.
type sphereGroup struct {
	Top  model.Sphere
	Subs []model.Sphere
	Open bool // something in it is chosen
}

// orgOption is a registered organisation offered as the expert's.
type orgOption struct {
	Value string
	Name  localText
}

// control is one form control as the templates draw it.
type control struct {
	Name, ID, Value string
	Lang, LangName  string // of one language of a multilingual text
	Label, Type     string // of a single input
	Errors          []string
}

// ErrID is the id of the control's error text (for aria-describedby).
func (c control) ErrID() string { return "err-" + c.ID }

// multiControl is a text in the three languages, side by side.
type multiControl struct {
	ID       string // of the fieldset, where problems of the whole text lead
	Legend   string
	Textarea bool
	Hint     string
	Errors   []string // about the text as a whole ("name": required)
	Controls []control
}

func newExpertForm(tr *i18n.Translator, lang string, tax *model.Taxonomy, v url.Values) *expertForm {
	f := &expertForm{formValues: newFormValues(tax, v), tr: tr, lang: lang}
	rows, _ := strconv.Atoi(v.Get("outputs.rows"))
	for i := 0; i < max(rows, 1) && i < maxOutputRows; i++ {
		f.Rows = append(f.Rows, i)
	}
	return f
}

// addProblem records a validation problem at the control named field.
func (f *expertForm) addProblem(field string, fe model.FieldError) {
	msg := f.tr.T(f.lang, i18n.ErrorKey(fe.Code), fe.Params)
	f.errs[field] = append(f.errs[field], msg)
	f.Problems = append(f.Problems, problem{Target: "#" + controlID(field), Message: f.tr.FieldError(f.lang, "expert", fe)})
}

// Ctl is a single control.
func (f *expertForm) Ctl(name string) control { return f.ctl(name) }

// Label is a field's label in the reader's language.
func (f *expertForm) Label(field string) string {
	if s, ok := f.tr.FieldLabel(f.lang, "expert", field); ok {
		return s
	}
	return field
}

// Multi is a text field in the three languages, the reader's first.
func (f *expertForm) Multi(field string, textarea bool) multiControl {
	m := f.multi(field, f.Label(field), f.lang, textarea)
	if field == "keywords" {
		m.Hint = f.tr.T(f.lang, "web.form.keywords_hint", nil)
	}
	return m
}

// controlID is the HTML id of the control named name.
func controlID(name string) string { return "f-" + name }

// Input is a single control with its label, of an HTML input type.
func (f *expertForm) Input(name, typ string) control {
	c := f.Ctl(name)
	c.Label, c.Type = f.Label(name), typ
	return c
}

// The choices the form offers, in the model's order.
func (f *expertForm) Cities() []string       { return model.Cities }
func (f *expertForm) Langs() []string        { return langsFirst(f.lang) }
func (f *expertForm) Formats() []string      { return model.Formats }
func (f *expertForm) Kinds() []string        { return model.OutputKinds }
func (f *expertForm) Visibilities() []string { return model.Visibilities }
