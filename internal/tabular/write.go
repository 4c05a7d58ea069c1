package tabular

import (
	"bufio"
	"encoding/csv"
	"io"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// SheetWriter writes the rows of one table. Every cell goes through
// Neutralize. Close finishes the file (an XLSX is assembled then) but does
// not close the underlying io.Writer.
type SheetWriter interface {
	WriteRow(cells []string) error
	Close() error
}

// CSVOptions tune NewCSVWriter.
type CSVOptions struct {
	// Encoding is "utf-8" (the default, written with a byte-order mark so
	// that Excel does not take it for the local code page),
	// "windows-1251" or "gb18030". A character the legacy encoding cannot
	// hold (Chinese in Windows-1251) is written as "?".
	Encoding  string
	Separator rune // ',' by default; ';' suits Excel with Russian settings
}

type csvWriter struct {
	bw    *bufio.Writer
	cw    *csv.Writer
	tw    io.WriteCloser // the encoder, if any
	cells []string
}

// NewCSVWriter starts a CSV file on w.
func NewCSVWriter(w io.Writer, o CSVOptions) (SheetWriter, error) {
	enc := EncUTF8
	if o.Encoding != "" {
		var ok bool
		if enc, ok = encodingByName(o.Encoding); !ok || enc == EncUTF16 {
			return nil, fail(CodeBadOption, nil, map[string]any{"encoding": o.Encoding})
		}
	}
	cw := &csvWriter{bw: bufio.NewWriterSize(w, 64<<10)}
	out := io.Writer(cw.bw)
	if c := codec(enc); c != nil {
		cw.tw = transform.NewWriter(cw.bw, encoding.ReplaceUnsupported(c.NewEncoder()))
		out = cw.tw
	} else if _, err := cw.bw.Write(bomUTF8); err != nil {
		return nil, err
	}
	cw.cw = csv.NewWriter(out)
	if o.Separator != 0 {
		cw.cw.Comma = o.Separator
	}
	cw.cw.UseCRLF = true // what spreadsheet applications write and expect
	return cw, nil
}

func (w *csvWriter) WriteRow(cells []string) error {
	w.cells = w.cells[:0]
	for _, c := range cells {
		w.cells = append(w.cells, Neutralize(c))
	}
	return w.cw.Write(w.cells)
}

func (w *csvWriter) Close() error {
	w.cw.Flush()
	if err := w.cw.Error(); err != nil {
		return err
	}
	if w.tw != nil {
		if err := w.tw.Close(); err != nil {
			return err
		}
	}
	return w.bw.Flush()
}

// xlsxWriter streams one worksheet with excelize's StreamWriter, which
// keeps rows on disk past a small buffer; Close assembles the workbook.
type xlsxWriter struct {
	w      io.Writer
	f      *excelize.File
	sw     *excelize.StreamWriter
	row    int
	bold   int // style of the header row
	values []any
}

// NewXLSXWriter starts a workbook of one sheet on w. The first row written
// is the header: bold, and frozen so it stays in view while scrolling.
func NewXLSXWriter(w io.Writer, sheet string) (SheetWriter, error) {
	return newXLSXWriter(w, sheet)
}

func newXLSXWriter(w io.Writer, sheet string) (*xlsxWriter, error) {
	if sheet == "" {
		sheet = "Sheet1"
	}
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		f.Close()
		return nil, err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		f.Close()
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		f.Close()
		return nil, err
	}
	err = sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	if err != nil {
		f.Close()
		return nil, err
	}
	return &xlsxWriter{w: w, f: f, sw: sw, bold: bold}, nil
}

func (x *xlsxWriter) WriteRow(cells []string) error {
	style := 0
	if x.row == 0 {
		style = x.bold
	}
	return x.writeStyled(cells, style)
}

// writeStyled writes a row with a row style (0 for none). Cells are always
// written as text: a value such as "0012" or "2024-01-31" stays as typed.
func (x *xlsxWriter) writeStyled(cells []string, style int) error {
	x.row++
	x.values = x.values[:0]
	for _, c := range cells {
		x.values = append(x.values, excelize.Cell{StyleID: style, Value: Neutralize(c)})
	}
	cell, err := excelize.CoordinatesToCellName(1, x.row)
	if err != nil {
		return err
	}
	if style != 0 {
		return x.sw.SetRow(cell, x.values, excelize.RowOpts{StyleID: style})
	}
	return x.sw.SetRow(cell, x.values)
}

func (x *xlsxWriter) Close() error {
	if x.f == nil {
		return nil
	}
	defer func() { x.f.Close(); x.f = nil }()
	if err := x.sw.Flush(); err != nil {
		return err
	}
	_, err := x.f.WriteTo(x.w)
	return err
}

// Abort releases a writer whose output is abandoned without finishing the
// file: an XLSX workbook is then never assembled, so a failed export cannot
// look complete, and its temporary files are removed.
func (x *xlsxWriter) Abort() {
	if x.f != nil {
		x.f.Close()
		x.f = nil
	}
}
