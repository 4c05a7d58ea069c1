// Package tabular reads and writes the spreadsheet forms of the expert
// registry: XLSX and CSV lists kept by coordinators in Moscow and Beijing,
// in Russian, Chinese or English, and in the legacy encodings they still use.
//
// Reading (Open) streams rows: an XLSX worksheet is tokenized tag by tag
// straight from its zip entry (a small scanner, see xmlscan.go, rather than
// excelize, which cannot hand out a formula's text while streaming), the
// shared strings move to a temporary file past 16 MiB, and a CSV file is
// read record by record, so a list of any length is read in bounded memory. The first row that names known
// columns is the header; its cells are matched, in any of the three
// languages, against the fields of model.Expert (DetectMapping), and a caller
// may override the match per header (Options.Mapping). Each later row becomes
// a model.Expert plus the problems met while interpreting its cells (an
// unknown sphere label, an unparseable date, a ragged row). Rows are neither
// normalised nor validated here: the application does that, exactly as for
// the JSON Lines interchange format, so both paths share one set of rules.
//
// Formulas are never evaluated. An XLSX cell that holds a formula is read as
// the formula's literal text ("=A2&B2"), not as the value a spreadsheet
// application computed and cached with it: the cached value may be stale or
// forged, and a formula in an expert list is almost always a mistake the
// coordinator should see. Such a cell is reported with CodeFormula.
//
// Writing (NewCSVWriter, NewXLSXWriter, NewExpertWriter, NewReportWriter,
// WriteVCard) is streaming too. Every cell written is neutralised against
// spreadsheet formula injection (see Neutralize).
package tabular
