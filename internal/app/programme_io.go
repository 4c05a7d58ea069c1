package app

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"io"
	"slices"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// ImportProgramme reads records of one kind as JSON Lines, one record per
// line, and saves them as SaveProgrammeBatch does, for the caller, a few
// hundred lines at a time. Bad lines are reported with their number and
// skipped; every good line is kept. With dryRun every check runs, the
// writes included, and nothing is kept. The returned error is for failures
// of the whole run (I/O, database); the report is valid up to that point.
func (a *App) ImportProgramme(ctx context.Context, c policy.Caller, kind string, r io.Reader, dryRun bool) (*ImportReport, error) {
	if model.NewProgrammeRecord(kind) == nil {
		return nil, &model.ValidationError{Errors: []model.FieldError{{Field: "kind", Code: model.CodeUnknownValue,
			Params: map[string]any{"value": kind}}}}
	}
	im := &programmeImport{a: a, c: c, dryRun: dryRun, rep: &ImportReport{Stored: map[int]string{}}, firstLine: map[string]int{}}
	br := bufio.NewReaderSize(r, 64<<10)
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return im.rep, err
		}
		raw, tooLong, err := readLine(br, MaxLineBytes)
		if err != nil && err != io.EOF {
			return im.rep, err
		}
		if len(bytes.TrimSpace(raw)) > 0 || tooLong {
			im.rep.Lines++
			im.line(kind, raw, tooLong, lineNo)
			if len(im.recs) == programmeChunk {
				if err := im.flush(ctx); err != nil {
					return im.rep, err
				}
			}
		}
		if err == io.EOF {
			return im.rep, im.flush(ctx)
		}
	}
}

// programmeImport is a run of ImportProgramme: the report so far and the
// decoded lines waiting to be saved.
type programmeImport struct {
	a         *App
	c         policy.Caller
	dryRun    bool
	rep       *ImportReport
	firstLine map[string]int // external id → line of its first record
	recs      []model.ProgrammeRecord
	lines     []int // of recs
}

// line decodes one line, reporting its problems or keeping its record for
// the next flush.
func (im *programmeImport) line(kind string, raw []byte, tooLong bool, lineNo int) {
	fail := func(le LineError) {
		im.rep.Failed++
		im.rep.Errors = append(im.rep.Errors, le)
	}
	if tooLong {
		fail(LineError{Line: lineNo, Code: model.CodeLineTooLong, Params: map[string]any{"max": MaxLineBytes}})
		return
	}
	rec := model.NewProgrammeRecord(kind)
	if le, ok := decodeStrict(raw, rec); !ok {
		le.Line = lineNo
		fail(le)
		return
	}
	rec.Base().Version = 0 // a file says what a record is, not which version it replaces
	rec.Normalize()
	xid := rec.Base().ExternalID
	if xid == "" {
		// A generated id would make a new record of every import of the file.
		fail(LineError{Line: lineNo, Field: "id", Code: model.CodeRequired})
		return
	}
	if first, seen := im.firstLine[xid]; seen {
		fail(LineError{Line: lineNo, ExternalID: xid, Field: "id", Code: model.CodeDuplicate, Params: map[string]any{"line": first}})
		return
	}
	im.firstLine[xid] = lineNo
	im.recs = append(im.recs, rec)
	im.lines = append(im.lines, lineNo)
}

// flush saves the records waiting, adding their outcomes to the report,
// whose errors stay in line order.
func (im *programmeImport) flush(ctx context.Context) error {
	if len(im.recs) == 0 {
		return nil
	}
	out, err := im.a.saveProgrammeBatch(ctx, im.c, im.recs, batchOptions{dryRun: im.dryRun})
	rep := im.rep
	for n, o := range out {
		lineNo, xid := im.lines[n], im.recs[n].Base().ExternalID
		switch {
		case o.err != nil:
			le := lineErrors(lineNo, xid, o.err)
			if le == nil {
				return o.err // not the line's fault
			}
			rep.Failed++
			rep.Errors = append(rep.Errors, le...)
		case o.done:
			rep.Stored[lineNo] = o.res.String()
			switch o.res {
			case store.Created:
				rep.Created++
			case store.Updated:
				rep.Updated++
			case store.Unchanged:
				rep.Unchanged++
			}
		}
	}
	slices.SortStableFunc(rep.Errors, func(x, y LineError) int { return cmp.Compare(x.Line, y.Line) })
	im.recs, im.lines = im.recs[:0], im.lines[:0]
	return err
}

// lineErrors turns the error of one line into its problems: each field of
// a validation error, else the kind of the error; nil for an error of no
// kind, which is not the line's fault.
func lineErrors(lineNo int, xid string, err error) []LineError {
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		out := make([]LineError, 0, len(ve.Errors))
		for _, fe := range ve.Errors {
			out = append(out, LineError{Line: lineNo, ExternalID: xid, Field: fe.Field, Code: fe.Code, Params: fe.Params})
		}
		return out
	}
	var code string
	switch {
	case errors.Is(err, model.ErrConflict):
		code = "conflict"
	case errors.Is(err, model.ErrNotFound):
		code = "not_found"
	case errors.Is(err, model.ErrForbidden):
		code = "forbidden"
	case errors.Is(err, model.ErrUnauthorized):
		code = "unauthorized"
	default:
		return nil
	}
	return []LineError{{Line: lineNo, ExternalID: xid, Code: code}}
}

// ExportProgramme writes every record of a kind the caller may see as JSON
// Lines, in the order of AllProgramme, each in its canonical form: the
// same records export to the same bytes, and an export imports back to
// the same records. It returns how many records it wrote.
func (a *App) ExportProgramme(ctx context.Context, c policy.Caller, kind string, w io.Writer) (int, error) {
	if kind == "" {
		return 0, model.Invalid("kind", model.CodeRequired)
	}
	recs, err := a.AllProgramme(ctx, c, kind)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(w)
	for _, r := range recs {
		line, err := store.CanonicalJSON(r)
		if err != nil {
			return 0, err
		}
		bw.Write(line)
		bw.WriteByte('\n')
	}
	return len(recs), bw.Flush()
}
