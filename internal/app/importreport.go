package app

import (
	"context"
	"fmt"
	"io"

	"talentbridge/internal/tabular"
)

// WriteImportReport writes, as XLSX, the rows of an imported spreadsheet as
// they were, each with its status (created, updated, unchanged, rejected,
// review) and its problems, so that a coordinator fixes the rejected rows and
// uploads the same file again. message renders a problem in the reader's
// language; lang names that language for the column headers.
func (a *App) WriteImportReport(ctx context.Context, src io.Reader, name string, fo FileOptions, rep *ImportReport,
	lang string, message func(LineError) string, w io.Writer) error {
	if fo.Taxonomy == nil {
		tax, err := a.Taxonomy(ctx)
		if err != nil {
			return err
		}
		fo.Taxonomy = tax
	}
	rd, err := tabular.Open(src, name, fo)
	if err != nil {
		return err
	}
	defer rd.Close()
	problems := map[int][]string{}
	for _, le := range rep.Errors {
		problems[le.Line] = append(problems[le.Line], message(le))
	}
	review := map[int]ImportReview{}
	for _, r := range rep.Review {
		review[r.Line] = r
	}
	out, err := tabular.NewReportWriter(w, rd.Header(), lang)
	if err != nil {
		return err
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		row, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		status, msgs := tabular.Status(rep.Stored[row.Line]), problems[row.Line]
		switch {
		case len(msgs) > 0:
			status = tabular.StatusRejected
		case review[row.Line].Candidate != "":
			r := review[row.Line]
			status = tabular.StatusReview
			msgs = []string{message(LineError{Line: row.Line, Code: CodePossibleDuplicate,
				Params: map[string]any{"candidate": r.Candidate, "score": fmt.Sprintf("%.2f", r.Score)}})}
		}
		if err := out.Write(row.Cells, status, msgs); err != nil {
			return err
		}
	}
	return out.Close()
}
