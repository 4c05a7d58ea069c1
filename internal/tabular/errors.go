package tabular

import (
	"fmt"

	"talentbridge/internal/model"
)

// Codes of errors that stop a whole file from being read. Like the model's
// codes they double as message keys ("error.<code>").
const (
	CodeEmptyFile   = "empty_file"         // no bytes, or nothing but a byte-order mark and blanks
	CodeNoData      = "no_data"            // a header row and no row after it
	CodeNoColumns   = "no_known_columns"   // no row near the top names a known column
	CodeCorruptXLSX = "corrupt_xlsx"       // not a readable zip of a workbook
	CodeUnsupported = "unsupported_format" // legacy .xls, password-protected workbook, unknown format
	CodeNoSheet     = "sheet_not_found"    // Options.Sheet names no sheet of the workbook
	CodeBadOption   = "bad_option"         // an unknown encoding, separator or mapping target
	CodeBadMapping  = "bad_mapping"        // a mapping file that is not a JSON object of strings
)

// Codes of problems with one row or one column. Params name the value, the
// column letter and the header text so that a message can point at the cell.
const (
	CodeRaggedRow     = "ragged_row"            // a CSV row with more or fewer cells than the header
	CodeFormula       = "formula_not_evaluated" // the cell holds a formula; its literal text was taken
	CodeBadCSV        = "bad_csv"               // a CSV record the parser could not read cleanly
	CodeUnknownColumn = "unknown_column"        // a header that names no field; the column is ignored
	CodeDupColumn     = "duplicate_column"      // two columns feed the same field and language
)

// Error is a failure to read a file as a whole. It wraps model.ErrInvalid so
// that the edges map it to a 4xx status and the message key Code.
type Error struct {
	Code   string
	Params map[string]any
	Err    error // the underlying cause, if any
}

func (e *Error) Error() string {
	msg := "tabular: " + e.Code
	if len(e.Params) > 0 {
		msg += fmt.Sprintf(" %v", e.Params)
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap makes errors.Is(err, model.ErrInvalid) true and keeps the cause.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{model.ErrInvalid}
	}
	return []error{model.ErrInvalid, e.Err}
}

func fail(code string, cause error, params map[string]any) *Error {
	return &Error{Code: code, Params: params, Err: cause}
}
