package bleve

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// gramSuffix names the companion field holding a text field's Chinese
// character bigrams ("bio" → "bio.cjk").
const gramSuffix = ".cjk"

// Keyword (filter, facet and sort) fields.
const (
	kwSphere     = "f.sphere"
	kwCity       = "f.city"
	kwOrg        = "f.org"
	kwLanguage   = "f.language"
	kwFormat     = "f.format"
	kwVisibility = "f.visibility"
	sortPrefix   = "sort."
)

// facetFields maps a search.Facet* name to its keyword field.
var facetFields = map[string]string{
	search.FacetSphere:   kwSphere,
	search.FacetCity:     kwCity,
	search.FacetOrg:      kwOrg,
	search.FacetLanguage: kwLanguage,
	search.FacetFormat:   kwFormat,
}

// textField is one searchable field: its analysis and its weight. Names and
// keywords outrank a word deep in an abstract.
type textField struct {
	name  string
	mode  textproc.Mode
	boost float64
}

var textFields = []textField{
	{search.FieldName, textproc.ModeExact, 6},
	{search.FieldAlias, textproc.ModeExact, 5},
	{search.FieldKeyword, textproc.ModeFull, 4},
	{search.FieldSphere, textproc.ModeFull, 2.5},
	{search.FieldOrg, textproc.ModeFull, 2},
	{search.FieldPosition, textproc.ModeFull, 2},
	{search.FieldBio, textproc.ModeFull, 1},
	{search.FieldOutput, textproc.ModeFull, 0.8},
}

func (d textField) values(doc search.Doc) []string {
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

const (
	textOptions    = index.IndexField | index.StoreField | index.IncludeTermVectors
	gramOptions    = index.IndexField | index.IncludeTermVectors
	keywordOptions = index.IndexField | index.DocValues
)

// document turns a search.Doc into a Bleve document whose fields carry
// their analysers. Empty values are skipped, so a field's array position is
// its index among the non-empty values (snippets rely on it).
func (x *Index) document(d search.Doc) *document.Document {
	doc := document.NewDocument(docID(d.ID))
	for _, f := range textFields {
		an := x.full
		if f.mode == textproc.ModeExact {
			an = x.exact
		}
		i := 0
		for _, v := range f.values(d) {
			if v == "" {
				continue
			}
			ap := []uint64{uint64(i)}
			i++
			doc.AddField(document.NewTextFieldCustom(f.name, ap, []byte(v), textOptions, an))
			if hasHan(v) {
				doc.AddField(document.NewTextFieldCustom(f.name+gramSuffix, ap, []byte(v), gramOptions, x.grams))
			}
		}
	}
	keyword := func(field string, values ...string) {
		for _, v := range values {
			if v != "" {
				doc.AddField(document.NewTextFieldCustom(field, nil, []byte(v), keywordOptions, x.keywords))
			}
		}
	}
	keyword(kwSphere, d.Spheres...)
	keyword(kwCity, d.City)
	keyword(kwOrg, d.Org)
	keyword(kwLanguage, d.Languages...)
	keyword(kwFormat, d.Formats...)
	keyword(kwVisibility, d.Visibility)
	for lang, name := range d.SortNames {
		keyword(sortPrefix+lang, name)
	}
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

// analyzer adapts textproc to Bleve's analysis.Analyzer.
type analyzer struct {
	an   *textproc.Analyzer
	mode textproc.Mode
}

func (a analyzer) Analyze(b []byte) analysis.TokenStream {
	return stream(a.an.Tokens(string(b), a.mode))
}

// gramAnalyzer yields the Chinese character bigrams of a text.
type gramAnalyzer struct{}

func (gramAnalyzer) Analyze(b []byte) analysis.TokenStream {
	return stream(textproc.Grams(string(b)))
}

// keywordAnalyzer keeps the whole value as one term.
type keywordAnalyzer struct{}

func (keywordAnalyzer) Analyze(b []byte) analysis.TokenStream {
	return analysis.TokenStream{{Term: b, Start: 0, End: len(b), Position: 1, Type: analysis.AlphaNumeric}}
}

func stream(toks []textproc.Token) analysis.TokenStream {
	out := make(analysis.TokenStream, len(toks))
	for i, t := range toks {
		typ := analysis.AlphaNumeric
		if t.Script == textproc.ScriptHan {
			typ = analysis.Ideographic
		}
		out[i] = &analysis.Token{Term: []byte(t.Term), Start: t.Start, End: t.End, Position: t.Pos, Type: typ}
	}
	return out
}
