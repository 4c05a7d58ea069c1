package tabular

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
)

// maxPartBytes bounds the small parts of a workbook that are decoded whole
// (the workbook and its relationships): a few kilobytes in a real file.
const maxPartBytes = 8 << 20

// xlsxSource streams the rows of one worksheet. Cells are decoded tag by tag
// from the zip entry, so memory does not grow with the sheet.
type xlsxSource struct {
	rc      io.ReadCloser
	read    *byteCounter // the worksheet's XML, decompressed
	total   int64        // its decompressed size, as the zip directory says
	sc      *xmlScanner
	strings *stringTable
	line    int // number of the last row read
}

// openXLSX opens a workbook and positions a source on the named sheet, or on
// the first sheet when name is empty.
func openXLSX(ra io.ReaderAt, size int64, name, tmpDir string) (*xlsxSource, Info, error) {
	info := Info{Format: FormatXLSX}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, info, fail(CodeCorruptXLSX, err, nil)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	wbPath := "xl/workbook.xml"
	if rels, err := readRels(parts, "_rels/.rels"); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wbPath = resolvePart("", r.Target)
			}
		}
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"id,attr"` // r:id, in either the transitional or the strict namespace
		} `xml:"sheets>sheet"`
	}
	if err := readPart(parts, wbPath, &wb); err != nil {
		if _, ods := parts["content.xml"]; ods {
			return nil, info, fail(CodeUnsupported, nil, map[string]any{"format": "ods"})
		}
		return nil, info, fail(CodeCorruptXLSX, err, nil)
	}
	if len(wb.Sheets) == 0 {
		return nil, info, fail(CodeCorruptXLSX, errors.New("workbook has no sheets"), nil)
	}
	chosen := -1
	var names []string
	for i, s := range wb.Sheets {
		names = append(names, s.Name)
		if chosen < 0 && (name == "" || strings.EqualFold(strings.TrimSpace(s.Name), strings.TrimSpace(name))) {
			chosen = i
		}
	}
	if chosen < 0 {
		return nil, info, fail(CodeNoSheet, nil, map[string]any{"sheet": name, "sheets": strings.Join(names, ", ")})
	}
	info.Sheet = wb.Sheets[chosen].Name

	dir := path.Dir(wbPath)
	relsPath := path.Join(dir, "_rels", path.Base(wbPath)+".rels")
	rels, err := readRels(parts, relsPath)
	if err != nil {
		return nil, info, fail(CodeCorruptXLSX, err, nil)
	}
	sheetPath, sstPath := "", ""
	for _, r := range rels {
		switch {
		case r.ID == wb.Sheets[chosen].ID:
			sheetPath = resolvePart(dir, r.Target)
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			sstPath = resolvePart(dir, r.Target)
		}
	}
	sheet, ok := parts[sheetPath]
	if !ok {
		return nil, info, fail(CodeCorruptXLSX, errors.New("sheet part missing: "+sheetPath), nil)
	}

	src := &xlsxSource{strings: &stringTable{tmpDir: tmpDir}}
	if f, ok := parts[sstPath]; ok {
		rc, err := f.Open()
		if err == nil {
			err = readStrings(rc, src.strings)
			rc.Close()
		}
		if err != nil {
			src.strings.close()
			return nil, info, fail(CodeCorruptXLSX, err, nil)
		}
	}
	if src.rc, err = sheet.Open(); err != nil {
		src.strings.close()
		return nil, info, fail(CodeCorruptXLSX, err, nil)
	}
	src.read = &byteCounter{r: src.rc}
	src.total = int64(sheet.UncompressedSize64)
	src.sc = newXMLScanner(src.read)
	return src, info, nil
}

// share scales the part of the worksheet read so far to size, the size of
// the file: a progress estimate in the file's bytes.
func (s *xlsxSource) share(size int64) int64 {
	if s.total <= 0 {
		return 0
	}
	return int64(float64(size) * min(1, float64(s.read.n)/float64(s.total)))
}

type relationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

func readRels(parts map[string]*zip.File, name string) ([]relationship, error) {
	var rels struct {
		List []relationship `xml:"Relationship"`
	}
	err := readPart(parts, name, &rels)
	return rels.List, err
}

func readPart(parts map[string]*zip.File, name string, v any) error {
	f, ok := parts[strings.ToLower(name)]
	if !ok {
		return errors.New("part missing: " + name)
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, maxPartBytes)).Decode(v)
}

// resolvePart turns a relationship target into a part name: absolute
// targets start at the package root, relative ones at the source's folder.
func resolvePart(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.ToLower(strings.TrimPrefix(target, "/"))
	}
	return strings.ToLower(path.Clean(path.Join(dir, target)))
}

func (s *xlsxSource) close() error {
	err := s.strings.close()
	if s.rc != nil {
		if cerr := s.rc.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// next returns the next <row> of the sheet. Its line is the row number the
// spreadsheet shows; cells are placed by their references, so a row that
// skips empty cells still lines up with the header.
func (s *xlsxSource) next() (rawRow, error) {
	for {
		tok, err := s.sc.next()
		if err == io.EOF {
			return rawRow{}, io.EOF
		}
		if err != nil {
			return rawRow{}, fail(CodeCorruptXLSX, err, map[string]any{"line": s.line + 1})
		}
		switch {
		case tok == tokStart && s.sc.is("row"):
			s.line++
			if r, err := strconv.Atoi(s.sc.attr("r")); err == nil && r > 0 {
				s.line = r
			}
			if s.sc.self {
				continue // an empty row
			}
			row, err := s.readRow(s.line)
			if err != nil {
				return rawRow{}, fail(CodeCorruptXLSX, unexpectedEOF(err), map[string]any{"line": s.line})
			}
			return row, nil
		case tok == tokEnd && s.sc.is("sheetData"):
			return rawRow{}, io.EOF
		}
	}
}

// maxColumns bounds the column a cell reference may name (XFD, as in Excel),
// so that a forged reference cannot make a row allocate without limit.
const maxColumns = 16384

func (s *xlsxSource) readRow(line int) (rawRow, error) {
	row := rawRow{line: line}
	col := -1
	for {
		tok, err := s.sc.next()
		if err != nil {
			return row, err
		}
		if tok == tokEnd && s.sc.is("row") {
			return row, nil
		}
		if tok != tokStart || !s.sc.is("c") {
			continue
		}
		col++
		if c, ok := refColumn(s.sc.attrBytes("r")); ok {
			col = c
		}
		if col >= maxColumns {
			return row, errors.New("cell beyond the last column")
		}
		typ := s.sc.attr("t")
		value, formula := "", false
		if !s.sc.self {
			if value, formula, err = s.readCell(typ); err != nil {
				return row, err
			}
		}
		if value == "" && !formula {
			continue
		}
		for len(row.cells) <= col {
			row.cells = append(row.cells, "")
		}
		row.cells[col] = value
		if formula {
			for len(row.formulas) <= col {
				row.formulas = append(row.formulas, false)
			}
			row.formulas[col] = true
		}
	}
}

// readCell reads one <c> element after its start tag. A cell with a
// formula yields the formula's literal text, never its cached result (see
// the package documentation).
func (s *xlsxSource) readCell(typ string) (value string, formula bool, err error) {
	var v, f, inline []byte
	var haveF bool
	var target *[]byte
	phonetic := 0
	for {
		tok, err := s.sc.next()
		if err != nil {
			return "", false, err
		}
		switch tok {
		case tokStart:
			switch {
			case s.sc.is("v"):
				target = &v
			case s.sc.is("f"):
				target, haveF = &f, true
			case s.sc.is("t") && phonetic == 0:
				target = &inline
			case s.sc.is("rPh") && !s.sc.self:
				phonetic++
			}
			if s.sc.self {
				target = nil
			}
		case tokEnd:
			switch {
			case s.sc.is("c"):
				return s.cellValue(typ, v, f, inline, haveF)
			case s.sc.is("rPh"):
				phonetic--
			}
			target = nil
		case tokText:
			if target != nil {
				*target = append(*target, s.sc.text...)
			}
		}
	}
}

func (s *xlsxSource) cellValue(typ string, v, f, inline []byte, haveF bool) (string, bool, error) {
	if haveF {
		if len(f) == 0 {
			return "", true, nil // a shared formula's follower: no text of its own
		}
		return "=" + string(f), true, nil
	}
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(string(v)))
		if err != nil {
			return "", false, err
		}
		str, err := s.strings.get(i)
		return unescapeOOXML(str), false, err
	case "inlineStr":
		return unescapeOOXML(string(inline)), false, nil
	case "b":
		if string(v) == "1" {
			return "TRUE", false, nil
		}
		return "FALSE", false, nil
	case "", "n":
		return plainNumber(string(v)), false, nil
	}
	return string(v), false, nil // "str", "e" (an error such as #N/A), "d" (ISO date)
}

// plainNumber writes numbers stored in exponent form ("7.9161234567E10", as
// some writers store long digit strings such as telephone numbers) in
// positional form, keeping every other number as stored.
func plainNumber(s string) string {
	if !strings.ContainsAny(s, "eE") {
		return s
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != float64(int64(f)) {
		return s
	}
	return strconv.FormatInt(int64(f), 10)
}

// refColumn reads the 0-based column of a cell reference such as "AB12".
func refColumn(ref []byte) (int, bool) {
	col, n := 0, 0
	for ; n < len(ref); n++ {
		c := ref[n] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		if col > maxColumns {
			return maxColumns, true
		}
	}
	if n == 0 {
		return 0, false
	}
	return col - 1, true
}

// unescapeOOXML decodes the _xHHHH_ escapes with which OOXML writes control
// characters (Excel stores a carriage return as _x000D_).
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
