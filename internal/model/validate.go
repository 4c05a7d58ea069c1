package model

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits on text lengths, in characters (runes).
const (
	MaxName       = 200
	MaxOrg        = 300
	MaxPosition   = 200
	MaxKeyword    = 100
	MaxKeywords   = 50 // per language
	MaxOtherNames = 10 // per language
	MaxBio        = 10000
	MaxTitle      = 500
	MaxAbstract   = 10000
	MaxOutputs    = 200
	MaxSpheres    = 20
	MaxLanguages  = 20
	MaxURL        = 2000
	MaxPhone      = 40
)

// Normalize puts an expert into canonical form before validation and storage:
// text in Unicode NFC with surrounding space trimmed, empty entries dropped,
// duplicate spheres, languages and keywords removed (first kept), e-mail
// domain lower-cased, the native language defaulted. It is idempotent.
func (e *Expert) Normalize() {
	e.ExternalID = strings.TrimSpace(e.ExternalID)
	e.Name = normText(e.Name)
	e.OtherNames = normTerms(e.OtherNames)
	e.NativeLang = strings.TrimSpace(e.NativeLang)
	if e.NativeLang == "" {
		for _, l := range Langs {
			if e.Name[l] != "" {
				e.NativeLang = l
				break
			}
		}
	}
	e.City = strings.ToLower(strings.TrimSpace(e.City))
	e.Country = strings.ToUpper(strings.TrimSpace(e.Country))
	e.Organization = normText(e.Organization)
	e.OrgID = strings.TrimSpace(e.OrgID)
	e.Position = normText(e.Position)
	e.Spheres = dedupe(e.Spheres, false)
	e.Keywords = normTerms(e.Keywords)
	e.Bio = normText(e.Bio)
	e.Languages = dedupe(e.Languages, true)
	e.ORCID = strings.ToUpper(strings.TrimSpace(e.ORCID))
	e.Email = normEmail(e.Email)
	e.Phone = strings.TrimSpace(e.Phone)
	for i := range e.Outputs {
		e.Outputs[i].normalize()
	}
	if a := e.Availability; a != nil {
		a.Formats = dedupe(a.Formats, true)
		a.From = strings.TrimSpace(a.From)
		a.Until = strings.TrimSpace(a.Until)
		if len(a.Formats) == 0 && a.From == "" && a.Until == "" {
			e.Availability = nil
		}
	}
	e.Visibility = strings.TrimSpace(e.Visibility)
	if e.Visibility == "" {
		e.Visibility = VisibilityPublic
	}
	e.normalizePrivacy()
}

