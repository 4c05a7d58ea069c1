package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
)

// MaxLineBytes bounds one line of an interchange file. It is far above any
// valid expert (texts are limited to thousands of characters) so that an
// over-long field is reported by name rather than as an unreadable line.
const MaxLineBytes = 16 << 20

// importBatch is how many lines share one transaction. Each line still has
// its own savepoint, so it is committed whole or not at all.
const importBatch = 1000

// ImportOptions tunes an import.
type ImportOptions struct {
	DryRun   bool              // validate and report, write nothing
	Progress func(bytes int64) // called after each batch with the bytes read so far
	// AllowDuplicates creates new records even when they look like an
	// expert already stored (see ImportReport.Review).
	AllowDuplicates bool
}

// Codes of line problems that the importer adds to those of model (and of
// tabular, for spreadsheets). Like them they are message keys
// ("error.<code>"); a test checks that each has a message.
const (
	CodePossibleDuplicate = "possible_duplicate" // held for review: looks like a stored expert
	CodeConflict          = "conflict"           // the store refused the line
	CodeInternal          = "internal"           // the line could not be checked
)

// LineError is one rejected line of an input file.
type LineError struct {
	Line       int            `json:"line"`
	ExternalID string         `json:"external_id,omitempty"`
	Field      string         `json:"field,omitempty"`
	Code       string         `json:"code"`
	Params     map[string]any `json:"params,omitempty"`
}

// ImportReport says what an import did.
type ImportReport struct {
	Lines       int         `json:"lines"`
	Created     int         `json:"created"`
	Updated     int         `json:"updated"`
	Unchanged   int         `json:"unchanged"`
	Failed      int         `json:"failed"`
	OrgsCreated int         `json:"organizations_created"`
	Errors      []LineError `json:"errors,omitempty"`
	// ForReview counts the new records not created because they look like a
	// stored expert written another way; Review lists them.
	ForReview int            `json:"for_review"`
	Review    []ImportReview `json:"review,omitempty"`
	// Stored says, for each line stored or found unchanged, which; with
	// Errors and Review it accounts for every line (the import report).
	Stored map[int]string `json:"-"`
}

type pendingLine struct {
	line   int
	expert model.Expert
	doc    []byte // the expert's canonical JSON, encoded by the reader
}

// ImportExperts reads experts in the interchange format (JSON Lines) and
// upserts them by external id. Bad lines are reported and skipped; every
// valid line is imported. The returned error is for failures of the whole
// run (I/O, database, cancellation); the report is valid up to that point.
//
// Reading and validating run on one goroutine and writing on another, so
// that on two cores the parsing of one batch overlaps the storing of the
// previous one.
func (a *App) ImportExperts(ctx context.Context, r io.Reader, opt ImportOptions) (*ImportReport, error) {
	return a.importFrom(ctx, newJSONSource(r), opt)
}

// importFrom imports the records of any source (JSON Lines, a spreadsheet).
func (a *App) importFrom(ctx context.Context, src recordSource, opt ImportOptions) (*ImportReport, error) {
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	parsed := &ImportReport{} // written by the reader goroutine only
	stored := &ImportReport{} // written by this goroutine only
	im := &importer{app: a, rep: stored, orgs: map[string]bool{}, dryOrgs: map[string]bool{}}
	if !opt.AllowDuplicates {
		im.reviewer = newImportReviewer(a)
	}
	batches := make(chan parsedBatch, 2)
	readErr := make(chan error, 1)
	go func() {
		defer close(batches)
		p := &parser{rep: parsed, seen: map[string]int{}, tax: tax, ids: identities{db: a.db}}
		readErr <- readBatches(ctx, src, p, parsed, batches)
	}()
	var writeErr error
	for b := range batches {
		if writeErr == nil && len(b.lines) > 0 {
			writeErr = im.write(ctx, b.lines, opt.DryRun)
			if writeErr != nil {
				cancel() // stop the reader; drain what it already sent
			}
		}
		if writeErr == nil && opt.Progress != nil {
			opt.Progress(b.bytesRead)
		}
	}
	rErr := <-readErr
	rep := merge(parsed, stored)
	if writeErr != nil {
		return rep, writeErr
	}
	if !opt.DryRun && rep.Created+rep.Updated > 0 {
		a.afterWrite(ctx)
	}
	return rep, rErr
}

// parsedBatch is a run of valid lines ready to store.
type parsedBatch struct {
	lines     []pendingLine
	bytesRead int64
}

