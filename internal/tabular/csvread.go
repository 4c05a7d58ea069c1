package tabular

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"

	"golang.org/x/text/transform"

	"talentbridge/internal/model"
)

// sniffBytes is how much of a CSV file is looked at to choose its encoding
// and separator.
const sniffBytes = 64 << 10

// csvSource reads records from a CSV file in any supported encoding.
type csvSource struct {
	cr *csv.Reader
}

// openCSV chooses the encoding and separator (detected unless given) and
// returns a source of records and what was chosen.
func openCSV(r io.Reader, opt Options) (*csvSource, Info, error) {
	info := Info{Format: FormatCSV}
	br := bufio.NewReaderSize(r, sniffBytes)
	sample, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, info, err
	}
	complete := err == io.EOF
	enc := EncUTF8
	if opt.Encoding != "" {
		var ok bool
		if enc, ok = encodingByName(opt.Encoding); !ok {
			return nil, info, fail(CodeBadOption, nil, map[string]any{"encoding": opt.Encoding})
		}
	} else {
		enc = detectEncoding(sample, complete)
	}
	info.Encoding = enc

	var text io.Reader = br
	var sampleText string
	if c := codec(enc); c != nil {
		text = transform.NewReader(br, c.NewDecoder())
		// A cut-off character at the end of the sample decodes to a
		// replacement character; it only touches the last line, which
		// separator detection ignores.
		decoded, _, _ := transform.Bytes(c.NewDecoder(), sample)
		sampleText = string(decoded)
	} else {
		if len(sample) >= len(bomUTF8) && string(sample[:3]) == string(bomUTF8) {
			if _, err := br.Discard(len(bomUTF8)); err != nil {
				return nil, info, err
			}
			sample = sample[len(bomUTF8):]
		}
		sampleText = string(sample)
	}
	if isBlank(sampleText) {
		return nil, info, fail(CodeEmptyFile, nil, nil)
	}

	sep := opt.Separator
	switch sep {
	case 0:
		sep = detectSeparator(sampleText)
	case ',', ';', '\t', '|':
	default:
		return nil, info, fail(CodeBadOption, nil, map[string]any{"separator": string(sep)})
	}
	info.Separator = sep

	cr := csv.NewReader(text)
	cr.Comma = sep
	cr.FieldsPerRecord = -1 // ragged rows are reported per row, not fatal
	cr.LazyQuotes = true    // hand-made files quote carelessly: ООО "Ромашка"
	return &csvSource{cr: cr}, info, nil
}

func isBlank(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\r', '\n', '\uFEFF':
		default:
			return false
		}
	}
	return true
}

func (s *csvSource) next() (rawRow, error) {
	rec, err := s.cr.Read()
	var pe *csv.ParseError
	switch {
	case err == nil:
		line, _ := s.cr.FieldPos(0)
		return rawRow{line: line, cells: rec, fixedWidth: true}, nil
	case errors.As(err, &pe):
		// The reader has moved past the bad record; report it and go on.
		return rawRow{line: pe.StartLine, fixedWidth: true, problems: []model.FieldError{
			{Field: "", Code: CodeBadCSV, Params: map[string]any{"detail": pe.Err.Error()}}}}, nil
	}
	return rawRow{}, err
}

func (s *csvSource) close() error { return nil }
