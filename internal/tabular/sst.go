package tabular

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// memStringsLimit is how many bytes of shared strings are kept in memory;
// beyond it the table moves to a temporary file and is read back by offset,
// so that a workbook whose text is all in the shared table (as Excel writes
// it) is still read in bounded memory.
const memStringsLimit = 16 << 20

// stringTable is the shared-strings table of a workbook: all texts end to
// end, and where each one ends.
type stringTable struct {
	mem    []byte
	file   *os.File
	w      *bufio.Writer
	size   int64
	ends   []int64
	tmpDir string
}

func (t *stringTable) add(s []byte) error {
	if t.file == nil && int64(len(t.mem))+int64(len(s)) > memStringsLimit {
		if err := t.spill(); err != nil {
			return err
		}
	}
	if t.file != nil {
		if _, err := t.w.Write(s); err != nil {
			return err
		}
	} else {
		t.mem = append(t.mem, s...)
	}
	t.size += int64(len(s))
	t.ends = append(t.ends, t.size)
	return nil
}

func (t *stringTable) spill() error {
	f, err := os.CreateTemp(t.tmpDir, "tabular-strings-*")
	if err != nil {
		return err
	}
	t.file, t.w = f, bufio.NewWriterSize(f, 1<<20)
	_, err = t.w.Write(t.mem)
	t.mem = nil
	return err
}

// done ends writing; the table is read-only afterwards.
func (t *stringTable) done() error {
	if t.w != nil {
		return t.w.Flush()
	}
	return nil
}

func (t *stringTable) get(i int) (string, error) {
	if i < 0 || i >= len(t.ends) {
		return "", fmt.Errorf("shared string %d of %d", i, len(t.ends))
	}
	start := int64(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	if t.file == nil {
		return string(t.mem[start:t.ends[i]]), nil
	}
	buf := make([]byte, t.ends[i]-start)
	if _, err := t.file.ReadAt(buf, start); err != nil {
		return "", err
	}
	return string(buf), nil
}

func (t *stringTable) close() error {
	if t.file == nil {
		return nil
	}
	name := t.file.Name()
	err := t.file.Close()
	if rmErr := os.Remove(name); err == nil {
		err = rmErr
	}
	return err
}

// readStrings streams the <si> items of a sharedStrings part into t. The
// text of an item is all its <t> elements, except those of phonetic runs
// (<rPh>), which carry readings, not content.
func readStrings(r io.Reader, t *stringTable) error {
	sc := newXMLScanner(r)
	var (
		buf      []byte
		inItem   bool
		inText   bool
		phonetic int
	)
	for {
		tok, err := sc.next()
		if err == io.EOF {
			return t.done()
		}
		if err != nil {
			return err
		}
		switch tok {
		case tokStart:
			switch {
			case sc.is("si"):
				inItem, buf = true, buf[:0]
			case sc.is("rPh") && !sc.self:
				phonetic++
			case sc.is("t"):
				inText = inItem && phonetic == 0 && !sc.self
			}
			if sc.self && sc.is("si") {
				if err := t.add(nil); err != nil {
					return err
				}
				inItem = false
			}
		case tokEnd:
			switch {
			case sc.is("si"):
				if err := t.add(buf); err != nil {
					return err
				}
				inItem = false
			case sc.is("rPh"):
				phonetic--
			case sc.is("t"):
				inText = false
			}
		case tokText:
			if inText {
				buf = append(buf, sc.text...)
			}
		}
	}
}