// readBatches reads and validates the records of src, reporting bad ones in
// rep and sending valid ones in batches.
func readBatches(ctx context.Context, src recordSource, p *parser, rep *ImportReport, out chan<- parsedBatch) error {
	var batch []pendingLine
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := src.next()
		if err != nil && err != io.EOF {
			return err
		}
		if err == nil && !rec.blank {
			rep.Lines++
			if e, ok := p.check(ctx, rec); ok {
				doc, err := store.CanonicalJSON(&e)
				if err != nil {
					return err
				}
				batch = append(batch, pendingLine{line: rec.line, expert: e, doc: doc})
			}
		}
		if len(batch) >= importBatch || err == io.EOF {
			select {
			case out <- parsedBatch{lines: batch, bytesRead: src.bytesRead()}:
			case <-ctx.Done():
				return ctx.Err()
			}
			batch = nil
		}
		if err == io.EOF {
			return nil
		}
	}
}

// merge combines the reader's and the writer's reports, errors in line order.
func merge(parsed, stored *ImportReport) *ImportReport {
	rep := *stored
	rep.Lines = parsed.Lines
	rep.Failed += parsed.Failed
	rep.Errors = append(append([]LineError(nil), parsed.Errors...), stored.Errors...)
	sort.SliceStable(rep.Errors, func(i, j int) bool { return rep.Errors[i].Line < rep.Errors[j].Line })
	return &rep
}

// parser turns lines into validated experts, remembering external ids seen.
type parser struct {
	rep  *ImportReport
	seen map[string]int // external id → first line that used it
	tax  *model.Taxonomy
	ids  identities
}

func (p *parser) fail(le LineError) {
	p.rep.Failed++
	p.rep.Errors = append(p.rep.Errors, le)
}

// importer stores batches of valid lines.
type importer struct {
	app  *App
	rep  *ImportReport
	orgs map[string]bool // organisation external ids known to exist

	dryOrgs map[string]bool // organisations a dry run would create

	reviewer *importReviewer // nil when duplicates are allowed
}

// check normalizes and validates one record, giving it an identity when
// the file has none for it; ok is false when it was rejected.
func (p *parser) check(ctx context.Context, rec record) (model.Expert, bool) {
	e := rec.expert
	if len(rec.problems) > 0 {
		p.rep.Failed++
		for _, le := range rec.problems {
			le.Line, le.ExternalID = rec.line, e.ExternalID
			p.rep.Errors = append(p.rep.Errors, le)
		}
		return e, false
	}
	e.Normalize()
	if e.ExternalID == "" {
		xid, err := p.identify(ctx, &e)
		if err != nil {
			p.fail(LineError{Line: rec.line, Code: CodeInternal})
			return e, false
		}
		e.ExternalID = xid
	}
	if err := e.Validate(p.tax); err != nil {
		p.failValidation(rec.line, e.ExternalID, err)
		return e, false
	}
	if first, dup := p.seen[e.ExternalID]; dup {
		p.fail(LineError{Line: rec.line, ExternalID: e.ExternalID, Field: "external_id", Code: model.CodeDuplicate,
			Params: map[string]any{"line": first}})
		return e, false
	}
	p.seen[e.ExternalID] = rec.line
	return e, true
}

func (p *parser) failValidation(lineNo int, xid string, err error) {
	var ve *model.ValidationError
	if !errors.As(err, &ve) {
		p.fail(LineError{Line: lineNo, ExternalID: xid, Code: CodeInternal})
		return
	}
	p.rep.Failed++
	for _, fe := range ve.Errors {
		p.rep.Errors = append(p.rep.Errors, LineError{Line: lineNo, ExternalID: xid, Field: fe.Field, Code: fe.Code, Params: fe.Params})
	}
}

// errDryRun rolls back a dry run's transaction after it has done all the work.
var errDryRun = errors.New("dry run")

