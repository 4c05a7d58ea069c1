package cli

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"talentbridge/internal/store"
)

func (e *env) reindexCommand() *cobra.Command {
	var progress string
	cmd := &cobra.Command{
		Use:   "reindex",
		Short: "Rebuild the search index from the database",
		Long:  "The search index is a cache of the database; reindex throws it away and builds it anew.",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			total, err := a.DB().CountExperts(ctx, store.ExpertFilter{})
			if err != nil {
				return err
			}
			if err := os.RemoveAll(e.indexDir()); err != nil {
				return err
			}
			if err := os.RemoveAll(e.programmeIndexDir()); err != nil {
				return err
			}
			// attachIndex finds no index and builds it.
			bar := e.newCountProgress(progress, total, "reindex")
			if bar != nil {
				defer func() { _ = bar.Finish() }()
			}
			an, err := newAnalyzer()
			if err != nil {
				return err
			}
			closeIndex, err := e.attachIndexWithProgress(ctx, a, an, func(done int) {
				if bar != nil {
					_ = bar.Set(done)
				}
			})
			if err != nil {
				return err
			}
			defer closeIndex()
			fmt.Fprintf(e.stdout, "indexed %d experts\n", total)
			return nil
		},
	}
	cmd.Flags().StringVar(&progress, "progress", "auto", "progress bar: auto (on a terminal), always or never")
	return cmd
}
