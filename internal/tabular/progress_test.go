package tabular

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"

	"talentbridge/internal/model"
)

// TestBytesReadAdvances: a progress bar over a spreadsheet read in place
// moves from near zero to the size of the file, never backwards, for an
// XLSX (whose rows are compressed) as for a CSV file.
func TestBytesReadAdvances(t *testing.T) {
	for _, format := range []string{FormatXLSX, FormatCSV} {
		var buf bytes.Buffer
		s := newSheet(t, &buf, format, CSVOptions{})
		w, err := NewExpertWriter(s, ExportOptions{Lang: "ru"})
		if err != nil {
			t.Fatal(err)
		}
		const rows = 3000
		for i := 0; i < rows; i++ {
			e := model.Expert{ExternalID: fmt.Sprintf("x-%d", i), Name: model.Text{"ru": fmt.Sprintf("Иванов Иван %d", i)},
				City: "moscow", Bio: model.Text{"en": "Tunnel ventilation and drainage of deep stations"}}
			if err := w.Write(&e); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		size := int64(buf.Len())
		rd, err := Open(bytes.NewReader(buf.Bytes()), "experts."+format, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var last, middle int64
		for n := 0; ; n++ {
			_, err := rd.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			got := rd.BytesRead()
			if got < last {
				t.Fatalf("%s: progress went back from %d to %d", format, last, got)
			}
			last = got
			if n == rows/2 {
				middle = got
			}
		}
		rd.Close()
		if last != size {
			t.Errorf("%s: progress ends at %d of %d bytes", format, last, size)
		}
		if middle < size/4 || middle > size*3/4 {
			t.Errorf("%s: progress halfway through the rows is %d of %d bytes", format, middle, size)
		}
	}
}
