package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"talentbridge/internal/app"
	"talentbridge/internal/policy"
)

// The command line acts as the operator: whoever can run it can read the
// database anyway. Its actions are recorded with the address "cli".
var operator = policy.Admin()

func (e *env) userCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Manage accounts: add, passwd, disable, token, list",
	}
	cmd.AddCommand(e.userAddCommand(), e.userPasswdCommand(), e.userDisableCommand(), e.userTokenCommand(), e.userListCommand())
	return cmd
}

func (e *env) withApp(cmd *cobra.Command, fn func(a *app.App) error) error {
	a, closeApp, err := e.openApp(cmd.Context(), refuseOld, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer closeApp()
	return fn(a)
}

func (e *env) userAddCommand() *cobra.Command {
	var nu app.NewUser
	var expertXID string
	var setPassword bool
	cmd := &cobra.Command{
		Use:   "add LOGIN",
		Short: "Add an account (with --password-stdin, else a one-time password is printed)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			nu.Login = args[0]
			return e.withApp(cmd, func(a *app.App) error {
				ctx := cmd.Context()
				if expertXID != "" {
					x, err := a.ExpertByExternalID(ctx, expertXID)
					if err != nil {
						return fmt.Errorf("expert %q: %w", expertXID, err)
					}
					nu.ExpertID = x.ID
				}
				if setPassword {
					pw, err := e.readPassword("Password: ")
					if err != nil {
						return err
					}
					nu.Password = pw
				}
				u, oneTime, err := a.CreateUser(ctx, operator, nu)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "created account %d %s (%s)\n", u.ID, u.Login, u.Role)
				if oneTime != "" {
					fmt.Fprintf(e.stdout, "one-time password (shown once; change it at first sign-in): %s\n", oneTime)
				}
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&nu.DisplayName, "name", "", "display name")
	f.StringVar(&nu.Role, "role", policy.RoleExpert, "admin, coordinator, org_editor or expert")
	f.StringVar(&nu.City, "city", "", "a coordinator's city: moscow or beijing")
	f.StringSliceVar(&nu.OrgIDs, "org", nil, "an organisation editor's organisations (external ids; repeat or comma-separate)")
	f.StringVar(&expertXID, "expert", "", "an expert's own profile (external id)")
	f.BoolVar(&setPassword, "password-stdin", false, "read the password from standard input (a prompt on a terminal)")
	return cmd
}

func (e *env) userPasswdCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "passwd LOGIN",
		Short: "Set an account's password, read from standard input (a prompt on a terminal); its sessions end",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withApp(cmd, func(a *app.App) error {
				u, err := a.UserByLogin(cmd.Context(), operator, args[0])
				if err != nil {
					return err
				}
				pw, err := e.readPassword("New password: ")
				if err != nil {
					return err
				}
				if err := a.SetPassword(cmd.Context(), operator, u.ID, pw); err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "password of %s changed\n", u.Login)
				return nil
			})
		},
	}
}

func (e *env) userDisableCommand() *cobra.Command {
	var enable bool
	cmd := &cobra.Command{
		Use:   "disable LOGIN",
		Short: "Disable an account (its sessions end, its tokens stop working); --enable undoes it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withApp(cmd, func(a *app.App) error {
				u, err := a.UserByLogin(cmd.Context(), operator, args[0])
				if err != nil {
					return err
				}
				if err := a.SetDisabled(cmd.Context(), operator, u.ID, !enable); err != nil {
					return err
				}
				state := "disabled"
				if enable {
					state = "enabled"
				}
				fmt.Fprintf(e.stdout, "%s %s\n", u.Login, state)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&enable, "enable", false, "enable the account again")
	return cmd
}

func (e *env) userTokenCommand() *cobra.Command {
	var name string
	var scopes []string
	var revoke int64
	cmd := &cobra.Command{
		Use:   "token LOGIN",
		Short: "Create an API token for an account (printed once), or --revoke ID",
		Args:  cobra.RangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withApp(cmd, func(a *app.App) error {
				ctx := cmd.Context()
				if revoke > 0 {
					if err := a.RevokeAPIToken(ctx, operator, revoke); err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "token %d revoked\n", revoke)
					return nil
				}
				if len(args) != 1 {
					return errors.New("name the account, or give --revoke ID")
				}
				u, err := a.UserByLogin(ctx, operator, args[0])
				if err != nil {
					return err
				}
				token, t, err := a.CreateAPIToken(ctx, operator, u.ID, name, scopes)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stderr, "token %d for %s, scopes %s (shown once):\n", t.ID, u.Login, strings.Join(t.Scopes, ","))
				fmt.Fprintln(e.stdout, token)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "what the token is for")
	cmd.Flags().StringSliceVar(&scopes, "scope", []string{policy.ScopeRead}, "read, write, admin (repeat or comma-separate)")
	cmd.Flags().Int64Var(&revoke, "revoke", 0, "revoke the token with this id")
	return cmd
}

func (e *env) userListCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the accounts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return e.withApp(cmd, func(a *app.App) error {
				users, err := a.Users(cmd.Context(), operator)
				if err != nil {
					return err
				}
				tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tLOGIN\tROLE\tSCOPE\tSTATE")
				for _, u := range users {
					scope := u.City + strings.Join(u.OrgIDs, ",")
					if u.ExpertID != 0 {
						scope = "expert " + strconv.FormatInt(u.ExpertID, 10)
					}
					state := "active"
					if u.Disabled {
						state = "disabled"
					}
					fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", u.ID, u.Login, u.Role, scope, state)
				}
				return tw.Flush()
			})
		},
	}
}

// readPassword reads a password: without echo from a terminal, after a
// prompt on stderr; otherwise the first line of standard input. Never from
// the command line, where other users and shell history would see it.
func (e *env) readPassword(prompt string) (string, error) {
	if f, ok := e.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(e.stderr, prompt)
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(e.stderr)
		return string(b), err
	}
	line, err := bufio.NewReader(e.stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}
