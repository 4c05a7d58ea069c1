package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// duplicatePairOut is one line of `duplicates --json`.
type duplicatePairOut struct {
	Score    float64           `json:"score"`
	A        app.DuplicateSide `json:"a"`
	B        app.DuplicateSide `json:"b"`
	Evidence []app.Evidence    `json:"evidence"`
}

func (e *env) duplicatesCommand() *cobra.Command {
	var minScore float64
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "duplicates",
		Short: "List pairs of experts that are likely one person written twice",
		Long: `Finds experts that are likely the same person in another script or spelling
(Иванов Иван, Ivan Ivanov, 伊万诺夫; 张伟, Zhang Wei, Чжан Вэй) across the whole
database. Only experts whose names share folded keys are compared; each pair is
scored from the names, organisation, ORCID, e-mail, city, spheres and outputs.
--json prints one JSON object per line. Merge a pair with 'talentbridge merge'.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if minScore < 0 || minScore > 1 {
				return fmt.Errorf("--min-score must be between 0 and 1")
			}
			ctx := cmd.Context()
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			pairs, err := a.NewDuplicates().All(ctx, policy.Admin(), minScore)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetEscapeHTML(false)
				for _, p := range pairs {
					if err := enc.Encode(duplicatePairOut{Score: p.Score, A: p.A, B: p.B, Evidence: p.Evidence}); err != nil {
						return err
					}
				}
				return nil
			}
			for _, p := range pairs {
				fmt.Fprintf(e.stdout, "%.3f  %s %s  ~  %s %s\n", p.Score,
					p.A.ExternalID, displayName(p.A.Name), p.B.ExternalID, displayName(p.B.Name))
				fmt.Fprintf(e.stdout, "       %s\n", evidenceLine(p.Evidence))
			}
			fmt.Fprintf(e.stdout, "%d pairs\n", len(pairs))
			return nil
		},
	}
	cmd.Flags().Float64Var(&minScore, "min-score", app.DefaultDuplicateScore, "lowest score listed, between 0 and 1")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines")
	return cmd
}

func displayName(t model.Text) string {
	e := model.Expert{Name: t}
	return e.DisplayName(model.LangEN)
}

func evidenceLine(ev []app.Evidence) string {
	parts := make([]string, len(ev))
	for i, x := range ev {
		parts[i] = fmt.Sprintf("%s %+.1f", x.Kind, x.Weight)
		if x.Detail != "" {
			parts[i] = fmt.Sprintf("%s (%s) %+.1f", x.Kind, x.Detail, x.Weight)
		}
	}
	return strings.Join(parts, "; ")
}

func (e *env) mergeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "merge KEEP OTHER",
		Short: "Merge expert OTHER into expert KEEP and delete OTHER",
		Long: `KEEP and OTHER are external ids (or database ids). KEEP gains OTHER's name forms in
the languages it lacks, outputs, keywords, spheres, languages, missing contact fields and
availability; OTHER is deleted. Both changes reach the search index through the change log.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			keep, err := resolveExpert(ctx, a, args[0])
			if err != nil {
				return err
			}
			other, err := resolveExpert(ctx, a, args[1])
			if err != nil {
				return err
			}
			res, err := a.MergeExperts(ctx, policy.Admin(), keep, other)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "merged %s into %s (version %d)\n", res.Removed, res.Expert.ExternalID, res.Expert.Version)
			for _, l := range model.Langs {
				if s := res.DroppedNames[l]; s != "" {
					fmt.Fprintf(e.stdout, "name not kept (%s): %s\n", l, s)
				}
			}
			return nil
		},
	}
}

// resolveExpert finds an expert by external id, else by database id.
func resolveExpert(ctx context.Context, a *app.App, ref string) (int64, error) {
	x, err := a.ExpertByExternalID(ctx, ref)
	if err == nil {
		return x.ID, nil
	}
	if !errors.Is(err, model.ErrNotFound) {
		return 0, err
	}
	if id, perr := strconv.ParseInt(ref, 10, 64); perr == nil {
		if x, err := a.Expert(ctx, id); err == nil {
			return x.ID, nil
		} else if !errors.Is(err, model.ErrNotFound) {
			return 0, err
		}
	}
	return 0, fmt.Errorf("expert %q: %w", ref, model.ErrNotFound)
}
