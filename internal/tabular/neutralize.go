package tabular

import "strings"

// A spreadsheet application treats a cell typed as text starting with one
// of these as a formula (= + - @), or shifts it in ways that hide a formula
// behind whitespace (tab, carriage return): the classic CSV injection.
func isFormulaTrigger(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// Neutralize makes a cell value safe to open in a spreadsheet application:
// a value that starts with = + - @, a tab or a carriage return gets a
// leading apostrophe, which spreadsheet applications read as "this is
// text" and the importer of this package strips again (see unneutralize).
//
// Values made only of digits, spaces and + - ( ) . are left alone: they can
// name no function and reach no other program, and telephone numbers such
// as "+7 495 000-00-00" and negative numbers stay as people wrote them.
func Neutralize(s string) string {
	if s == "" || !isFormulaTrigger(s[0]) || isPlainNumber(s) {
		return s
	}
	return "'" + s
}

func isPlainNumber(s string) bool {
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case strings.IndexByte(" +-().", c) < 0:
			return false
		}
	}
	return digit
}

// unneutralize undoes Neutralize on import, so that an exported file
// uploads back unchanged.
func unneutralize(s string) string {
	if len(s) > 1 && s[0] == '\'' && isFormulaTrigger(s[1]) {
		return s[1:]
	}
	return s
}
