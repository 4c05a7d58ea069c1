package web

import (
	"net/url"
	"slices"
	"strconv"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
)

// progForm is what the programme's create and edit pages show: the
// controls' values, the problems found in them and the kind's choices.
type progForm struct {
	Kind     string
	Action   string
	Cancel   string
	New      bool
	ID       string // the record's external id when editing
	Problems []problem
	Conflict bool
	formValues

	tr   *i18n.Translator
	lang string
}

func newProgForm(tr *i18n.Translator, lang, kind string, tax *model.Taxonomy, v url.Values) *progForm {
	return &progForm{Kind: kind, formValues: newFormValues(tax, v), tr: tr, lang: lang}
}

// addProblem records a validation problem at the control named field.
func (f *progForm) addProblem(field string, fe model.FieldError) {
	f.errs[field] = append(f.errs[field], f.tr.T(f.lang, i18n.ErrorKey(fe.Code), fe.Params))
	f.Problems = append(f.Problems, problem{Target: "#" + controlID(field), Message: f.tr.FieldError(f.lang, "programme", fe)})
}

// Is reports whether the form is of the kind, for the kind's own fields.
func (f *progForm) Is(kind string) bool { return f.Kind == kind }

// Label is a field's label in the reader's language.
func (f *progForm) Label(field string) string {
	if s, ok := f.tr.FieldLabel(f.lang, "programme", field); ok {
		return s
	}
	return field
}

// Ctl is a single control with its label.
func (f *progForm) Ctl(name string) control {
	c := f.ctl(name)
	c.Label = f.Label(name)
	return c
}

// Input is a single control of an HTML input type.
func (f *progForm) Input(name, typ string) control {
	c := f.Ctl(name)
	c.Type = typ
	return c
}

// Multi is a text field in the three languages, the reader's first.
func (f *progForm) Multi(field string, textarea bool) multiControl {
	return f.multi(field, f.Label(field), f.lang, textarea)
}

// progChoice is an option of a select, with its label.
type progChoice struct {
	Value, Label string
	Selected     bool
}

// Choices are the options of the select named name, chosen from values
// and labelled through keys (a city when keys is nil).
func (f *progForm) choices(name string, values []string, keys map[string]string) []progChoice {
	var out []progChoice
	for _, val := range values {
		c := progChoice{Value: val, Label: val, Selected: f.Checked(name, val)}
		if k, ok := keys[val]; ok {
			c.Label = f.tr.T(f.lang, k, nil)
		} else if keys == nil {
			c.Label = f.tr.T(f.lang, "web.city."+val, nil)
		}
		out = append(out, c)
	}
	return out
}

// Statuses are the kind's statuses.
func (f *progForm) Statuses() []progChoice {
	return f.choices("status", model.ProgrammeStatuses[f.Kind], progStatusKeys)
}

// Types are the kind's own kinds (seminar, student…).
func (f *progForm) Types() []progChoice {
	switch f.Kind {
	case model.KindEvent:
		return f.choices("kind", model.EventKinds, eventKindKeys)
	case model.KindExchange:
		return f.choices("kind", model.ExchangeKinds, exchangeKindKeys)
	case model.KindProject:
		return f.choices("kind", model.ProjectKinds, projectKindKeys)
	}
	return nil
}

// Formats are an event's formats.
func (f *progForm) Formats() []progChoice {
	return f.choices("format", model.EventFormats, eventFormatKeys)
}

// Cities are the cities offered for the control named name.
func (f *progForm) Cities(name string) []progChoice { return f.choices(name, model.Cities, nil) }

// Zones are the time zones an event's times may be given in.
func (f *progForm) Zones() []progChoice {
	var out []progChoice
	for _, cz := range cityZones {
		city := f.tr.T(f.lang, "web.city."+cz.City, nil)
		out = append(out, progChoice{Value: cz.Zone, Selected: f.Checked("time_zone", cz.Zone),
			Label: f.tr.T(f.lang, "web.prog.clock", map[string]any{"city": city}) + " (" + cz.Zone + ")"})
	}
	// A zone stored by an import or the API stays on offer, so that
	// saving the form does not move the event to another clock.
	if cur := f.v.Get("time_zone"); cur != "" && !slices.ContainsFunc(out, func(c progChoice) bool { return c.Value == cur }) {
		out = append(out, progChoice{Value: cur, Label: cur, Selected: true})
	}
	return out
}

// progRowView is one participant or document row of the form.
type progRowView struct {
	N           int // from 1, for its legend
	First, Next control
	Roles       []progChoice // participants: the kind's roles
}

// Participants are the participant rows: expert id and role.
func (f *progForm) Participants() []progRowView {
	var out []progRowView
	for _, i := range formRows(f.v, "participants") {
		id, role := rowName("participants", i, "expert_id"), rowName("participants", i, "role")
		out = append(out, progRowView{N: i + 1, First: f.Input(id, "text"), Next: f.Ctl(role),
			Roles: f.choices(role, model.ProgrammeRoles[f.Kind], roleKeys)})
	}
	return out
}

// Documents are an agreement's document rows: title and address.
func (f *progForm) Documents() []progRowView {
	var out []progRowView
	for _, i := range formRows(f.v, "documents") {
		out = append(out, progRowView{N: i + 1, First: f.Input(rowName("documents", i, "title"), "text"),
			Next: f.Input(rowName("documents", i, "url"), "url")})
	}
	return out
}

// Rows is the number of rows of a group, for its hidden counter.
func (f *progForm) Rows(group string) int { return len(formRows(f.v, group)) }

func rowName(group string, i int, field string) string {
	return group + "[" + strconv.Itoa(i) + "]." + field
}

// progSelect is a select for the "progselect" template; Blank offers
// "not chosen" first.
type progSelect struct {
	P       *page
	C       control
	Options []progChoice
	Blank   bool
}

// ProgSelect wraps a select's control and options for its template.
func (p *page) ProgSelect(c control, options []progChoice, blank bool) progSelect {
	return progSelect{p, c, options, blank}
}

// progWhen is an event's start or end: a date and a time input under one
// legend, where the problems of the whole time are shown.
type progWhen struct {
	P          *page
	ID, Legend string
	Date, Time control
	Errors     []string
}

// ProgWhen wraps an event time's two inputs for the "progwhen" template.
func (p *page) ProgWhen(f *progForm, field string) progWhen {
	return progWhen{P: p, ID: controlID(field), Legend: f.Label(field), Date: f.Ctl(field + ".date"),
		Time: f.Ctl(field + ".time"), Errors: f.errs[field]}
}

// CanWriteProgramme reports whether the reader may write programme records
// at all, for the links to the forms; the forms check the record itself.
func (p *page) CanWriteProgramme() bool { return canWriteProgramme(p.Caller, nil) }
