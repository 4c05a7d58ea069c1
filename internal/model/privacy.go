package model

import (
	"maps"
	"slices"
	"strings"
)

// Field visibility levels, most open first. A field at a level is shown to
// every caller at that level or above who may see the profile at all:
//
//	public        anyone, signed in or not
//	registered    every signed-in user
//	coordinators  the coordinators who look after the profile (its city's,
//	              the partner city's with consent, its organisation's editors)
//	private       the expert themselves and the administrators
const (
	LevelPublic       = "public"
	LevelRegistered   = "registered"
	LevelCoordinators = "coordinators"
	LevelPrivate      = "private"
)

// FieldLevels lists the valid field visibility levels, most open first.
var FieldLevels = []string{LevelPublic, LevelRegistered, LevelCoordinators, LevelPrivate}

// LevelRank orders the levels: public 0 … private 3. A value that is not a
// level ranks above private, so that a corrupt setting hides rather than
// shows. The profile visibilities (Visibility*) rank as the levels of the
// same name.
func LevelRank(level string) int {
	for i, l := range FieldLevels {
		if l == level {
			return i
		}
	}
	return len(FieldLevels)
}

// The parts of a profile whose visibility an expert may set, as JSON member
// names of Expert. FieldOrganization covers organization and
// organization_id. The rest (name, native language, city, country, spheres,
// the external id) is the profile itself: whoever sees the profile sees it.
const (
	FieldEmail        = "email"
	FieldPhone        = "phone"
	FieldORCID        = "orcid"
	FieldOrganization = "organization"
	FieldPosition     = "position"
	FieldBio          = "bio"
	FieldKeywords     = "keywords"
	FieldLanguages    = "languages"
	FieldOutputs      = "outputs"
	FieldAvailability = "availability"
)

// RestrictableFields lists the fields that FieldVisibility may name.
var RestrictableFields = []string{
	FieldEmail, FieldPhone, FieldORCID, FieldOrganization, FieldPosition,
	FieldBio, FieldKeywords, FieldLanguages, FieldOutputs, FieldAvailability,
}

// IsContactField reports whether the field is a way to reach the person:
// besides its level it needs the expert's consent to be contacted before
// anyone but the expert and the administrators sees it.
func IsContactField(field string) bool { return field == FieldEmail || field == FieldPhone }

// DefaultFieldLevel is the level of a field that FieldVisibility does not
// name: contact details go to coordinators (and then only with consent to
// contact, so by default to no one but the expert and the administrators);
// everything else follows the profile.
func DefaultFieldLevel(field string) string {
	if IsContactField(field) {
		return LevelCoordinators
	}
	return LevelPublic
}

// FieldLevel returns the level of one of the RestrictableFields.
func (e *Expert) FieldLevel(field string) string {
	if l, ok := e.FieldVisibility[field]; ok {
		return l
	}
	return DefaultFieldLevel(field)
}

// Consent is what the expert agreed to. Each flag can be withdrawn at any
// time; a withdrawal takes effect on the next request everywhere.
type Consent struct {
	// Public: listed in the directory that anyone (anonymous or any
	// signed-in user) may browse and search. Without it only the
	// coordinators who look after the profile see it.
	Public bool `json:"public"`
	// PartnerCity: shared with the partner city's coordinators (a Moscow
	// profile with Beijing's and the other way round).
	PartnerCity bool `json:"partner_city"`
	// Contact: the contact details may be shown to those their level
	// admits, so that they can get in touch.
	Contact bool `json:"contact"`
}

// DefaultConsent applies to a profile that records no consent: one imported
// or written before consents were asked. Its visibility, chosen by whoever
// registered it, keeps deciding whether it is listed; sharing with the
// partner city and contact need an explicit yes.
func DefaultConsent() Consent { return Consent{Public: true} }

// EffectiveConsent returns the recorded consent or DefaultConsent.
func (e *Expert) EffectiveConsent() Consent {
	if e.Consent == nil {
		return DefaultConsent()
	}
	return *e.Consent
}

// ListedVisibility is the visibility that decides who may see the profile:
// Visibility, raised to coordinators when the expert has not agreed to be
// listed. The database and the search index filter on it.
func (e *Expert) ListedVisibility() string {
	v := e.Visibility
	if v == "" {
		v = VisibilityPublic
	}
	if !e.EffectiveConsent().Public && LevelRank(v) < LevelRank(VisibilityCoordinators) {
		return VisibilityCoordinators
	}
	return v
}

// normalizePrivacy trims the field levels and drops empty ones.
func (e *Expert) normalizePrivacy() {
	if e.FieldVisibility == nil {
		return
	}
	fv := make(map[string]string, len(e.FieldVisibility))
	for k, v := range e.FieldVisibility {
		if k, v = strings.TrimSpace(k), strings.ToLower(strings.TrimSpace(v)); k != "" && v != "" {
			fv[k] = v
		}
	}
	e.FieldVisibility = fv
	if len(fv) == 0 {
		e.FieldVisibility = nil
	}
}

// validatePrivacy checks that FieldVisibility names restrictable fields and
// levels.
func (e *Expert) validatePrivacy(v *ValidationError) {
	for _, k := range slices.Sorted(maps.Keys(e.FieldVisibility)) {
		field := "field_visibility." + k
		if !contains(RestrictableFields, k) {
			v.add(field, CodeUnknownField, map[string]any{"value": k})
			continue
		}
		if l := e.FieldVisibility[k]; !contains(FieldLevels, l) {
			v.add(field, CodeUnknownValue, map[string]any{"value": l})
		}
	}
}
