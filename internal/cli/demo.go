package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/demo"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

func (e *env) demoCommand() *cobra.Command {
	var n int
	var seed int64
	var out, kind string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Generate realistic demo experts in the interchange format",
		Long:  "Generates experts deterministically: the same --experts and --seed always give the same file.",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 0 {
				return fmt.Errorf("--experts must not be negative")
			}
			if kind != "" {
				if model.NewProgrammeRecord(kind) == nil {
					return fmt.Errorf("--programme: unknown kind %q", kind)
				}
				return writeOutput(e.stdout, out, func(w io.Writer) error {
					return writeDemoProgramme(w, kind, n, seed)
				})
			}
			return writeOutput(e.stdout, out, func(w io.Writer) error {
				return writeDemo(w, n, seed)
			})
		},
	}
	cmd.Flags().StringVar(&kind, "programme", "",
		"write the demo programme records of this kind (event, exchange, project, agreement, practice) for `programme import`, linked to the first --experts experts, instead of experts")
	cmd.Flags().IntVar(&n, "experts", 1000, "how many experts")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	return cmd
}

func writeDemo(w io.Writer, n int, seed int64) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := app.NewInterchangeEncoder(bw)
	// Normalized, the file is in the exact form the database exports.
	err := demo.New(seed).Each(n, func(x model.Expert) error {
		x.Normalize()
		return enc.Encode(&x)
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// writeDemoProgramme writes the demo programme's records of a kind as JSON
// Lines in the form `programme export` writes.
func writeDemoProgramme(w io.Writer, kind string, n int, seed int64) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for _, rec := range demo.New(seed).Programme(n) {
		if rec.Kind() != kind {
			continue
		}
		line, err := store.CanonicalJSON(rec)
		if err != nil {
			return err
		}
		bw.Write(line)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// loadDemo fills an empty database with the demo organisations, n experts
// and the demo programme linked to them.
func loadDemo(ctx context.Context, a *app.App, n int, seed int64) (*app.ImportReport, error) {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(writeDemo(pw, n, seed)) }()
	if err := a.LoadOrganizations(ctx, demo.New(seed).Organizations()); err != nil {
		pr.Close()
		return nil, err
	}
	rep, err := a.ImportExperts(ctx, pr, app.ImportOptions{})
	pr.Close()
	if err != nil {
		return rep, err
	}
	return rep, loadDemoProgramme(ctx, a, n, seed)
}

// loadDemoProgramme adds the demo programme of cooperation, whose people
// are the n experts just loaded, as one batch: checked and written a few
// hundred records at a time rather than one by one.
func loadDemoProgramme(ctx context.Context, a *app.App, n int, seed int64) error {
	recs := demo.New(seed).Programme(n)
	if _, err := a.SaveProgrammeBatch(ctx, policy.Admin(), recs); err != nil {
		return fmt.Errorf("demo programme: %w", err)
	}
	return nil
}
