package bleve

import (
	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// Keyword (filter and sort) fields.
const (
	kwSphere     = "f.sphere"
	kwCity       = "f.city"
	kwOrg        = "f.org"
	kwLanguage   = "f.language"
	kwFormat     = "f.format"
	kwVisibility = "f.visibility"
	kwPartner    = "f.partner" // "1" when shared with the partner city
	sortPrefix   = "sort."
)

// textField is one kind of searchable text of a Doc, as named in
// Hit.Snippets, and the indexed field that holds it.
type textField struct {
	name  string // search.Field*
	index string // indexed field
}

// textFields lists a document's text in a fixed order. The values of all of
// them, each followed by a newline, make up the document's source text:
// every token of every indexed field carries its offsets in that one
// string, which is also stored (srcField), so a match location names the
// field and value it came from (snippets rely on it).
var textFields = []textField{
	{search.FieldName, fName},
	{search.FieldAlias, fName},
	{search.FieldKeyword, fKeyword},
	{search.FieldSphere, fText},
	{search.FieldOrg, fText},
	{search.FieldPosition, fText},
	{search.FieldBio, fText},
	{search.FieldOutput, fText},
}

// Indexed text fields. Few fields make a query few term lookups and the
// index small: names and keywords are kept apart for their weight, all
// other text shares one field, and the Chinese bigrams of all text another.
const (
	fName    = "t.name"    // names and aliases, folded only
	fKeyword = "t.keyword" // keywords, stemmed
	fText    = "t.text"    // sphere labels, organisation, position, bio, outputs, stemmed
	fGrams   = "t.cjk"     // Chinese character bigrams of all of the above
	srcField = "src"       // stored: the source values (encodeSource)
)

// indexedField is one indexed text field: its analysis and its weight.
// Names and keywords outrank a word deep in an abstract.
type indexedField struct {
	name  string
	mode  textproc.Mode
	boost float64
}

var indexedFields = []indexedField{
	{fName, textproc.ModeExact, 6},
	{fKeyword, textproc.ModeFull, 4},
	{fText, textproc.ModeFull, 1.5},
}

// gramFieldBoost weighs a bigram (substring) match of Chinese text.
const gramFieldBoost = 1.5

func (d textField) values(doc *search.Doc) []string {
	switch d.name {
	case search.FieldName:
		return doc.Names
	case search.FieldAlias:
		return doc.Aliases
	case search.FieldKeyword:
		return doc.Keywords
	case search.FieldSphere:
		return doc.SphereLabels
	case search.FieldOrg:
		return doc.Organization
	case search.FieldPosition:
		return doc.Position
	case search.FieldBio:
		return doc.Bio
	case search.FieldOutput:
		return doc.Outputs
	}
	return nil
}

// Indexing options. Doc values are read for every matching document (the
// facets of a broad query, the name sort). They stay compressed: with
// Bleve's option to store them uncompressed, a visit of one document's
// values was seen to return the values of its neighbours in a persisted
// segment too (a facet counted profiles the query had not matched).
const (
	textOptions    = index.IndexField | index.IncludeTermVectors
	keywordOptions = index.IndexField
	sortOptions    = index.IndexField | index.DocValues
	facetOptions   = index.IndexField | index.DocValues
)

// document turns a search.Doc into a Bleve document. Each indexed text field
// is one Bleve field whose analyser reads the Doc's values directly (see
// source); the source itself is stored once for the snippets.
func (x *Index) document(d search.Doc) *document.Document {
	doc := document.NewDocument(docID(d.ID))
	src := newSource(&d)
	for _, f := range indexedFields {
		if src.has(f.name) {
			an := sourceAnalyzer{an: x.an, mode: f.mode, src: src, field: f.name}
			doc.AddField(document.NewTextFieldCustom(f.name, nil, nil, textOptions, an))
		}
	}
	if src.han {
		doc.AddField(document.NewTextFieldCustom(fGrams, nil, nil, textOptions, gramSourceAnalyzer{src}))
	}
	doc.AddField(document.NewTextFieldCustom(srcField, nil, encodeSource(src.values), index.StoreField, noAnalyzer{}))
	add := func(field string, options index.FieldIndexingOptions, values ...string) {
		for _, v := range values {
			if v != "" {
				doc.AddField(document.NewTextFieldCustom(field, nil, []byte(v), options, keywordAnalyzer{}))
			}
		}
	}
	keyword := func(field string, values ...string) { add(field, keywordOptions, values...) }
	keyword(kwSphere, d.Spheres...)
	keyword(kwCity, d.City)
	keyword(kwOrg, d.Org)
	keyword(kwLanguage, d.Languages...)
	keyword(kwFormat, d.Formats...)
	keyword(kwVisibility, d.Visibility)
	if d.Partner {
		keyword(kwPartner, "1")
	}
	for lang, name := range d.SortNames {
		add(sortPrefix+lang, sortOptions, name)
	}
	add(facetField, facetOptions, facetTerms(&d)...)
	return doc
}

func hasHan(s string) bool {
	for _, r := range s {
		if textproc.ScriptOf(r) == textproc.ScriptHan {
			return true
		}
	}
	return false
}