// write stores a batch in one transaction, each line under its own savepoint.
// A dry run does the same work and rolls it back, so that its report says
// exactly what the real run would do.
func (im *importer) write(ctx context.Context, batch []pendingLine, dryRun bool) error {
	var created, updated, unchanged, orgs int
	var lineErrs []LineError
	var failed int
	var review []ImportReview
	stored := map[int]string{}
	err := im.app.db.InTx(ctx, func(tx *store.Tx) error {
		created, updated, unchanged, orgs, failed, lineErrs, review = 0, 0, 0, 0, 0, nil, nil
		clear(stored)
		newOrgs := map[string]bool{}
		for i := range batch {
			p := &batch[i]
			if err := im.ensureOrg(ctx, tx, &p.expert, newOrgs); err != nil {
				if !errors.Is(err, model.ErrInvalid) {
					return err
				}
			}
			var res store.UpsertResult
			var held *ImportReview
			err := tx.Savepoint(ctx, func() error {
				var err error
				res, err = tx.UpsertExpertDoc(ctx, &p.expert, p.doc)
				if err != nil || res != store.Created || im.reviewer == nil {
					return err
				}
				if held, err = im.reviewer.review(ctx, p.line, &p.expert); err == nil && held != nil {
					return errReview // undo the insert
				}
				return err
			})
			switch {
			case errors.Is(err, errReview):
				review = append(review, *held)
				continue
			case err == nil:
				if im.reviewer != nil {
					im.reviewer.list(p.expert.ID)
				}
			case errors.Is(err, model.ErrInvalid), errors.Is(err, model.ErrConflict):
				failed++
				lineErrs = append(lineErrs, lineErrorOf(p, err))
				continue
			default:
				return fmt.Errorf("line %d: %w", p.line, err)
			}
			stored[p.line] = res.String()
			switch res {
			case store.Created:
				created++
			case store.Updated:
				updated++
			default:
				unchanged++
			}
		}
		orgs = 0
		for id := range newOrgs {
			if !im.dryOrgs[id] {
				orgs++
			}
			if dryRun {
				im.dryOrgs[id] = true
			} else {
				im.orgs[id] = true
			}
		}
		if dryRun {
			return errDryRun
		}
		return nil
	})
	if err != nil && !errors.Is(err, errDryRun) {
		return err
	}
	im.rep.Created += created
	im.rep.Updated += updated
	im.rep.Unchanged += unchanged
	im.rep.OrgsCreated += orgs
	im.rep.Failed += failed
	im.rep.Errors = append(im.rep.Errors, lineErrs...)
	if im.rep.Stored == nil {
		im.rep.Stored = map[int]string{}
	}
	for line, status := range stored {
		im.rep.Stored[line] = status
	}
	im.rep.ForReview += len(review)
	im.rep.Review = append(im.rep.Review, review...)
	return nil
}

// ensureOrg creates a stub organisation for an organisation id that the
// database does not know, named by the expert's organisation text, so that a
// file from another system (or our own export) loads into an empty database.
func (im *importer) ensureOrg(ctx context.Context, tx *store.Tx, e *model.Expert, created map[string]bool) error {
	if e.OrgID == "" || im.orgs[e.OrgID] || created[e.OrgID] {
		return nil
	}
	if len(e.Organization) == 0 {
		return nil // the upsert reports the unknown id
	}
	o := &model.Organization{ExternalID: e.OrgID, Name: e.Organization, City: e.City, Country: e.Country}
	o.Normalize()
	if o.Validate() != nil {
		return nil
	}
	// Organisations committed by earlier batches or runs are visible to the
	// read pool; those created in this transaction are in created.
	if _, err := im.app.db.GetOrganizationByExternalID(ctx, o.ExternalID); err == nil {
		im.orgs[o.ExternalID] = true
		return nil
	} else if !errors.Is(err, model.ErrNotFound) {
		return err
	}
	err := tx.Savepoint(ctx, func() error {
		_, err := tx.UpsertOrganization(ctx, o)
		return err
	})
	if err != nil {
		return err
	}
	created[o.ExternalID] = true
	return nil
}

func lineErrorOf(p *pendingLine, err error) LineError {
	le := LineError{Line: p.line, ExternalID: p.expert.ExternalID, Code: CodeConflict}
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		fe := ve.First()
		le.Field, le.Code, le.Params = fe.Field, fe.Code, fe.Params
	}
	return le
}

// decodeStrict decodes one JSON object, refusing unknown fields and trailing
// data, and turns decoder errors into line errors naming the field.
func decodeStrict(raw []byte, v any) (LineError, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te):
			return LineError{Field: te.Field, Code: model.CodeBadFormat}, false
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
			return LineError{Field: name, Code: model.CodeUnknownField}, false
		}
		return LineError{Code: model.CodeBadJSON, Params: map[string]any{"detail": err.Error()}}, false
	}
	if dec.More() {
		return LineError{Code: model.CodeTrailingData}, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return LineError{Code: model.CodeTrailingData}, false
	}
	return LineError{}, true
}

// readLine returns the next line without its newline. A line longer than max
// is consumed and reported as tooLong with no content.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))
		return buf, tooLong, err
	}
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
