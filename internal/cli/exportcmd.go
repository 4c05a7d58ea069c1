package cli

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/policy"
)

// exportFlags are the options of export.
type exportFlags struct {
	out, format, as, headerLang string
	encoding, separator         string
	q                           app.SearchQuery
}

func (e *env) exportCommand() *cobra.Command {
	var fl exportFlags
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export experts as JSON Lines (the interchange format), CSV or XLSX",
		Long: "Without --query or a filter, every expert the caller may see is exported, in id order; with them, a\n" +
			"search result (free text in relevance order, at most 10,000 hits; filters alone without limit).\n" +
			"The command line acts as the administrator and sees everything; --as LOGIN exports what that\n" +
			"account may see, --as anonymous what the public sees. CSV and XLSX columns carry headers in\n" +
			"the language of --header-lang that import recognises, so an exported sheet imports back; cells\n" +
			"that a spreadsheet would take for a formula are prefixed with an apostrophe.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			spec, err := e.exportSpec(&fl)
			if err != nil {
				return err
			}
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			caller, err := exportCaller(cmd, a, fl.as)
			if err != nil {
				return err
			}
			if strings.TrimSpace(fl.q.Text) != "" {
				closeIndex, err := e.attachIndex(ctx, a)
				if err != nil {
					return err
				}
				defer closeIndex()
			}
			return writeOutput(e.stdout, fl.out, func(w io.Writer) error {
				res, err := a.Export(ctx, caller, spec, w)
				if err != nil {
					return err
				}
				if res.Truncated {
					fmt.Fprintf(e.stderr, "the search matched more than %d experts; only the first %d were exported\n",
						app.MaxExportHits, app.MaxExportHits)
				}
				if fl.out != "" && fl.out != "-" {
					fmt.Fprintf(e.stderr, "exported %d experts to %s\n", res.Experts, fl.out)
				}
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVarP(&fl.out, "out", "o", "", "write to this file instead of standard output")
	f.StringVar(&fl.format, "format", "", "jsonl, csv or xlsx (default: by the extension of --out, else jsonl)")
	f.StringVarP(&fl.q.Text, "query", "q", "", "export the experts this free-text search finds")
	f.StringSliceVar(&fl.q.Spheres, "sphere", nil, "only these spheres (a top-level sphere includes its sub-spheres)")
	f.StringSliceVar(&fl.q.Cities, "city", nil, "only these cities (moscow, beijing, other)")
	f.StringSliceVar(&fl.q.Orgs, "org", nil, "only these organisations (external ids)")
	f.StringSliceVar(&fl.q.Languages, "lang", nil, "only experts speaking these languages (ISO 639-1)")
	f.StringSliceVar(&fl.q.Formats, "availability", nil, "only experts available in these formats (lecture, consulting, ...)")
	f.StringVar(&fl.as, "as", "", "export what this account (login), or 'anonymous', may see")
	f.StringVar(&fl.headerLang, "header-lang", "", "language of CSV/XLSX headers and labels: ru, zh or en (default: from the locale)")
	f.StringVar(&fl.encoding, "encoding", "", "CSV encoding: utf-8 (default, with a byte-order mark), windows-1251 or gb18030")
	f.StringVar(&fl.separator, "separator", "", "CSV separator: ',' (default), ';' or 'tab'")
	return cmd
}

// exportSpec checks the flags and turns them into what the app needs.
func (e *env) exportSpec(fl *exportFlags) (app.ExportSpec, error) {
	spec := app.ExportSpec{Format: fl.format, Lang: fl.headerLang, Query: &fl.q}
	if spec.Format == "" {
		switch strings.ToLower(filepath.Ext(fl.out)) {
		case ".csv":
			spec.Format = app.ExportCSV
		case ".xlsx":
			spec.Format = app.ExportXLSX
		default:
			spec.Format = app.ExportJSONL
		}
	}
	if !slices.Contains(app.ExportFormats, spec.Format) {
		return spec, fmt.Errorf("--format must be one of %s", strings.Join(app.ExportFormats, ", "))
	}
	if spec.Lang == "" {
		spec.Lang = e.messages().lang
	} else if !slices.Contains([]string{"ru", "zh", "en"}, spec.Lang) {
		return spec, fmt.Errorf("--header-lang must be ru, zh or en")
	}
	spec.CSV.Encoding = fl.encoding
	switch fl.separator {
	case "":
	case "tab", `\t`:
		spec.CSV.Separator = '\t'
	case ",", ";":
		spec.CSV.Separator = rune(fl.separator[0])
	default:
		return spec, fmt.Errorf("--separator must be ',', ';' or 'tab'")
	}
	if spec.Format != app.ExportCSV && (fl.encoding != "" || fl.separator != "") {
		return spec, fmt.Errorf("--encoding and --separator apply to CSV only")
	}
	return spec, nil
}

// exportCaller is whom the export is for: the operator (the administrator)
// unless --as names an account or the public.
func exportCaller(cmd *cobra.Command, a *app.App, as string) (policy.Caller, error) {
	switch as {
	case "":
		return operator, nil
	case "anonymous":
		return policy.Anonymous(), nil
	}
	u, err := a.UserByLogin(cmd.Context(), operator, as)
	if err != nil {
		return policy.Caller{}, fmt.Errorf("--as %s: %w", as, err)
	}
	return app.CallerOf(u), nil
}

// writeOutput runs write against stdout, or against a temporary file that
// replaces path only when write succeeded, so a failed export never leaves a
// truncated file behind.
func writeOutput(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
