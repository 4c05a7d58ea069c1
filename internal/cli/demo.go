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
)

func (e *env) demoCommand() *cobra.Command {
	var n int
	var seed int64
	var out string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Generate realistic demo experts in the interchange format",
		Long:  "Generates experts deterministically: the same --experts and --seed always give the same file.",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 0 {
				return fmt.Errorf("--experts must not be negative")
			}
			return writeOutput(e.stdout, out, func(w io.Writer) error {
				return writeDemo(w, n, seed)
			})
		},
	}
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

// loadDemo fills an empty database with the demo organisations and n experts.
func loadDemo(ctx context.Context, a *app.App, n int, seed int64) (*app.ImportReport, error) {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(writeDemo(pw, n, seed)) }()
	if err := a.LoadOrganizations(ctx, demo.New(seed).Organizations()); err != nil {
		pr.Close()
		return nil, err
	}
	rep, err := a.ImportExperts(ctx, pr, app.ImportOptions{})
	pr.Close()
	return rep, err
}
