package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
)

func (e *env) importCommand() *cobra.Command {
	var dryRun, asJSON bool
	var progress string
	cmd := &cobra.Command{
		Use:   "import FILE...",
		Short: "Import experts from interchange files (JSON Lines); '-' reads standard input",
		Long: "Import upserts experts by external_id: importing the same file again changes nothing.\n" +
			"Every bad line is reported with its number and reason and skipped; all valid lines are imported.\n" +
			"The exit status is 1 when any line was bad.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			ctx := cmd.Context()
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			msg := e.messages()
			bad := false
			for _, name := range files {
				rep, err := e.importFile(ctx, a, name, app.ImportOptions{DryRun: dryRun}, progress)
				if rep != nil {
					if asJSON {
						_ = json.NewEncoder(e.stdout).Encode(map[string]any{"file": name, "dry_run": dryRun, "report": rep})
					} else {
						printReport(e, msg, name, rep, dryRun)
					}
					bad = bad || rep.Failed > 0
				}
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
			}
			if bad {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "check the files and report what would change, without writing")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the reports as JSON")
	cmd.Flags().StringVar(&progress, "progress", "auto", "progress bar: auto (on a terminal, for large files), always or never")
	return cmd
}

func (e *env) importFile(ctx context.Context, a *app.App, name string, opt app.ImportOptions, progress string) (*app.ImportReport, error) {
	if name == "-" {
		return a.ImportExperts(ctx, e.stdin, opt)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if bar := e.newProgress(progress, st.Size(), "import "+name); bar != nil {
			opt.Progress = func(n int64) { _ = bar.Set64(n) }
			defer func() { _ = bar.Finish() }()
		}
	}
	return a.ImportExperts(ctx, f, opt)
}

func printReport(e *env, msg messages, name string, rep *app.ImportReport, dryRun bool) {
	for _, le := range rep.Errors {
		where := fmt.Sprintf("%s:%d", name, le.Line)
		if le.ExternalID != "" {
			where += " (" + le.ExternalID + ")"
		}
		field := ""
		if le.Field != "" {
			field = le.Field + ": "
		}
		fmt.Fprintf(e.stderr, "%s: %s%s\n", where, field, msg.text(le.Code, le.Params))
	}
	verb := "imported"
	if dryRun {
		verb = "would import (dry run)"
	}
	fmt.Fprintf(e.stdout, "%s: %s %d lines: %d created, %d updated, %d unchanged, %d rejected; %d organisations created\n",
		name, verb, rep.Lines, rep.Created, rep.Updated, rep.Unchanged, rep.Failed, rep.OrgsCreated)
}
