package model

import "time"

// The three languages of the product. Text fields are keyed by them.
const (
	LangRU = "ru"
	LangZH = "zh"
	LangEN = "en"
)

// Langs lists the product languages in their canonical order.
var Langs = []string{LangRU, LangZH, LangEN}

// Cities an expert or organisation may belong to.
const (
	CityMoscow  = "moscow"
	CityBeijing = "beijing"
	CityOther   = "other"
)

// Cities lists the valid city values.
var Cities = []string{CityMoscow, CityBeijing, CityOther}

// Visibility of a whole profile.
const (
	VisibilityPublic       = "public"
	VisibilityRegistered   = "registered"
	VisibilityCoordinators = "coordinators"
)

// Visibilities lists the valid visibility values, most open first.
var Visibilities = []string{VisibilityPublic, VisibilityRegistered, VisibilityCoordinators}

// Output kinds: the evidence of an expert's expertise.
var OutputKinds = []string{"publication", "patent", "project", "practice", "talk", "other"}

// Availability formats.
var Formats = []string{"lecture", "consulting", "internship", "joint-research", "online", "mentoring"}

// Text is one text in several languages, keyed by LangRU, LangZH, LangEN.
type Text map[string]string

// Terms is a list of terms per language.
type Terms map[string][]string

// Expert is a person in the registry. Field order and JSON names follow the
// interchange format (spec interchange-v1); ID, Version and the timestamps
// belong to the database and are not part of the interchange form.
type Expert struct {
	ExternalID string `json:"external_id"`
	Name       Text   `json:"name"`
	// OtherNames holds further forms of the name per language: those a
	// merge of two profiles of one person could not keep in Name, and any
	// a coordinator records. They are searchable like the name.
	OtherNames   Terms         `json:"other_names,omitempty"`
	NativeLang   string        `json:"native_lang,omitempty"`
	City         string        `json:"city,omitempty"`
	Country      string        `json:"country,omitempty"`
	Organization Text          `json:"organization,omitempty"`
	OrgID        string        `json:"organization_id,omitempty"` // external id of a registered Organization
	Position     Text          `json:"position,omitempty"`
	Spheres      []string      `json:"spheres,omitempty"`
	Keywords     Terms         `json:"keywords,omitempty"`
	Bio          Text          `json:"bio,omitempty"`
	Languages    []string      `json:"languages,omitempty"`
	ORCID        string        `json:"orcid,omitempty"`
	Email        string        `json:"email,omitempty"`
	Phone        string        `json:"phone,omitempty"`
	Outputs      []Output      `json:"outputs,omitempty"`
	Availability *Availability `json:"availability,omitempty"`
	Visibility   string        `json:"visibility,omitempty"`
	// FieldVisibility maps RestrictableFields to Level*; a field it does
	// not name has its DefaultFieldLevel. Consent nil is DefaultConsent.
	// Both are omitted when unset, so that records without them keep
	// their interchange form.
	FieldVisibility map[string]string `json:"field_visibility,omitempty"`
	Consent         *Consent          `json:"consent,omitempty"`

	ID        int64     `json:"-"`
	Version   int64     `json:"-"`
	CreatedAt time.Time `json:"-"`
	UpdatedAt time.Time `json:"-"`
}

// Output is one piece of evidence: a publication, patent, project, documented
// best practice, talk or other work.
type Output struct {
	Kind     string `json:"kind"`
	Title    string `json:"title"`
	Abstract string `json:"abstract,omitempty"`
	Year     int    `json:"year,omitempty"`
	Lang     string `json:"lang,omitempty"`
	URL      string `json:"url,omitempty"`
}

// Availability says how and when an expert can take part in an exchange.
// From and Until are dates in the form 2006-01-02.
type Availability struct {
	Formats []string `json:"formats,omitempty"`
	From    string   `json:"from,omitempty"`
	Until   string   `json:"until,omitempty"`
}

// DisplayName returns the name in lang, else in the native language, else in
// any language present (ru, zh, en order).
func (e *Expert) DisplayName(lang string) string {
	if s := e.Name[lang]; s != "" {
		return s
	}
	if s := e.Name[e.NativeLang]; s != "" {
		return s
	}
	for _, l := range Langs {
		if s := e.Name[l]; s != "" {
			return s
		}
	}
	return ""
}

// Organization is a university, company, cluster, subway, hospital or other
// body that experts belong to and that asks for expertise.
type Organization struct {
	ExternalID string `json:"external_id"`
	Name       Text   `json:"name"`
	City       string `json:"city,omitempty"`
	Country    string `json:"country,omitempty"`
	Kind       string `json:"kind,omitempty"`
	Website    string `json:"website,omitempty"`

	ID        int64     `json:"-"`
	Version   int64     `json:"-"`
	CreatedAt time.Time `json:"-"`
	UpdatedAt time.Time `json:"-"`
}

// OrganizationKinds lists the valid organisation kinds.
var OrganizationKinds = []string{"university", "research-institute", "company", "cluster", "government", "hospital", "transport-operator", "museum", "media", "school", "other"}
