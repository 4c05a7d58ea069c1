package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
)

// programmeCommand manages the records of the cooperation programme:
// exchanges, events, projects and joint labs, agreements, best practices.
func (e *env) programmeCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "programme",
		Short: "Import, export and list the programme: exchanges, events, projects, agreements, practices",
	}
	cmd.AddCommand(e.programmeImportCommand(), e.programmeExportCommand(), e.programmeListCommand())
	return cmd
}

// kindFlag checks --kind against the kinds of record.
func kindFlag(kind string, required bool) error {
	if kind == "" && !required || model.NewProgrammeRecord(kind) != nil {
		return nil
	}
	return fmt.Errorf("--kind must be one of %s", strings.Join(model.ProgrammeKinds, ", "))
}

func (e *env) programmeImportCommand() *cobra.Command {
	var kind string
	var dryRun, asJSON bool
	cmd := &cobra.Command{
		Use:   "import --kind KIND FILE",
		Short: "Import programme records of one kind from JSON Lines (one record per line); '-' reads standard input",
		Long: "Each line is saved by its id: a new record is created, a known one updated, as through the API, with\n" +
			"the same checks (a status may only move forward, the experts and organisations named must exist).\n" +
			"Every bad line is reported with its number and reason and skipped; all good lines are kept.\n" +
			"The exit status is 1 when any line was bad.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := kindFlag(kind, true); err != nil {
				return err
			}
			ctx := cmd.Context()
			in, closeIn, err := e.openInput(args[0])
			if err != nil {
				return err
			}
			defer closeIn()
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			rep, err := a.ImportProgramme(ctx, operator, kind, in, dryRun)
			if rep != nil {
				if asJSON {
					_ = json.NewEncoder(e.stdout).Encode(map[string]any{"file": args[0], "kind": kind, "dry_run": dryRun, "report": rep})
				} else {
					e.printProgrammeReport(args[0], rep, dryRun)
				}
			}
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], e.explain(err))
			}
			if rep.Failed > 0 {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&kind, "kind", "", "the kind of the records: "+strings.Join(model.ProgrammeKinds, ", "))
	f.BoolVar(&dryRun, "dry-run", false, "check the file and report what would change, without writing")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

func (e *env) openInput(name string) (io.Reader, func(), error) {
	if name == "-" {
		return e.stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

func (e *env) printProgrammeReport(name string, rep *app.ImportReport, dryRun bool) {
	msg := e.messages()
	for _, le := range rep.Errors {
		where := fmt.Sprintf("%s:%d", name, le.Line)
		if le.ExternalID != "" {
			where += " (" + le.ExternalID + ")"
		}
		fmt.Fprintf(e.stderr, "%s: %s\n", where, msg.line(le))
	}
	verb := "imported"
	if dryRun {
		verb = "would import (dry run)"
	}
	fmt.Fprintf(e.stdout, "%s: %s %d lines: %d created, %d updated, %d unchanged, %d rejected\n",
		name, verb, rep.Lines, rep.Created, rep.Updated, rep.Unchanged, rep.Failed)
}

func (e *env) programmeExportCommand() *cobra.Command {
	var kind, out string
	cmd := &cobra.Command{
		Use:   "export --kind KIND",
		Short: "Export the programme records of one kind as JSON Lines, ordered by id",
		Long: "The command line acts as the administrator and exports everything, guardian consents included.\n" +
			"The same records always export to the same bytes, and an export imports back unchanged.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := kindFlag(kind, true); err != nil {
				return err
			}
			ctx := cmd.Context()
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			return writeOutput(e.stdout, out, func(w io.Writer) error {
				n, err := a.ExportProgramme(ctx, operator, kind, w)
				if err != nil {
					return err
				}
				if out != "" && out != "-" {
					fmt.Fprintf(e.stderr, "exported %d records to %s\n", n, out)
				}
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&kind, "kind", "", "the kind of the records: "+strings.Join(model.ProgrammeKinds, ", "))
	f.StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	return cmd
}

func (e *env) programmeListCommand() *cobra.Command {
	var kind string
	expiring := -1
	cmd := &cobra.Command{
		Use:   "list [--kind KIND] [--expiring DAYS]",
		Short: "List programme records, or with --expiring the agreements in force ending within DAYS",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := kindFlag(kind, false); err != nil {
				return err
			}
			if expiring >= 0 && kind != "" && kind != model.KindAgreement {
				return fmt.Errorf("--expiring lists agreements; leave out --kind or use --kind agreement")
			}
			ctx := cmd.Context()
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			recs, err := e.programmeToList(ctx, a, kind, expiring)
			if err != nil {
				return e.explain(err)
			}
			for _, r := range recs {
				start, end := r.Span()
				fmt.Fprintf(e.stdout, "%-10s %-20s %-11s %-10s %-10s %s\n", r.Kind(), r.Base().ExternalID, r.Base().Status,
					dateOrDash(start), dateOrDash(end), titleOf(r.Base().Title))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&kind, "kind", "", "only records of this kind: "+strings.Join(model.ProgrammeKinds, ", "))
	f.IntVar(&expiring, "expiring", -1, "list the agreements in force whose term ends within this many days")
	return cmd
}

func (e *env) programmeToList(ctx context.Context, a *app.App, kind string, expiring int) ([]model.ProgrammeRecord, error) {
	if expiring < 0 {
		return a.AllProgramme(ctx, operator, kind)
	}
	list, err := a.ExpiringAgreements(ctx, operator, expiring)
	if err != nil {
		return nil, err
	}
	out := make([]model.ProgrammeRecord, len(list))
	for i, ag := range list {
		out[i] = ag
	}
	return out, nil
}

func dateOrDash(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return "-"
}

// titleOf picks the title to print: Russian, then Chinese, then English,
// then any.
func titleOf(t model.Text) string {
	for _, l := range []string{"ru", "zh", "en"} {
		if s := t[l]; s != "" {
			return s
		}
	}
	langs := make([]string, 0, len(t))
	for l := range t {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	if len(langs) == 0 {
		return ""
	}
	return t[langs[0]]
}
