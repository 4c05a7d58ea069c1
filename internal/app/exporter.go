package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/tabular"
)

// Export formats.
const (
	ExportJSONL = "jsonl" // the interchange format, one JSON object a line
	ExportCSV   = "csv"
	ExportXLSX  = "xlsx"
)

// ExportFormats lists the export formats.
var ExportFormats = []string{ExportJSONL, ExportCSV, ExportXLSX}

// CSVOptions tune a CSV export: encoding and separator.
type CSVOptions = tabular.CSVOptions

// ExportSpec says what to export and how.
type ExportSpec struct {
	Format string // one of ExportFormats; "" is ExportJSONL
	// Query selects a search result; nil, or a query without text and
	// filters, exports every profile the caller may see.
	Query *SearchQuery
	// Lang is the language of a sheet's headers and value labels (ru, zh,
	// en); the interchange format has none.
	Lang string
	CSV  CSVOptions
}

// ExportResult says what an export wrote.
type ExportResult struct {
	Experts int
	// Truncated is true when a search matched more than MaxExportHits.
	Truncated bool
}

// ExportExperts writes every expert in the interchange format, one JSON
// object a line, in id order, and records the export in the audit log. Exporting, importing into an empty database
// and exporting again gives the same bytes.
func (a *App) ExportExperts(ctx context.Context, w io.Writer) (int, error) {
	res, err := a.Export(ctx, policy.Admin(), ExportSpec{Format: ExportJSONL}, w)
	return res.Experts, err
}

// Export writes the profiles the caller may see (or those of a search),
// each as the caller may see it (policy.ExpertView), in the format asked,
// streaming: memory stays bounded whatever the number of experts. Nothing
// is written to w before the selection has been checked, so an invalid
// spec fails cleanly. The export is recorded in the audit log with its
// format, count and selection: one entry for the whole file rather than
// one per profile.
func (a *App) Export(ctx context.Context, c policy.Caller, spec ExportSpec, w io.Writer) (ExportResult, error) {
	var res ExportResult
	if spec.Format == "" {
		spec.Format = ExportJSONL
	}
	if !slices.Contains(ExportFormats, spec.Format) {
		return res, model.Invalid("format", model.CodeUnknownValue)
	}
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return res, err
	}
	sel, err := a.exportSelection(ctx, c, spec.Query)
	if err != nil {
		return res, err
	}
	out, err := newExportWriter(w, spec, tax)
	if err != nil {
		return res, err
	}
	disclosed := map[string]bool{}
	profiles := 0
	err = sel.each(ctx, func(e *model.Expert) error {
		v, ok := policy.ExpertView(c, e)
		if !ok {
			return nil
		}
		if f := policy.Disclosed(c, e); len(f) > 0 {
			profiles++
			for _, name := range f {
				disclosed[name] = true
			}
		}
		res.Experts++
		return out.write(v)
	})
	if err == nil {
		err = out.close()
	} else {
		out.abort()
	}
	res.Truncated = sel.truncated
	detail := map[string]any{"format": spec.Format, "experts": res.Experts}
	if q := spec.Query; q != nil && !selectsAll(q) {
		detail["query"] = q.Text
		detail["filters"] = queryFilters(q)
	}
	if res.Truncated {
		detail["truncated"] = true
	}
	if profiles > 0 {
		fields := make([]string, 0, len(disclosed))
		for f := range disclosed {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		detail["disclosed"] = profiles
		detail["fields"] = fields
	}
	if err != nil {
		detail["failed"] = true
	}
	if aerr := a.auditAs(ctx, actorFor(c, addrOf(ctx)), ActExport, ObjExpert, 0, detail); err == nil {
		err = aerr
	}
	if err != nil {
		return res, fmt.Errorf("export: %w", err)
	}
	return res, nil
}

// exportWriter writes experts in one format.
type exportWriter struct {
	write func(*model.Expert) error
	close func() error
	abort func()
}

func newExportWriter(w io.Writer, spec ExportSpec, tax *model.Taxonomy) (*exportWriter, error) {
	if spec.Format == ExportJSONL {
		bw := bufio.NewWriterSize(w, 1<<16)
		enc := NewInterchangeEncoder(bw)
		return &exportWriter{
			write: func(e *model.Expert) error { return enc.Encode(e) },
			close: bw.Flush,
			abort: func() {},
		}, nil
	}
	var sheet tabular.SheetWriter
	var err error
	if spec.Format == ExportCSV {
		sheet, err = tabular.NewCSVWriter(w, spec.CSV)
	} else {
		sheet, err = tabular.NewXLSXWriter(w, sheetName(spec.Lang))
	}
	if err != nil {
		return nil, err
	}
	ew, err := tabular.NewExpertWriter(sheet, tabular.ExportOptions{Lang: spec.Lang, Taxonomy: tax})
	if err != nil {
		return nil, err
	}
	return &exportWriter{
		write: ew.Write,
		close: ew.Close,
		abort: ew.Abort,
	}, nil
}

// sheetName names the one sheet of an exported workbook.
func sheetName(lang string) string {
	switch lang {
	case model.LangRU:
		return "Эксперты"
	case model.LangZH:
		return "专家"
	}
	return "Experts"
}

// NewInterchangeEncoder returns the JSON encoder of the interchange format:
// UTF-8 as is (no \u escapes for <, >, &), one object a line.
func NewInterchangeEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
