package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"talentbridge/internal/tabular"
)

func writeSheet(t *testing.T, path string, rows [][]string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := tabular.NewXLSXWriter(f, "Эксперты")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if err := w.WriteRow(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestImportSpreadsheets(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	xlsx := filepath.Join(dir, "list.xlsx")
	writeSheet(t, xlsx, [][]string{
		{"ФИО", "Организация", "Сфера", "E-mail", "ORCID"},
		{"Иванова Мария Сергеевна", "Московский метрополитен", "Метрополитен: строительство, эксплуатация и технологии", "m.ivanova@example.org", ""},
		{"Петров Олег Ильич", "МГУ", "астрология", "", ""},
		{"Смирнов Алексей", "МГТУ", "transport.rail", "", "0000-0002-1825-0097"},
	})
	code, out, errOut := runCLI(t, "", "--data", data, "import", "--report", filepath.Join(dir, "report.xlsx"), xlsx)
	if code != 1 || !strings.Contains(out, "2 created") || !strings.Contains(errOut, "list.xlsx:3") {
		t.Fatalf("first import: %d %q %q", code, out, errOut)
	}
	// The same list again changes nothing: rows are found by e-mail, ORCID
	// or their derived id.
	code, out, _ = runCLI(t, "", "--data", data, "import", xlsx)
	if !strings.Contains(out, "0 created, 0 updated, 2 unchanged, 1 rejected") {
		t.Fatalf("second import: %d %q", code, out)
	}
	// The report holds the original rows with a status and the errors.
	rf, err := os.Open(filepath.Join(dir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer rf.Close()
	rd, err := tabular.Open(rf, "report.xlsx", tabular.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	header := strings.Join(rd.Header(), "|")
	if !strings.HasSuffix(header, "|Status|Errors") {
		t.Fatalf("report header %q", header)
	}
	var rows []string
	for {
		row, err := rd.Next()
		if err != nil {
			break
		}
		rows = append(rows, strings.Join(row.Cells, "|"))
	}
	if len(rows) != 3 || !strings.Contains(rows[0], "|created") || !strings.Contains(rows[1], "|rejected|") ||
		!strings.Contains(rows[1], "астрология") {
		t.Fatalf("report rows %q", rows)
	}

	// A CSV in Windows-1251 with semicolons.
	csv1251, _ := charmap.Windows1251.NewEncoder().String("Фамилия;Имя;Отчество;Город\nКузнецова;Анна;Павловна;Москва\n")
	path := writeFile(t, dir, "old.csv", []byte(csv1251))
	code, out, errOut = runCLI(t, "", "--data", data, "import", path)
	if code != 0 || !strings.Contains(out, "1 created") {
		t.Fatalf("1251 import: %d %q %q", code, out, errOut)
	}
	_, exported, _ := runCLI(t, "", "--data", data, "export")
	if !strings.Contains(exported, "Кузнецова Анна Павловна") {
		t.Fatalf("the 1251 name is not stored right:\n%s", exported)
	}
	// An empty file is refused with a clear message.
	empty := writeFile(t, dir, "empty.csv", nil)
	if code, _, errOut := runCLI(t, "", "--data", data, "import", empty); code == 0 || errOut == "" {
		t.Fatalf("empty file: %d %q", code, errOut)
	}
}
