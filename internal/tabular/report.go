package tabular

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Status is what an import did with one row.
type Status string

// Row statuses of an import report.
const (
	StatusCreated   Status = "created"
	StatusUpdated   Status = "updated"
	StatusUnchanged Status = "unchanged"
	StatusRejected  Status = "rejected"
	StatusReview    Status = "review" // imported, but a coordinator should look at it
)

// statusLabels name the statuses and the two report columns in ru, zh, en
// (the order of model.Langs).
// The column names are among the headers the reader ignores, so that a
// corrected report can be uploaded as it is.
var statusLabels = map[Status][3]string{
	StatusCreated:   {"создан", "已创建", "created"},
	StatusUpdated:   {"обновлён", "已更新", "updated"},
	StatusUnchanged: {"без изменений", "未改变", "unchanged"},
	StatusRejected:  {"отклонён", "已拒绝", "rejected"},
	StatusReview:    {"на проверку", "待审核", "review"},
	"status":        {"Статус", "状态", "Status"},
	"errors":        {"Ошибки", "错误", "Errors"},
}

// ReportWriter writes an import report as XLSX: the original header and
// rows, each followed by its status and its error messages, so that a
// coordinator can correct the rejected rows in place and upload the same
// file again. Rejected rows are shaded red and rows for review yellow.
type ReportWriter struct {
	x        *xlsxWriter
	lang     string
	width    int
	rejected int
	review   int
	cells    []string
}

// NewReportWriter starts a report on w for a file with this header; lang is
// the interface language of the two added columns and of the statuses.
func NewReportWriter(w io.Writer, header []string, lang string) (*ReportWriter, error) {
	x, err := newXLSXWriter(w, "Report")
	if err != nil {
		return nil, err
	}
	r := &ReportWriter{x: x, lang: lang, width: len(header)}
	fill := func(color string) (int, error) {
		return x.f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}})
	}
	if r.rejected, err = fill("F8CBAD"); err == nil {
		r.review, err = fill("FFE699")
	}
	if err == nil {
		i := langIndex(lang)
		err = x.WriteRow(append(append([]string(nil), header...), statusLabels["status"][i], statusLabels["errors"][i]))
	}
	if err != nil {
		x.Close()
		return nil, err
	}
	return r, nil
}

// Write adds one row: its original cells, its status and the messages
// explaining it (already translated by the caller), one per line. Cells
// beyond the header belong to no column and were not imported; they are
// left out so that the status column stays in place.
func (r *ReportWriter) Write(cells []string, status Status, messages []string) error {
	r.cells = append(r.cells[:0], cells[:min(len(cells), r.width)]...)
	for len(r.cells) < r.width {
		r.cells = append(r.cells, "")
	}
	label := string(status)
	if l, ok := statusLabels[status]; ok {
		label = l[langIndex(r.lang)]
	}
	r.cells = append(r.cells, label, strings.Join(messages, "\n"))
	style := 0
	switch status {
	case StatusRejected:
		style = r.rejected
	case StatusReview:
		style = r.review
	}
	return r.x.writeStyled(r.cells, style)
}

// Close assembles the workbook and writes it out.
func (r *ReportWriter) Close() error { return r.x.Close() }

// StatusOf reads a status label written in any language back to its status.
func StatusOf(label string) (Status, bool) {
	for s, names := range statusLabels {
		for _, n := range names {
			if strings.EqualFold(n, strings.TrimSpace(label)) && s != "status" && s != "errors" {
				return s, true
			}
		}
	}
	return "", false
}
