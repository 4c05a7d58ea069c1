package tabular

import (
	"io"
	"os"
	"strings"
)

// headerScan is how many non-empty rows at the top may precede the header:
// coordinators put a title, a date or a note above their tables.
const headerScan = 10

// reader turns a source's rows into experts through the mapping.
type reader struct {
	src      source
	info     Info
	spool    *os.File
	read     func() int64 // BytesRead
	spheres  *memo        // sphere slug by label or slug
	formats  *memo
	langs    *memo
	header   []string
	mapping  Mapping
	problems []Problem
	pending  []rawRow // rows read while looking for the header
	closed   bool
}

// start finds the header: among the first non-empty rows, the first that
// names two known columns, else the first that names one. It then makes
// sure at least one data row follows.
func (r *reader) start(overrides map[string]Target) error {
	var scanned []rawRow
	at := -1
	for len(scanned) < headerScan {
		row, err := r.src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if row.empty() {
			continue
		}
		scanned = append(scanned, row)
		if m, _ := detect(row.cells, overrides); m.known() >= 2 {
			at = len(scanned) - 1
			break
		}
	}
	if len(scanned) == 0 {
		return fail(CodeEmptyFile, nil, nil)
	}
	for i := 0; at < 0 && i < len(scanned); i++ {
		if m, _ := detect(scanned[i].cells, overrides); m.known() == 1 {
			at = i
		}
	}
	if at < 0 {
		return fail(CodeNoColumns, nil, map[string]any{"header": strings.Join(scanned[0].cells, " | ")})
	}
	hdr := scanned[at]
	r.header = hdr.cells
	r.mapping, r.problems = detect(hdr.cells, overrides)
	r.info.HeaderLine = hdr.line
	r.pending = scanned[at+1:]
	if len(r.pending) == 0 {
		row, err := r.nextNonEmpty()
		if err == io.EOF {
			return fail(CodeNoData, nil, nil)
		}
		if err != nil {
			return err
		}
		r.pending = []rawRow{row}
	}
	return nil
}

func (row rawRow) empty() bool {
	if len(row.problems) > 0 {
		return false
	}
	for i, c := range row.cells {
		if strings.TrimSpace(c) != "" || (i < len(row.formulas) && row.formulas[i]) {
			return false
		}
	}
	return true
}

func (r *reader) nextNonEmpty() (rawRow, error) {
	for {
		row, err := r.src.next()
		if err != nil || !row.empty() {
			return row, err
		}
	}
}

func (r *reader) Header() []string    { return r.header }
func (r *reader) Mapping() Mapping    { return r.mapping }
func (r *reader) Problems() []Problem { return r.problems }
func (r *reader) Info() Info          { return r.info }
func (r *reader) BytesRead() int64    { return r.read() }

// Next returns the next non-empty data row.
func (r *reader) Next() (Row, error) {
	var raw rawRow
	if len(r.pending) > 0 {
		raw, r.pending = r.pending[0], r.pending[1:]
	} else {
		var err error
		if raw, err = r.nextNonEmpty(); err != nil {
			return Row{}, err
		}
	}
	return r.build(raw), nil
}

func (r *reader) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	err := r.src.close()
	if serr := removeSpool(r.spool); err == nil {
		err = serr
	}
	return err
}
