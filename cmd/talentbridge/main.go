// Command talentbridge runs the Moscow–Beijing expert database: the web
// interface and JSON API (serve), and its administrative commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"talentbridge/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
