package search

import (
	"talentbridge/internal/model"
	"talentbridge/internal/textproc"
)

// Searchable fields of a Doc, as named in Hit.Snippets.
const (
	FieldName     = "name"
	FieldAlias    = "alias"
	FieldOrg      = "org"
	FieldPosition = "position"
	FieldSphere   = "sphere"
	FieldKeyword  = "keyword"
	FieldBio      = "bio"
	FieldOutput   = "output"
)

// Doc is what the index holds of one expert. E-mail and phone are absent on
// purpose: they must never be searchable.
type Doc struct {
	ID int64

	Names        []string // the name in every script
	Aliases      []string // transliterations and other spellings, filled by the caller
	Organization []string
	Position     []string
	SphereLabels []string // labels of the expert's spheres and their parents, all languages
	Keywords     []string
	Bio          []string
	Outputs      []string // titles and abstracts

	Spheres    []string // facet: full slugs and their top-level slugs
	City       string
	Org        string // organisation external id
	Languages  []string
	Formats    []string
	Visibility string // model.Expert.ListedVisibility; a Doc without one is visible to no one
	Partner    bool   // the expert agreed to be shared with the partner city

	// SortNames holds the key for SortName per language (ru, zh, en).
	// NewDoc uses the normalised display name; a caller may put pinyin
	// under "zh" to sort Chinese names alphabetically.
	SortNames map[string]string
}

// NewDoc builds the index document of an expert. It indexes every field it
// is given, so callers pass what the index may hold (policy.IndexView). The
// sphere labels of the taxonomy, in all three languages, are indexed with
// the expert so that 地铁 or «метро» finds a subway expert whose own text
// never says so.
func NewDoc(e *model.Expert, tax *model.Taxonomy, aliases []string) Doc {
	d := Doc{
		ID:           e.ID,
		Names:        texts(e.Name),
		Aliases:      aliases,
		Organization: texts(e.Organization),
		Position:     texts(e.Position),
		Bio:          texts(e.Bio),
		City:         e.City,
		Org:          e.OrgID,
		Languages:    e.Languages,
		Visibility:   e.ListedVisibility(),
		Partner:      e.EffectiveConsent().PartnerCity,
		SortNames:    map[string]string{},
	}
	for _, l := range model.Langs {
		d.Keywords = append(d.Keywords, e.Keywords[l]...)
		d.SortNames[l] = textproc.Normalize(e.DisplayName(l))
	}
	seen := map[string]bool{}
	for _, slug := range e.Spheres {
		for _, s := range []string{model.TopSphere(slug), slug} {
			if seen[s] {
				continue
			}
			seen[s] = true
			d.Spheres = append(d.Spheres, s)
			if sp, ok := tax.Get(s); ok {
				d.SphereLabels = append(d.SphereLabels, texts(sp.Labels)...)
			}
		}
	}
	for _, o := range e.Outputs {
		d.Outputs = appendNonEmpty(d.Outputs, o.Title, o.Abstract)
	}
	if e.Availability != nil {
		d.Formats = e.Availability.Formats
	}
	return d
}

// texts lists the non-empty values of a Text in the canonical language order.
func texts(t model.Text) []string {
	var out []string
	for _, l := range model.Langs {
		out = appendNonEmpty(out, t[l])
	}
	return out
}

func appendNonEmpty(list []string, ss ...string) []string {
	for _, s := range ss {
		if s != "" {
			list = append(list, s)
		}
	}
	return list
}
