package cli

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/policy"
	"talentbridge/internal/search"
)

// searchOutput is the machine-readable output of search and match
// (interchange-v1: request_id, total, hits with external_id and score).
type searchOutput struct {
	RequestID string      `json:"request_id"`
	Total     int         `json:"total"`
	Hits      []searchHit `json:"hits"`
	Facets    any         `json:"facets,omitempty"`
}

type searchHit struct {
	ExternalID string  `json:"external_id"`
	Score      float64 `json:"score"`
	Name       string  `json:"name,omitempty"`
}

func (e *env) searchCommand() *cobra.Command {
	var q search.Query
	var asJSON, facets bool
	var limit, sortBy, lang string
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY...",
		Short: "Search experts by free text in Russian, Chinese or English",
		Long: `Words match in any form and any of the three languages; "quoted phrases" must occur;
-word excludes. --limit all lists every expert, with score 0 where nothing matched.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q.Text = strings.Join(args, " ")
			q.Facets = facets
			q.Lang = lang
			if sortBy == "name" {
				q.Sort = search.SortName
			} else if sortBy != "relevance" {
				return fmt.Errorf("--sort must be relevance or name")
			}
			max, all, err := parseLimit(limit)
			if err != nil {
				return err
			}
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			closeIndex, err := e.attachIndex(ctx, a)
			if err != nil {
				return err
			}
			defer closeIndex()
			out, err := collectHits(cmd, a, q, max, all)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetEscapeHTML(false)
				return enc.Encode(out)
			}
			fmt.Fprintf(e.stdout, "%d experts\n", out.Total)
			for i, h := range out.Hits {
				fmt.Fprintf(e.stdout, "%3d. %-12s %7.3f  %s\n", i+1, h.ExternalID, h.Score, h.Name)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print the machine-readable result")
	f.BoolVar(&facets, "facets", false, "count hits per sphere, city, organisation, language and format")
	f.StringSliceVar(&q.Spheres, "sphere", nil, "only these spheres (a top-level sphere includes its sub-spheres)")
	f.StringSliceVar(&q.Cities, "city", nil, "only these cities (moscow, beijing, other)")
	f.StringSliceVar(&q.Orgs, "org", nil, "only these organisations (external ids)")
	f.StringSliceVar(&q.Languages, "lang", nil, "only experts speaking these languages (ISO 639-1)")
	f.StringSliceVar(&q.Formats, "format", nil, "only experts available in these formats")
	f.StringVar(&limit, "limit", "20", "how many hits, or 'all'")
	f.StringVar(&sortBy, "sort", "relevance", "relevance or name")
	f.StringVar(&lang, "name-lang", "en", "language of the names shown and sorted by (ru, zh, en)")
	return cmd
}

func parseLimit(s string) (n int, all bool, err error) {
	if s == "all" {
		return 0, true, nil
	}
	n, err = strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, false, fmt.Errorf("--limit must be a number or 'all'")
	}
	return n, false, nil
}

// collectHits pages through the search until it has max hits (or all, in
// which case every other visible expert follows with score 0).
func collectHits(cmd *cobra.Command, a *app.App, q search.Query, max int, all bool) (*searchOutput, error) {
	ctx := cmd.Context()
	caller := policy.Admin() // the operator at the console sees what the database holds
	out := &searchOutput{RequestID: q.Text, Hits: []searchHit{}}
	seen := map[string]bool{}
	q.PerPage = search.MaxPerPage
	for page := 1; all || len(out.Hits) < max; page++ {
		q.Page = page
		res, err := a.SearchExperts(ctx, caller, q)
		if err != nil {
			return nil, err
		}
		if page == 1 {
			out.Total = res.Total
			if q.Facets {
				out.Facets = res.Facets
			}
		}
		for _, h := range res.Hits {
			if !all && len(out.Hits) >= max {
				break
			}
			seen[h.Expert.ExternalID] = true
			out.Hits = append(out.Hits, searchHit{ExternalID: h.Expert.ExternalID, Score: h.Score, Name: h.Expert.DisplayName(q.Lang)})
		}
		if len(res.Hits) < q.PerPage {
			break
		}
		q.Facets = false
	}
	if all {
		err := a.EachVisibleExpert(ctx, caller, func(x string) error {
			if !seen[x] {
				out.Hits = append(out.Hits, searchHit{ExternalID: x})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
