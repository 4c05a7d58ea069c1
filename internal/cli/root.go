// Package cli is TalentBridge's command line: the only place that reads
// configuration (flags and environment) and wires the parts together.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"talentbridge/internal/app"
)

// Config is what every command needs to reach the database.
type Config struct {
	DataDir     string
	DatabaseURL string
}

// env bundles the process's streams and environment, so that tests can run
// commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	cfg            Config
}

// exitError carries a specific exit status out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// Run executes the command line args and returns the process exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(ctx, args, stdin, stdout, stderr, os.Getenv)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	// Everything the command line does is the operator's, from "cli".
	ctx = app.WithCaller(ctx, operator, "cli")
	root := e.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var xe *exitError
	if errors.As(err, &xe) {
		if xe.err != nil {
			fmt.Fprintln(stderr, "talentbridge:", xe.err)
		}
		return xe.code
	}
	fmt.Fprintln(stderr, "talentbridge:", err)
	return 1
}

func (e *env) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "talentbridge",
		Short:         "The Moscow–Beijing database of experts for the exchange of scientific and technical talent",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&e.cfg.DataDir, "data", e.envOr("TALENTBRIDGE_DATA", "./talentbridge-data"),
		"data directory for the embedded database and search index (env TALENTBRIDGE_DATA)")
	root.PersistentFlags().StringVar(&e.cfg.DatabaseURL, "database-url", e.getenv("TALENTBRIDGE_DATABASE_URL"),
		"PostgreSQL URL; when set, used instead of the embedded SQLite database (env TALENTBRIDGE_DATABASE_URL)")
	root.AddCommand(e.serveCommand(), e.migrateCommand(), e.importCommand(), e.exportCommand(), e.demoCommand(),
		e.reindexCommand(), e.searchCommand(), e.userCommand(), e.auditCommand(), e.matchCommand(), e.requestCommand())
	root.AddCommand(e.duplicatesCommand(), e.mergeCommand())
	root.AddCommand(e.programmeCommand())
	return root
}

func (e *env) envOr(name, def string) string {
	if v := e.getenv(name); v != "" {
		return v
	}
	return def
}
