package tabular

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"talentbridge/internal/model"
)

// File formats.
const (
	FormatXLSX = "xlsx"
	FormatCSV  = "csv"
)

// Options tune Open. The zero value detects everything.
type Options struct {
	Format    string            // FormatXLSX or FormatCSV; "" detects by content, then by name
	Encoding  string            // CSV: "utf-8", "windows-1251", "gb18030", "utf-16"; "" detects
	Separator rune              // CSV: ',', ';', '\t' or '|'; 0 detects
	Sheet     string            // XLSX: the sheet to read; "" for the first
	Mapping   map[string]Target // header → target overrides, as ReadMapping returns them
	Taxonomy  *model.Taxonomy   // spheres to match labels against; nil for the built-in ones
	TempDir   string            // for spooling an XLSX given as a plain stream; "" for the system's
}

// Info says how a file was read, so that an import can explain itself
// ("read as Windows-1251, separator ';', header on line 3").
type Info struct {
	Format     string
	Encoding   string // CSV only
	Separator  rune   // CSV only
	Sheet      string // XLSX only
	HeaderLine int
}

// Row is one data row: its line (the row number a spreadsheet shows, or the
// CSV line where the record starts), its cells as read, the expert they
// describe, and the problems met while interpreting them. The expert is
// neither normalised nor validated.
type Row struct {
	Line     int
	Cells    []string
	Expert   model.Expert
	Problems []model.FieldError
}

// Reader streams the data rows of a spreadsheet. Next returns io.EOF after
// the last row. Close releases temporary files; it is safe to call twice.
type Reader interface {
	Header() []string
	Mapping() Mapping
	Problems() []Problem // about header columns: unknown, duplicated
	Info() Info
	Next() (Row, error)
	// BytesRead says how far reading has got, in bytes of the file, for
	// a progress bar: the bytes of a CSV file read so far, or, as the
	// rows of an XLSX are compressed, the share of its worksheet read
	// times the size of the file.
	BytesRead() int64
	Close() error
}

// rawRow is a row as a source yields it, before mapping.
type rawRow struct {
	line       int
	cells      []string
	formulas   []bool // by column: the cell held a formula
	fixedWidth bool   // a row's width is meaningful (CSV), so a short row is ragged
	problems   []model.FieldError
}

// source is one file format's stream of rows.
type source interface {
	next() (rawRow, error) // io.EOF at the end
	close() error
}

// byteCounter counts the bytes read through it.
type byteCounter struct {
	r io.Reader
	n int64
}

func (c *byteCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0} // legacy .xls and password-protected workbooks
)

// Open starts reading a spreadsheet. name is the file's name as uploaded;
// it only breaks ties when the content does not tell the format. An XLSX
// needs random access: when r is an io.ReaderAt of known size (*os.File,
// *bytes.Reader, *io.SectionReader) it is read in place, otherwise it is
// first copied to a temporary file. Open fails with an *Error for an empty
// file, a corrupted workbook, a file without a recognisable header row or
// one with a header and no data.
func Open(r io.Reader, name string, opt Options) (Reader, error) {
	if opt.Taxonomy == nil {
		opt.Taxonomy = model.NewTaxonomy()
	}
	counted := &byteCounter{r: r}
	br := bufio.NewReader(counted)
	head, err := br.Peek(len(zipMagic))
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(head) == 0 {
		return nil, fail(CodeEmptyFile, nil, nil)
	}
	format, err := detectFormat(head, name, opt.Format)
	if err != nil {
		return nil, err
	}
	var (
		src   source
		info  Info
		spool *os.File
		read  func() int64
	)
	switch format {
	case FormatXLSX:
		var ra io.ReaderAt
		var size int64
		if ra, size, spool, err = randomAccess(r, br, opt.TempDir); err != nil {
			return nil, err
		}
		var xs *xlsxSource
		if xs, info, err = openXLSX(ra, size, opt.Sheet, opt.TempDir); err != nil {
			removeSpool(spool)
			return nil, err
		}
		src, read = xs, func() int64 { return xs.share(size) }
	default:
		if src, info, err = openCSV(br, opt); err != nil {
			return nil, err
		}
		read = func() int64 { return counted.n }
	}
	rd := &reader{src: src, info: info, spool: spool, read: read, spheres: newMemo(newSphereIndex(opt.Taxonomy).lookup),
		formats: newMemo(formatTable.lookup), langs: newMemo(languageOf)}
	if err := rd.start(opt.Mapping); err != nil {
		rd.Close()
		return nil, err
	}
	return rd, nil
}

// detectFormat decides by content first: a zip is a workbook whatever its
// name, an OLE compound file is a legacy or encrypted workbook. Otherwise a
// name ending in .xlsx means a damaged workbook, and anything else is read
// as CSV.
func detectFormat(head []byte, name, forced string) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch strings.ToLower(forced) {
	case FormatXLSX:
		if !bytes.HasPrefix(head, zipMagic) {
			return "", fail(CodeCorruptXLSX, errors.New("not a zip archive"), nil)
		}
		return FormatXLSX, nil
	case FormatCSV:
		return FormatCSV, nil
	case "":
	default:
		return "", fail(CodeBadOption, nil, map[string]any{"format": forced})
	}
	switch {
	case bytes.HasPrefix(head, zipMagic):
		return FormatXLSX, nil
	case bytes.HasPrefix(head, oleMagic):
		return "", fail(CodeUnsupported, nil, map[string]any{"format": "xls"})
	case ext == ".xlsx" || ext == ".xlsm":
		return "", fail(CodeCorruptXLSX, errors.New("not a zip archive"), nil)
	case ext == ".xls" || ext == ".ods" || ext == ".numbers":
		return "", fail(CodeUnsupported, nil, map[string]any{"format": strings.TrimPrefix(ext, ".")})
	}
	return FormatCSV, nil
}

// randomAccess gives the XLSX bytes as an io.ReaderAt: r itself when it can
// (peeking through the bufio.Reader has not moved a ReaderAt), else a
// temporary copy, which the caller removes.
func randomAccess(r io.Reader, br *bufio.Reader, tmpDir string) (io.ReaderAt, int64, *os.File, error) {
	if ra, ok := r.(io.ReaderAt); ok {
		switch v := r.(type) {
		case interface{ Size() int64 }:
			return ra, v.Size(), nil, nil
		case *os.File:
			if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
				return ra, fi.Size(), nil, nil
			}
		}
	}
	f, err := os.CreateTemp(tmpDir, "tabular-*.xlsx")
	if err != nil {
		return nil, 0, nil, err
	}
	n, err := io.Copy(f, br)
	if err != nil {
		removeSpool(f)
		return nil, 0, nil, err
	}
	return f, n, f, nil
}

func removeSpool(f *os.File) error {
	if f == nil {
		return nil
	}
	err := f.Close()
	if rmErr := os.Remove(f.Name()); err == nil {
		err = rmErr
	}
	return err
}