// Validate checks a normalized expert against the taxonomy and every format
// rule, returning a *ValidationError listing all problems, or nil.
func (e *Expert) Validate(tax *Taxonomy) error {
	v := &ValidationError{}
	switch {
	case e.ExternalID == "":
		v.add("external_id", CodeRequired, nil)
	case !ValidExternalID(e.ExternalID):
		v.add("external_id", CodeBadFormat, nil)
	}
	if len(e.Name) == 0 {
		v.add("name", CodeRequired, nil)
	}
	checkTextMap(v, "name", e.Name, MaxName)
	for lang, names := range e.OtherNames {
		field := "other_names." + lang
		if !contains(Langs, lang) {
			v.add(field, CodeUnknownLanguage, map[string]any{"value": lang})
		}
		if len(names) > MaxOtherNames {
			v.add(field, CodeTooMany, map[string]any{"max": MaxOtherNames})
		}
		for i, n := range names {
			checkText(v, fmt.Sprintf("%s[%d]", field, i), n, MaxName, false)
		}
	}
	if e.NativeLang != "" && !contains(Langs, e.NativeLang) {
		v.add("native_lang", CodeUnknownLanguage, map[string]any{"value": e.NativeLang})
	}
	if e.City != "" && !contains(Cities, e.City) {
		v.add("city", CodeUnknownCity, map[string]any{"value": e.City})
	}
	if e.Country != "" && !ValidCountry(e.Country) {
		v.add("country", CodeUnknownCountry, map[string]any{"value": e.Country})
	}
	checkTextMap(v, "organization", e.Organization, MaxOrg)
	if e.OrgID != "" && !ValidExternalID(e.OrgID) {
		v.add("organization_id", CodeBadFormat, nil)
	}
	checkTextMap(v, "position", e.Position, MaxPosition)
	if len(e.Spheres) > MaxSpheres {
		v.add("spheres", CodeTooMany, map[string]any{"max": MaxSpheres})
	}
	for i, s := range e.Spheres {
		if tax == nil || !tax.Has(s) {
			v.add(fmt.Sprintf("spheres[%d]", i), CodeUnknownSphere, map[string]any{"value": s})
		}
	}
	for lang, terms := range e.Keywords {
		field := "keywords." + lang
		if !contains(Langs, lang) {
			v.add(field, CodeUnknownLanguage, map[string]any{"value": lang})
		}
		if len(terms) > MaxKeywords {
			v.add(field, CodeTooMany, map[string]any{"max": MaxKeywords})
		}
		for i, t := range terms {
			checkText(v, fmt.Sprintf("%s[%d]", field, i), t, MaxKeyword, false)
		}
	}
	checkTextMap(v, "bio", e.Bio, MaxBio)
	if len(e.Languages) > MaxLanguages {
		v.add("languages", CodeTooMany, map[string]any{"max": MaxLanguages})
	}
	for i, l := range e.Languages {
		if !ValidLanguage(l) {
			v.add(fmt.Sprintf("languages[%d]", i), CodeUnknownLanguage, map[string]any{"value": l})
		}
	}
	if e.ORCID != "" {
		if len(e.ORCID) != 19 || strings.Count(e.ORCID, "-") != 3 {
			v.add("orcid", CodeBadFormat, nil)
		} else if !ValidORCID(e.ORCID) {
			v.add("orcid", CodeBadChecksum, nil)
		}
	}
	if e.Email != "" && !ValidEmail(e.Email) {
		v.add("email", CodeBadEmail, nil)
	}
	if e.Phone != "" && (len(e.Phone) > MaxPhone || !ValidPhone(e.Phone)) {
		v.add("phone", CodeBadFormat, nil)
	}
	if len(e.Outputs) > MaxOutputs {
		v.add("outputs", CodeTooMany, map[string]any{"max": MaxOutputs})
	}
	for i, o := range e.Outputs {
		o.validate(v, fmt.Sprintf("outputs[%d]", i))
	}
	if a := e.Availability; a != nil {
		a.validate(v)
	}
	if !contains(Visibilities, e.Visibility) {
		v.add("visibility", CodeUnknownValue, map[string]any{"value": e.Visibility})
	}
	e.validatePrivacy(v)
	return v.orNil()
}

func (o *Output) normalize() {
	o.Kind = strings.TrimSpace(o.Kind)
	o.Title = normString(o.Title)
	o.Abstract = normString(o.Abstract)
	o.Lang = strings.TrimSpace(o.Lang)
	o.URL = strings.TrimSpace(o.URL)
}

func (o Output) validate(v *ValidationError, field string) {
	if !contains(OutputKinds, o.Kind) {
		v.add(field+".kind", CodeUnknownValue, map[string]any{"value": o.Kind})
	}
	checkText(v, field+".title", o.Title, MaxTitle, true)
	checkText(v, field+".abstract", o.Abstract, MaxAbstract, false)
	if o.Year != 0 && (o.Year < 1900 || o.Year > 2100) {
		v.add(field+".year", CodeOutOfRange, map[string]any{"min": 1900, "max": 2100})
	}
	if o.Lang != "" && !ValidLanguage(o.Lang) {
		v.add(field+".lang", CodeUnknownLanguage, map[string]any{"value": o.Lang})
	}
	checkURL(v, field+".url", o.URL)
}

func (a *Availability) validate(v *ValidationError) {
	for i, f := range a.Formats {
		if !contains(Formats, f) {
			v.add(fmt.Sprintf("availability.formats[%d]", i), CodeUnknownValue, map[string]any{"value": f})
		}
	}
	a.validateWindow(v, "availability.")
}

// validateWindow checks the dates From and Until and their order; prefix
// names the fields ("availability." for an expert, "" for a request).
func (a *Availability) validateWindow(v *ValidationError, prefix string) {
	okFrom := a.From == "" || ValidDate(a.From)
	okUntil := a.Until == "" || ValidDate(a.Until)
	if !okFrom {
		v.add(prefix+"from", CodeBadDate, nil)
	}
	if !okUntil {
		v.add(prefix+"until", CodeBadDate, nil)
	}
	if okFrom && okUntil && a.From != "" && a.Until != "" && a.Until < a.From {
		v.add(prefix+"until", CodeDateOrder, nil)
	}
}

