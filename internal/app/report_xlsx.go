package app

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// WriteProgrammeReportXLSX writes the report as a workbook with one sheet
// per table: a title with the period, a header row (the rows' heading, the
// years, the total) and a row per sphere, city, kind or measure, all named
// by label in the reader's language.
func WriteProgrammeReportXLSX(w io.Writer, rep *ProgrammeReport, label ReportLabel) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	used := map[string]bool{}
	first := f.GetSheetName(0)
	for i, t := range rep.Tables {
		name := reportSheetName(label("table", t.ID), i, used)
		if i == 0 {
			if err := f.SetSheetName(first, name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		if err := writeReportSheet(f, name, rep, &t, label, bold); err != nil {
			return fmt.Errorf("report sheet %s: %w", t.ID, err)
		}
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

func writeReportSheet(f *excelize.File, sheet string, rep *ProgrammeReport, t *ReportTable, label ReportLabel, bold int) error {
	set := func(col, row int, v any) error {
		cell, err := excelize.CoordinatesToCellName(col, row)
		if err != nil {
			return err
		}
		return f.SetCellValue(sheet, cell, v)
	}
	if err := set(1, 1, label("table", t.ID)+" ("+rep.From+" – "+rep.Until+")"); err != nil {
		return err
	}
	header := []any{label("header", t.By)}
	for _, y := range rep.Years {
		header = append(header, y)
	}
	header = append(header, label("header", "total"))
	for i, v := range header {
		if err := set(i+1, 3, v); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(header), 3)
	if err := f.SetCellStyle(sheet, "A1", "A1", bold); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A3", last, bold); err != nil {
		return err
	}
	for r, key := range t.Rows {
		if err := set(1, r+4, label(t.By, key)); err != nil {
			return err
		}
		for c, v := range t.Cells[r] {
			if err := set(c+2, r+4, v); err != nil {
				return err
			}
		}
		if err := set(len(header), r+4, t.Total(r)); err != nil {
			return err
		}
	}
	return f.SetColWidth(sheet, "A", "A", 48)
}

// reportSheetName makes a valid, unique sheet name of a title: at most 31
// characters, none of those Excel forbids.
func reportSheetName(title string, i int, used map[string]bool) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\'`, r) {
			return ' '
		}
		return r
	}, strings.TrimSpace(title))
	if r := []rune(name); len(r) > 31 {
		name = strings.TrimSpace(string(r[:31]))
	}
	if name == "" || used[strings.ToLower(name)] {
		suffix := " " + strconv.Itoa(i+1)
		r := []rune(name)
		name = strings.TrimSpace(string(r[:min(len(r), 31-len(suffix))])) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}
