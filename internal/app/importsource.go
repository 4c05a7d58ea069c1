package app

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/tabular"
)

// record is one record of an input file: its line (in a spreadsheet, the
// row number the spreadsheet shows), the expert it describes, and the
// problems that reject it before validation.
type record struct {
	line     int
	expert   model.Expert
	problems []LineError
	blank    bool // an empty line: not counted, not reported
}

// recordSource yields the records of an input file in order; next returns
// io.EOF after the last.
type recordSource interface {
	next() (record, error)
	bytesRead() int64
}

// jsonSource reads the interchange format, one JSON object a line.
type jsonSource struct {
	cr   *countingReader
	br   *bufio.Reader
	line int
	eof  bool
}

func newJSONSource(r io.Reader) *jsonSource {
	cr := &countingReader{r: r}
	return &jsonSource{cr: cr, br: bufio.NewReaderSize(cr, 1<<20)}
}

func (s *jsonSource) bytesRead() int64 { return s.cr.n }

func (s *jsonSource) next() (record, error) {
	if s.eof {
		return record{}, io.EOF
	}
	s.line++
	raw, tooLong, err := readLine(s.br, MaxLineBytes)
	if err == io.EOF {
		s.eof = true
		if len(bytes.TrimSpace(raw)) == 0 && !tooLong {
			return record{}, io.EOF
		}
	} else if err != nil {
		return record{}, fmt.Errorf("read line %d: %w", s.line, err)
	}
	rec := record{line: s.line}
	switch {
	case tooLong:
		rec.problems = []LineError{{Code: model.CodeLineTooLong, Params: map[string]any{"max": MaxLineBytes}}}
	case len(bytes.TrimSpace(raw)) == 0:
		rec.blank = true
	case !utf8.Valid(raw):
		rec.problems = []LineError{{Code: model.CodeBadUTF8}}
	default:
		if le, ok := decodeStrict(raw, &rec.expert); !ok {
			rec.problems = []LineError{le}
		}
	}
	return rec, nil
}

// sheetSource reads the rows of a spreadsheet (XLSX or CSV).
type sheetSource struct {
	rd tabular.Reader
}

// bytesRead is the reader's estimate: a spreadsheet read in place, or an
// XLSX whose rows are compressed, is not read front to back through r.
func (s *sheetSource) bytesRead() int64 { return s.rd.BytesRead() }

func (s *sheetSource) next() (record, error) {
	row, err := s.rd.Next()
	if err != nil {
		return record{}, err
	}
	rec := record{line: row.Line, expert: row.Expert}
	for _, fe := range row.Problems {
		rec.problems = append(rec.problems, LineError{Field: fe.Field, Code: fe.Code, Params: fe.Params})
	}
	return rec, nil
}

// FileOptions say how to read a spreadsheet; the zero value detects all.
type FileOptions = tabular.Options

// ImportFile imports experts from a file in any supported format: the
// interchange JSON Lines (.jsonl, .json, .ndjson), or a spreadsheet (.xlsx,
// .csv) whose columns are recognised by their headers in Russian, Chinese
// or English. A spreadsheet row without an external id is matched to a
// stored expert by ORCID, else by e-mail; failing both it gets an id derived
// from its name and organisation, so that importing the same list twice
// changes nothing.
func (a *App) ImportFile(ctx context.Context, r io.Reader, name string, fo FileOptions, opt ImportOptions) (*ImportReport, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".json", ".ndjson", ".ldjson":
		return a.ImportExperts(ctx, r, opt)
	}
	if fo.Taxonomy == nil {
		tax, err := a.Taxonomy(ctx)
		if err != nil {
			return nil, err
		}
		fo.Taxonomy = tax
	}
	// An *os.File or *bytes.Reader is read in place (an XLSX needs
	// random access); anything else is spooled first by tabular.Open.
	rd, err := tabular.Open(r, name, fo)
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	return a.importFrom(ctx, &sheetSource{rd: rd}, opt)
}

// identities finds the stored expert that a record without an external id
// describes.
type identities struct {
	db *store.DB
}

func (ids identities) identify(ctx context.Context, e *model.Expert) (string, error) {
	for _, by := range []struct{ column, value string }{{"orcid", e.ORCID}, {"email", strings.ToLower(e.Email)}} {
		if by.value == "" {
			continue
		}
		xid, err := ids.db.ExternalIDBy(ctx, by.column, by.value)
		if err == nil {
			return xid, nil
		}
		if !errors.Is(err, model.ErrNotFound) {
			return "", err
		}
	}
	return derivedID(e), nil
}

// identify gives a record without an external id one (see ImportFile).
func (p *parser) identify(ctx context.Context, e *model.Expert) (string, error) {
	if p.ids.db == nil {
		return derivedID(e), nil
	}
	return p.ids.identify(ctx, e)
}

// derivedID is "imp-" and a digest of the expert's names and organisation:
// the same person of the same list always gets the same id.
func derivedID(e *model.Expert) string {
	var parts []string
	for _, t := range []model.Text{e.Name, e.Organization} {
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			parts = append(parts, k+"="+strings.ToLower(t[k]))
		}
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return "imp-" + hex.EncodeToString(sum[:8])
}

// FileProblem returns the message code and parameters of an error that
// stopped a whole spreadsheet from being read (an empty file, a corrupted
// workbook, no recognisable header), so that a transport can explain it
// without knowing the spreadsheet reader; ok is false for any other error.
func FileProblem(err error) (code string, params map[string]any, ok bool) {
	var te *tabular.Error
	if errors.As(err, &te) {
		return te.Code, te.Params, true
	}
	return "", nil, false
}