// Normalize puts an organisation into canonical form.
func (o *Organization) Normalize() {
	o.ExternalID = strings.TrimSpace(o.ExternalID)
	o.Name = normText(o.Name)
	o.City = strings.ToLower(strings.TrimSpace(o.City))
	o.Country = strings.ToUpper(strings.TrimSpace(o.Country))
	o.Kind = strings.TrimSpace(o.Kind)
	o.Website = strings.TrimSpace(o.Website)
}

// Validate checks a normalized organisation.
func (o *Organization) Validate() error {
	v := &ValidationError{}
	switch {
	case o.ExternalID == "":
		v.add("external_id", CodeRequired, nil)
	case !ValidExternalID(o.ExternalID):
		v.add("external_id", CodeBadFormat, nil)
	}
	if len(o.Name) == 0 {
		v.add("name", CodeRequired, nil)
	}
	checkTextMap(v, "name", o.Name, MaxOrg)
	if o.City != "" && !contains(Cities, o.City) {
		v.add("city", CodeUnknownCity, map[string]any{"value": o.City})
	}
	if o.Country != "" && !ValidCountry(o.Country) {
		v.add("country", CodeUnknownCountry, map[string]any{"value": o.Country})
	}
	if o.Kind != "" && !contains(OrganizationKinds, o.Kind) {
		v.add("kind", CodeUnknownValue, map[string]any{"value": o.Kind})
	}
	checkURL(v, "website", o.Website)
	return v.orNil()
}

func checkTextMap(v *ValidationError, field string, t Text, max int) {
	for _, l := range Langs { // fixed order keeps error lists stable
		if s, ok := t[l]; ok {
			checkText(v, field+"."+l, s, max, false)
		}
	}
	for l := range t {
		if !contains(Langs, l) {
			v.add(field+"."+l, CodeUnknownLanguage, map[string]any{"value": l})
		}
	}
}

func checkText(v *ValidationError, field, s string, max int, required bool) {
	switch {
	case !utf8.ValidString(s):
		v.add(field, CodeBadUTF8, nil)
	case required && s == "":
		v.add(field, CodeRequired, nil)
	case utf8.RuneCountInString(s) > max:
		v.add(field, CodeTooLong, map[string]any{"max": max})
	}
}

func checkURL(v *ValidationError, field, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if len(s) > MaxURL || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		v.add(field, CodeBadFormat, nil)
	}
}

func normString(s string) string {
	s = strings.TrimSpace(s)
	if !nfcStable(s) && utf8.ValidString(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// nfcStable reports, cheaply, that s is made only of characters that NFC
// never changes whatever surrounds them: ASCII, Latin-1 and Latin Extended
// letters, basic Cyrillic, general punctuation, CJK punctuation, unified
// ideographs and fullwidth forms. Nearly every name and text in the registry
// is, which spares the full check (a sixth of an import's work). Combining
// marks, compatibility ideographs and the like fall through to the full check.
func nfcStable(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x300, // ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
			r >= 0x400 && r <= 0x482, r >= 0x48a && r <= 0x52f, // Cyrillic without its combining marks
			r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e, // punctuation
			r >= 0x3000 && r <= 0x303f, // CJK symbols and punctuation
			r >= 0x4e00 && r <= 0x9fff, // CJK unified ideographs
			r >= 0xff01 && r <= 0xff5e: // fullwidth ASCII
		default:
			return false
		}
	}
	return true
}

func normText(t Text) Text {
	if len(t) == 0 {
		return nil
	}
	out := make(Text, len(t))
	for l, s := range t {
		if s = normString(s); s != "" {
			out[strings.ToLower(strings.TrimSpace(l))] = s
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func normTerms(t Terms) Terms {
	if len(t) == 0 {
		return nil
	}
	out := make(Terms, len(t))
	for l, terms := range t {
		var kept []string
		for _, s := range terms {
			if s = normString(s); s != "" {
				kept = append(kept, s)
			}
		}
		if kept = dedupe(kept, false); len(kept) > 0 {
			out[strings.ToLower(strings.TrimSpace(l))] = kept
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func dedupe(list []string, lower bool) []string {
	if len(list) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(list))
	out := list[:0:0]
	for _, s := range list {
		s = strings.TrimSpace(s)
		if lower {
			s = strings.ToLower(s)
		}
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func normEmail(s string) string {
	s = strings.TrimSpace(s)
	if at := strings.LastIndexByte(s, '@'); at > 0 {
		s = s[:at] + strings.ToLower(s[at:])
	}
	return s
}
