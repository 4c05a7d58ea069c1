package web

import (
	"net/url"
	"slices"

	"talentbridge/internal/model"
)

// formValues is what every form page holds: the values as posted (or as
// stored, when editing), the problems found at each control, and the
// sphere picker's groups. The expert, request and programme forms embed it.
type formValues struct {
	Spheres []sphereGroup

	v    url.Values
	errs map[string][]string // control name → messages
}

// newFormValues prepares a form over v; a sphere group is open when one of
// its spheres is chosen.
func newFormValues(tax *model.Taxonomy, v url.Values) formValues {
	f := formValues{v: v, errs: map[string][]string{}}
	chosen := v["spheres"]
	for _, top := range tax.Tops() {
		g := sphereGroup{Top: top, Subs: tax.Children(top.Slug)}
		for _, s := range append([]model.Sphere{top}, g.Subs...) {
			g.Open = g.Open || slices.Contains(chosen, s.Slug)
		}
		f.Spheres = append(f.Spheres, g)
	}
	return f
}

// Get is a control's value.
func (f *formValues) Get(name string) string { return f.v.Get(name) }

// Checked reports whether a checkbox or option with the value is chosen.
func (f *formValues) Checked(name, value string) bool { return slices.Contains(f.v[name], value) }

// Errors are the problems shown at a group of controls (a fieldset).
func (f *formValues) Errors(name string) []string { return f.errs[name] }

// ctl is the control named name with its value and problems.
func (f *formValues) ctl(name string) control {
	return control{Name: name, ID: controlID(name), Value: f.v.Get(name), Errors: f.errs[name]}
}

// multi is a text field in the three languages, the reader's first.
func (f *formValues) multi(field, legend, lang string, textarea bool) multiControl {
	m := multiControl{ID: controlID(field), Legend: legend, Textarea: textarea, Errors: f.errs[field]}
	for _, l := range langsFirst(lang) {
		c := f.ctl(field + "." + l)
		c.Lang, c.LangName = l, selfName(l)
		m.Controls = append(m.Controls, c)
	}
	return m
}

// spherePicker is what the "spherepicker" partial draws: the sphere
// checkboxes of a form, grouped by top-level sphere.
type spherePicker struct {
	P      *page
	F      *formValues
	Legend string
}

// Picker gives the sphere picker partial the page, the form and a legend.
func (f *formValues) Picker(p *page, legend string) spherePicker {
	return spherePicker{P: p, F: f, Legend: legend}
}
