package web

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"talentbridge/internal/model"
)

// The expert form's controls are named after the field paths of validation
// errors ("name.ru", "outputs[2].title"), so that an error finds its control.

// maxOutputRows bounds the output rows read from a form.
const maxOutputRows = model.MaxOutputs + 10

// termSeparators split keyword and language lists typed by hand: lines,
// commas and semicolons, Chinese ones included.
var termSeparators = regexp.MustCompile(`[\n\r,;，；、]+`)

func splitTerms(s string) []string {
	var out []string
	for _, t := range termSeparators.Split(s, -1) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// formFromExpert fills the form's controls from a stored expert.
func formFromExpert(e *model.Expert) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("external_id", e.ExternalID)
	for _, l := range model.Langs {
		set("name."+l, e.Name[l])
		set("organization."+l, e.Organization[l])
		set("position."+l, e.Position[l])
		set("bio."+l, e.Bio[l])
		set("keywords."+l, strings.Join(e.Keywords[l], "\n"))
	}
	set("native_lang", e.NativeLang)
	set("city", e.City)
	set("country", e.Country)
	set("organization_id", e.OrgID)
	v["spheres"] = append([]string(nil), e.Spheres...)
	set("languages", strings.Join(e.Languages, ", "))
	set("orcid", e.ORCID)
	set("email", e.Email)
	set("phone", e.Phone)
	if a := e.Availability; a != nil {
		v["availability.formats"] = append([]string(nil), a.Formats...)
		set("availability.from", a.From)
		set("availability.until", a.Until)
	}
	set("visibility", e.Visibility)
	for i, o := range e.Outputs {
		p := fmt.Sprintf("outputs[%d].", i)
		set(p+"kind", o.Kind)
		set(p+"title", o.Title)
		set(p+"abstract", o.Abstract)
		if o.Year != 0 {
			set(p+"year", strconv.Itoa(o.Year))
		}
		set(p+"lang", o.Lang)
		set(p+"url", o.URL)
	}
	v.Set("outputs.rows", strconv.Itoa(len(e.Outputs)+1)) // one blank row to add an output
	if e.Version != 0 {
		v.Set("version", strconv.FormatInt(e.Version, 10))
	}
	return v
}

// parsedForm is an expert read from the form, with the problems that could
// not wait for validation (a year that is not a number) and, for each of
// the expert's outputs, the form row it came from: blank rows are skipped,
// so the two numberings may differ.
type parsedForm struct {
	Expert   *model.Expert
	Problems []model.FieldError
	rowOf    []int
}

// expertFromForm reads the expert's fields from a submitted form. Fields
// the form does not show stay as they are in base (the stored record).
func expertFromForm(v url.Values, base model.Expert) parsedForm {
	e := base
	text := func(field string) model.Text {
		t := model.Text{}
		for _, l := range model.Langs {
			if s := v.Get(field + "." + l); s != "" {
				t[l] = s
			}
		}
		return t
	}
	if base.ID == 0 {
		e.ExternalID = v.Get("external_id")
	}
	e.Name = text("name")
	e.Organization = text("organization")
	e.Position = text("position")
	e.Bio = text("bio")
	e.Keywords = model.Terms{}
	for _, l := range model.Langs {
		if terms := splitTerms(v.Get("keywords." + l)); len(terms) > 0 {
			e.Keywords[l] = terms
		}
	}
	e.NativeLang = v.Get("native_lang")
	e.City = v.Get("city")
	e.Country = v.Get("country")
	e.OrgID = v.Get("organization_id")
	e.Spheres = v["spheres"]
	e.Languages = splitTerms(strings.ReplaceAll(v.Get("languages"), " ", ","))
	e.ORCID = v.Get("orcid")
	e.Email = v.Get("email")
	e.Phone = v.Get("phone")
	e.Availability = &model.Availability{Formats: v["availability.formats"],
		From: v.Get("availability.from"), Until: v.Get("availability.until")}
	e.Visibility = v.Get("visibility")

	p := parsedForm{Expert: &e}
	e.Outputs = nil
	rows, _ := strconv.Atoi(v.Get("outputs.rows"))
	for i := 0; i < min(rows, maxOutputRows); i++ {
		pre := fmt.Sprintf("outputs[%d].", i)
		o := model.Output{Kind: v.Get(pre + "kind"), Title: v.Get(pre + "title"), Abstract: v.Get(pre + "abstract"),
			Lang: v.Get(pre + "lang"), URL: v.Get(pre + "url")}
		year := strings.TrimSpace(v.Get(pre + "year"))
		if strings.TrimSpace(o.Title+o.Abstract+o.URL) == "" && year == "" {
			continue // a blank row: nothing to add
		}
		if year != "" {
			n, err := strconv.Atoi(year)
			if err != nil {
				p.Problems = append(p.Problems, model.FieldError{Field: pre + "year", Code: model.CodeBadFormat})
			}
			o.Year = n
		}
		e.Outputs = append(e.Outputs, o)
		p.rowOf = append(p.rowOf, i)
	}
	return p
}

var outputPathRE = regexp.MustCompile(`^outputs\[(\d+)\]`)

// formField turns a validation error's field path into the name of the
// form control that shows it: output indices become row numbers, and list
// indices go (an unknown sphere is shown at the sphere picker).
func (p parsedForm) formField(field string) string {
	if m := outputPathRE.FindStringSubmatch(field); m != nil {
		k, _ := strconv.Atoi(m[1])
		if k < len(p.rowOf) {
			return fmt.Sprintf("outputs[%d]", p.rowOf[k]) + field[len(m[0]):]
		}
		return field
	}
	return stripIndex(field)
}

func stripIndex(field string) string {
	var b strings.Builder
	depth := 0
	for _, r := range field {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
