package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"talentbridge/internal/policy"
)

// expertMatchOutput is what match --expert prints: the open requests that
// suit the expert (request_id) or, with --similar, the experts most like
// them (external_id), best first.
type expertMatchOutput struct {
	ExpertID string            `json:"expert_id"`
	Total    int               `json:"total"`
	Hits     []expertMatchItem `json:"hits"`
}

type expertMatchItem struct {
	RequestID  string  `json:"request_id,omitempty"`
	ExternalID string  `json:"external_id,omitempty"`
	Score      float64 `json:"score"`
}

// matchExpert answers match --expert: the two questions asked of one
// expert with the matcher's scores. ref is an external id or a database id.
func (e *env) matchExpert(cmd *cobra.Command, ref string, similar bool, max int, all, asJSON bool) error {
	ctx := cmd.Context()
	a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer closeApp()
	id, err := resolveExpert(ctx, a, ref)
	if err != nil {
		return err
	}
	x, err := a.Expert(ctx, id)
	if err != nil {
		return err
	}
	an, err := newAnalyzer()
	if err != nil {
		return err
	}
	if err := a.BuildMatcher(ctx, an); err != nil {
		return err
	}
	if all {
		max = 1 << 30
	}
	caller := policy.Admin() // the operator at the console sees what the database holds
	out := expertMatchOutput{ExpertID: x.ExternalID, Hits: []expertMatchItem{}}
	if similar {
		hits, err := a.SimilarExperts(ctx, caller, id, max)
		if err != nil {
			return err
		}
		for _, h := range hits {
			out.Hits = append(out.Hits, expertMatchItem{ExternalID: h.Expert.ExternalID, Score: h.Score})
		}
	} else {
		hits, err := a.RequestsForExpert(ctx, caller, id, max)
		if err != nil {
			return err
		}
		for _, h := range hits {
			out.Hits = append(out.Hits, expertMatchItem{RequestID: h.Request.ExternalID, Score: h.Score})
		}
	}
	out.Total = len(out.Hits)
	w := bufio.NewWriter(e.stdout)
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return err
		}
		return w.Flush()
	}
	what := "open requests"
	if similar {
		what = "similar experts"
	}
	fmt.Fprintf(w, "%s: %d %s\n", out.ExpertID, out.Total, what)
	for i, h := range out.Hits {
		fmt.Fprintf(w, "%3d. %-14s %.3f\n", i+1, h.RequestID+h.ExternalID, h.Score)
	}
	return w.Flush()
}
