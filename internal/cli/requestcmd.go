package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
)

// requestCommand manages talent requests: add, list, show, update, decide.
func (e *env) requestCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "request",
		Short: "Create, list, show and update talent requests",
	}
	cmd.AddCommand(e.requestAddCommand(), e.requestListCommand(), e.requestShowCommand(),
		e.requestUpdateCommand(), e.requestDecideCommand())
	return cmd
}

// readRequestFile reads one request as JSON (the fields of the interchange
// format for requests, plus the rest), refusing unknown fields.
func readRequestFile(path string) (*model.Request, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r model.Request
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &r, nil
}

func (e *env) printRequest(r *model.Request) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

func (e *env) requestAddCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "add FILE.json",
		Short: "Create a request from a JSON file",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := readRequestFile(args[0])
			if err != nil {
				return err
			}
			a, closeApp, err := e.openApp(cmd.Context(), refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			if err := a.CreateRequest(cmd.Context(), r); err != nil {
				return e.explain(err)
			}
			return e.printRequest(r)
		},
	}
}

func (e *env) requestListCommand() *cobra.Command {
	var status string
	var limit int
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List requests, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a, closeApp, err := e.openApp(cmd.Context(), refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			page, err := a.Requests(cmd.Context(), status, 0, limit)
			if err != nil {
				return e.explain(err)
			}
			for _, r := range page.Items {
				title := r.Title
				if title == "" {
					title = r.Description
				}
				fmt.Fprintf(e.stdout, "%-14s %-12s %-8s %d shortlisted  %s\n", r.ExternalID, r.Status, r.City, len(r.Shortlist), title)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&status, "status", "", "only requests of this status (open, shortlisted, closed)")
	cmd.Flags().IntVar(&limit, "limit", 50, "how many")
	return cmd
}

func (e *env) requestShowCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Print one request as JSON",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			a, closeApp, err := e.openApp(cmd.Context(), refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			r, err := a.RequestByExternalID(cmd.Context(), args[0])
			if err != nil {
				return e.explain(err)
			}
			return e.printRequest(r)
		},
	}
}

func (e *env) requestUpdateCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "update ID FILE.json",
		Short: "Replace a request with the one in a JSON file (its shortlist included)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := readRequestFile(args[1])
			if err != nil {
				return err
			}
			a, closeApp, err := e.openApp(cmd.Context(), refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			old, err := a.RequestByExternalID(cmd.Context(), args[0])
			if err != nil {
				return e.explain(err)
			}
			if r.ExternalID == "" {
				r.ExternalID = old.ExternalID
			}
			if err := a.UpdateRequest(cmd.Context(), old.ID, r, 0); err != nil {
				return e.explain(err)
			}
			return e.printRequest(r)
		},
	}
}

func (e *env) requestDecideCommand() *cobra.Command {
	var note string
	cmd := &cobra.Command{
		Use:   "decide ID EXPERT proposed|accepted|declined",
		Short: "Record a decision on an expert for a request",
		Args:  cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			a, closeApp, err := e.openApp(cmd.Context(), refuseOld, slog.New(slog.DiscardHandler))
			if err != nil {
				return err
			}
			defer closeApp()
			r, err := a.RequestByExternalID(cmd.Context(), args[0])
			if err != nil {
				return e.explain(err)
			}
			r, err = a.Decide(cmd.Context(), r.ID, args[1], args[2], note)
			if err != nil {
				return e.explain(err)
			}
			return e.printRequest(r)
		},
	}
	cmd.Flags().StringVar(&note, "note", "", "a note on the decision")
	return cmd
}

// explain renders a validation error field by field in the user's
// language; other errors pass unchanged.
func (e *env) explain(err error) error {
	var ve *model.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	msg := e.messages()
	parts := make([]string, len(ve.Errors))
	for i, fe := range ve.Errors {
		parts[i] = msg.line(app.LineError{Field: fe.Field, Code: fe.Code, Params: fe.Params})
	}
	return errors.New(strings.Join(parts, "; "))
}
