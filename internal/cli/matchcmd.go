package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

func (e *env) matchCommand() *cobra.Command {
	var file, limit, text, expert string
	var asJSON, similar bool
	cmd := &cobra.Command{
		Use:   "match (--file requests.jsonl | --text TEXT | --expert ID [--similar])",
		Short: "Rank experts for talent requests read from a JSON Lines file",
		Long: `Each line is a request: {"id": "req-17", "title": "…", "description": "…", "spheres": […], "languages": […]}
(the other request fields are accepted too). One result is printed per request, in input order:
{"request_id": "req-17", "total": N, "hits": [{"external_id": "…", "score": 0.83}, …]}.
--limit all lists every expert, with score 0 where nothing matched.

--expert ID (an expert's own id or database id) asks the reverse: which open requests suit the
expert best, each with the score the expert gets in that request's ranking:
{"expert_id": "msk-1", "total": N, "hits": [{"request_id": "req-17", "score": 0.83}, …]}.
With --similar it lists the experts most like that one instead, scored the same way
(hits carry "external_id"); the expert and their likely duplicates are left out.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			max, all, err := parseLimit(limit)
			if err != nil {
				return err
			}
			switch {
			case expert != "" && (text != "" || cmd.Flags().Changed("file")):
				return fmt.Errorf("--expert asks about one expert: it takes no --file or --text")
			case expert != "":
				return e.matchExpert(cmd, expert, similar, max, all, asJSON)
			case similar:
				return fmt.Errorf("--similar needs --expert")
			}
			var reqs []*model.Request
			if text != "" {
				r := &model.Request{ExternalID: "text", Description: text}
				r.Normalize()
				if err := r.Validate(model.NewTaxonomy()); err != nil {
					return e.explain(err)
				}
				reqs = []*model.Request{r}
			} else if reqs, err = readRequests(file, e.stdin); err != nil {
				return err
			}
			a, closeApp, err := e.openApp(ctx, refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			an, err := newAnalyzer()
			if err != nil {
				return err
			}
			if err := a.BuildMatcher(ctx, an); err != nil {
				return err
			}
			results, err := matchAll(ctx, a, reqs, max, all)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			for _, r := range results {
				if asJSON {
					if err := enc.Encode(r); err != nil {
						return err
					}
					continue
				}
				fmt.Fprintf(w, "%s: %d experts\n", r.RequestID, r.Total)
				for i, h := range r.Hits {
					fmt.Fprintf(w, "%3d. %-14s %.3f\n", i+1, h.ExternalID, h.Score)
				}
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVarP(&file, "file", "f", "-", "requests in JSON Lines; '-' reads standard input")
	cmd.Flags().StringVar(&text, "text", "", "one request given as free text in Russian, Chinese or English (its request_id is \"text\")")
	cmd.Flags().StringVar(&limit, "limit", "20", "how many experts per request, or 'all'")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the machine-readable result")
	cmd.Flags().StringVar(&expert, "expert", "", "list the open requests that suit this expert (external or database id)")
	cmd.Flags().BoolVar(&similar, "similar", false, "with --expert: list the experts most like them instead")
	return cmd
}

// readRequests reads and validates the requests; any bad line stops the
// run with its line number, since a result per input line is promised.
func readRequests(name string, stdin io.Reader) ([]*model.Request, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, app.MaxLineBytes)
	var out []*model.Request
	tax := model.NewTaxonomy()
	for line := 1; sc.Scan(); line++ {
		raw := sc.Bytes()
		if len(raw) == 0 {
			continue
		}
		var req model.Request
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		req.Normalize()
		if err := req.Validate(tax); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		out = append(out, &req)
	}
	return out, sc.Err()
}

// matchAll ranks the requests on every core, keeping the input order.
func matchAll(ctx context.Context, a *app.App, reqs []*model.Request, max int, all bool) ([]*searchOutput, error) {
	out := make([]*searchOutput, len(reqs))
	errs := make([]error, len(reqs))
	caller := policy.Admin()
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				limit := max
				if all {
					limit = -1
				}
				hits, err := a.Match(ctx, caller, reqs[i], limit)
				if err != nil {
					errs[i] = err
					continue
				}
				res := &searchOutput{RequestID: reqs[i].ExternalID, Total: len(hits), Hits: make([]searchHit, 0, len(hits))}
				for _, h := range hits {
					res.Hits = append(res.Hits, searchHit{ExternalID: h.Expert.ExternalID, Score: h.Score})
				}
				out[i] = res
			}
		}()
	}
	for i := range reqs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if all {
		if err := padWithZeros(ctx, a, caller, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// padWithZeros appends, to each result, every visible expert it lacks with
// score 0, so that any (request, expert) pair can be compared.
func padWithZeros(ctx context.Context, a *app.App, c policy.Caller, results []*searchOutput) error {
	var everyone []string
	if err := a.EachVisibleExpert(ctx, c, func(x string) error {
		everyone = append(everyone, x)
		return nil
	}); err != nil {
		return err
	}
	for _, r := range results {
		seen := make(map[string]bool, len(r.Hits))
		for _, h := range r.Hits {
			seen[h.ExternalID] = true
		}
		for _, x := range everyone {
			if !seen[x] {
				r.Hits = append(r.Hits, searchHit{ExternalID: x})
			}
		}
	}
	return nil
}
