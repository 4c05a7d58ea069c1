package bleve

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// Keyword fields of programme records, besides the shared kwSphere, kwCity
// and kwOrg.
const (
	kwXID    = "f.xid" // the external id
	kwKind   = "f.kind"
	kwStatus = "f.status"
	kwExpert = "f.expert" // participants' external ids
	kwStart  = "f.start"  // first day, or openStart
	kwEnd    = "f.end"    // last day, or openEnd
	kwDated  = "f.dated"  // "1" when the record has a start or an end
	sortID   = "sort.id"  // the row id, zero-padded: the order without text
)

// An open end of a period is indexed as a date before (or after) every
// date, so that a window test is one term range per end, as in the store.
const (
	openStart = "0000-00-00"
	openEnd   = "9999-99-99"
)

// A programme record's text goes into the expert index's fields, with
// their analysis and weights: the titles where an expert's keywords go,
// everything else where the rest of a profile goes. The query building of
// the expert index (query.go, expand.go) then serves both unchanged.
const (
	fProgTitle = fKeyword
	fProgText  = fText
)

// document turns a search.ProgrammeDoc into a Bleve document. Nothing is
// stored: the caller loads the records from the database by id, and there
// are no snippets.
func (p *ProgrammeIndex) document(d search.ProgrammeDoc) *document.Document {
	doc := document.NewDocument(docID(d.ID))
	text := append(append([]string{}, d.Text...), d.Labels...)
	for _, f := range []struct {
		name   string
		values []string
	}{{fProgTitle, d.Titles}, {fProgText, text}} {
		if len(f.values) > 0 {
			an := valuesAnalyzer{an: p.x.an, mode: textproc.ModeFull, values: f.values}
			doc.AddField(document.NewTextFieldCustom(f.name, nil, nil, textOptions, an))
		}
	}
	var han []string
	for _, v := range append(append([]string{}, d.Titles...), text...) {
		if hasHan(v) {
			han = append(han, v)
		}
	}
	if len(han) > 0 {
		doc.AddField(document.NewTextFieldCustom(fGrams, nil, nil, textOptions, gramValuesAnalyzer{han}))
	}
	add := func(field string, options index.FieldIndexingOptions, values ...string) {
		for _, v := range values {
			if v != "" {
				doc.AddField(document.NewTextFieldCustom(field, nil, []byte(v), options, keywordAnalyzer{}))
			}
		}
	}
	add(kwXID, keywordOptions, d.ExternalID)
	add(kwKind, keywordOptions, d.Kind)
	add(kwStatus, keywordOptions, d.Status)
	add(kwSphere, keywordOptions, d.Spheres...)
	add(kwCity, keywordOptions, d.Cities...)
	add(kwOrg, keywordOptions, d.Orgs...)
	add(kwExpert, keywordOptions, d.Experts...)
	start, end := d.Start, d.End
	if start != "" || end != "" {
		add(kwDated, keywordOptions, "1")
	}
	if start == "" {
		start = openStart
	}
	if end == "" {
		end = openEnd
	}
	add(kwStart, keywordOptions, start)
	add(kwEnd, keywordOptions, end)
	add(sortID, sortOptions, fmt.Sprintf("%020d", d.ID))
	return doc
}

// valuesAnalyzer analyses a list of values with textproc, each value's
// positions after the previous one's (with a gap, so that no phrase spans
// two values). Offsets count from the first value; nothing reads them, as
// the programme index keeps no source text.
type valuesAnalyzer struct {
	an     *textproc.Analyzer
	mode   textproc.Mode
	values []string
}

func (a valuesAnalyzer) Analyze([]byte) analysis.TokenStream {
	var out analysis.TokenStream
	pos, base := 0, 0
	for _, v := range a.values {
		out, pos = appendTokens(out, a.an.Tokens(v, a.mode), base, pos)
		base += len(v) + 1
	}
	return out
}

// gramValuesAnalyzer yields the Chinese character bigrams of the values.
type gramValuesAnalyzer struct{ values []string }

func (a gramValuesAnalyzer) Analyze([]byte) analysis.TokenStream {
	var out analysis.TokenStream
	pos, base := 0, 0
	for _, v := range a.values {
		out, pos = appendTokens(out, textproc.Grams(v), base, pos)
		base += len(v) + 1
	}
	return out
}
