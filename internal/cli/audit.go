package cli

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
)

func (e *env) auditCommand() *cobra.Command {
	var since, actor, object, action string
	var limit int
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Print the audit log, oldest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := app.AuditFilter{Action: action, Limit: limit}
			var err error
			if f.Since, err = parseSince(since, time.Now()); err != nil {
				return err
			}
			return e.withApp(cmd, func(a *app.App) error {
				ctx := cmd.Context()
				if actor != "" {
					if f.ActorUserID, err = strconv.ParseInt(actor, 10, 64); err != nil {
						u, err := a.UserByLogin(ctx, operator, actor)
						if err != nil {
							return fmt.Errorf("--actor %q: %w", actor, err)
						}
						f.ActorUserID = u.ID
					}
				}
				if object != "" {
					typ, id, _ := strings.Cut(object, ":")
					f.ObjectType = typ
					if id != "" {
						if f.ObjectID, err = strconv.ParseInt(id, 10, 64); err != nil {
							return fmt.Errorf("--object %q: want TYPE or TYPE:ID", object)
						}
					}
				}
				entries, err := a.Audit(ctx, operator, f)
				if err != nil {
					return err
				}
				return printAudit(e, entries)
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&since, "since", "", "entries since a time (RFC 3339 or 2006-01-02) or a duration ago (24h)")
	fl.StringVar(&actor, "actor", "", "entries by an account (id or login)")
	fl.StringVar(&object, "object", "", "entries about an object: TYPE or TYPE:ID (expert:42)")
	fl.StringVar(&action, "action", "", "an action, or a prefix ending in a dot (signin.)")
	fl.IntVar(&limit, "limit", app.MaxPageSize, fmt.Sprintf("at most this many entries (up to %d)", app.MaxPageSize))
	return cmd
}

// parseSince reads --since: a duration before now, a date or an RFC 3339
// time.
func parseSince(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--since %q: want a duration (24h), a date (2006-01-02) or an RFC 3339 time", s)
}

func printAudit(e *env, entries []model.AuditEntry) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTIME\tACTOR\tADDRESS\tACTION\tOBJECT\tDETAIL")
	for _, en := range entries {
		who := en.Actor.Role
		if en.Actor.UserID != 0 {
			who = fmt.Sprintf("%s #%d", en.Actor.Role, en.Actor.UserID)
		}
		obj := en.ObjectType
		if en.ObjectID != 0 {
			obj += ":" + strconv.FormatInt(en.ObjectID, 10)
		}
		detail := ""
		if len(en.Detail) > 0 {
			b, _ := json.Marshal(en.Detail) // decoded from JSON, so it encodes
			detail = string(b)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", en.ID, en.At.Format(time.RFC3339), who, en.Actor.Addr, en.Action, obj, detail)
	}
	return tw.Flush()
}
