package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/tabular"
)

// importFlags are the options of import beyond the files.
type importFlags struct {
	dryRun, asJSON, allowDuplicates bool
	progress, report                string
	file                            app.FileOptions
	mappingFile, separator          string
}

func (e *env) importCommand() *cobra.Command {
	var fl importFlags
	cmd := &cobra.Command{
		Use:   "import FILE...",
		Short: "Import experts from interchange files (JSON Lines) or spreadsheets (XLSX, CSV); '-' reads JSON Lines from standard input",
		Long: "Import upserts experts by external_id, else by ORCID, else by e-mail: importing the same file again changes nothing.\n" +
			"Spreadsheet columns are recognised by their headers in Russian, Chinese or English; CSV files in UTF-8,\n" +
			"Windows-1251 or GB18030 with , ; or tab separators are detected. Every bad line is reported with its\n" +
			"number and reason and skipped; all valid lines are imported. A new person who looks like an expert\n" +
			"already stored in another script is held for review instead of creating a second profile.\n" +
			"The exit status is 1 when any line was bad or held for review.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			ctx := cmd.Context()
			switch fl.separator {
			case "":
			case "tab", `\t`:
				fl.file.Separator = '\t'
			case ",", ";", "|":
				fl.file.Separator = rune(fl.separator[0])
			default:
				return fmt.Errorf("--separator must be ',', ';', '|' or 'tab'")
			}
			if fl.mappingFile != "" {
				m, err := readMappingFile(fl.mappingFile)
				if err != nil {
					return err
				}
				fl.file.Mapping = m
			}
			if fl.report != "" && len(files) != 1 {
				return fmt.Errorf("--report takes one spreadsheet at a time")
			}
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			msg := e.messages()
			bad := false
			for _, name := range files {
				opt := app.ImportOptions{DryRun: fl.dryRun, AllowDuplicates: fl.allowDuplicates}
				rep, err := e.importFile(ctx, a, name, fl, opt)
				if rep != nil {
					if fl.asJSON {
						_ = json.NewEncoder(e.stdout).Encode(map[string]any{"file": name, "dry_run": fl.dryRun, "report": rep})
					} else {
						printReport(e, msg, name, rep, fl.dryRun)
					}
					bad = bad || rep.Failed > 0 || rep.ForReview > 0
					if fl.report != "" && err == nil {
						if err := e.writeReport(ctx, a, name, fl, rep, msg); err != nil {
							return fmt.Errorf("report: %w", err)
						}
					}
				}
				if err != nil {
					return fmt.Errorf("%s: %s", name, msg.fileError(err))
				}
			}
			if bad {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&fl.dryRun, "dry-run", false, "check the files and report what would change, without writing")
	f.BoolVar(&fl.asJSON, "json", false, "print the reports as JSON")
	f.BoolVar(&fl.allowDuplicates, "allow-duplicates", false, "create new people even when they look like an expert already stored")
	f.StringVar(&fl.progress, "progress", "auto", "progress bar: auto (on a terminal, for large files), always or never")
	f.StringVar(&fl.report, "report", "", "write the spreadsheet's rows with a status and an errors column to this XLSX file")
	f.StringVar(&fl.file.Encoding, "encoding", "", "CSV encoding: utf-8, windows-1251 or gb18030 (default: detected)")
	f.StringVar(&fl.separator, "separator", "", "CSV separator: ',', ';', '|' or 'tab' (default: detected)")
	f.StringVar(&fl.file.Sheet, "sheet", "", "XLSX sheet to read (default: the first)")
	f.StringVar(&fl.mappingFile, "mapping", "", `JSON file mapping column headers to fields, e.g. {"ФИО": "name.ru", "E-mail": "email"}`)
	return cmd
}

func readMappingFile(path string) (map[string]tabular.Target, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tabular.ReadMapping(f)
}

func (e *env) importFile(ctx context.Context, a *app.App, name string, fl importFlags, opt app.ImportOptions) (*app.ImportReport, error) {
	if name == "-" {
		return a.ImportExperts(ctx, e.stdin, opt)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if bar := e.newProgress(fl.progress, st.Size(), "import "+filepath.Base(name)); bar != nil {
			opt.Progress = func(n int64) { _ = bar.Set64(n) }
			defer func() { _ = bar.Finish() }()
		}
	}
	return a.ImportFile(ctx, f, name, fl.file, opt)
}

// writeReport writes the import report of a spreadsheet (see --report).
func (e *env) writeReport(ctx context.Context, a *app.App, name string, fl importFlags, rep *app.ImportReport, msg messages) error {
	src, err := os.Open(name)
	if err != nil {
		return err
	}
	defer src.Close()
	return writeOutput(e.stdout, fl.report, func(w io.Writer) error {
		return a.WriteImportReport(ctx, src, name, fl.file, rep, msg.lang, func(le app.LineError) string {
			return msg.line(le)
		}, w)
	})
}

func printReport(e *env, msg messages, name string, rep *app.ImportReport, dryRun bool) {
	for _, le := range rep.Errors {
		where := fmt.Sprintf("%s:%d", name, le.Line)
		if le.ExternalID != "" {
			where += " (" + le.ExternalID + ")"
		}
		fmt.Fprintf(e.stderr, "%s: %s\n", where, msg.line(le))
	}
	for _, r := range rep.Review {
		fmt.Fprintf(e.stderr, "%s:%d (%s): %s\n", name, r.Line, r.ExternalID, msg.line(app.LineError{Code: app.CodePossibleDuplicate,
			Params: map[string]any{"candidate": r.Candidate, "score": fmt.Sprintf("%.2f", r.Score)}}))
	}
	verb := "imported"
	if dryRun {
		verb = "would import (dry run)"
	}
	fmt.Fprintf(e.stdout, "%s: %s %d lines: %d created, %d updated, %d unchanged, %d rejected, %d held for review; %d organisations created\n",
		name, verb, rep.Lines, rep.Created, rep.Updated, rep.Unchanged, rep.Failed, rep.ForReview, rep.OrgsCreated)
}
