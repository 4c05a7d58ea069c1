package cli

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progressMinBytes is the smallest input that gets a progress bar: about a
// thousand experts.
const progressMinBytes = 1 << 20

// newProgress returns a byte progress bar on stderr for long work, or nil
// when the input is small or stderr is not a terminal (unless forced).
func (e *env) newProgress(mode string, total int64, label string) *progressbar.ProgressBar {
	switch mode {
	case "never":
		return nil
	case "always":
	default:
		f, ok := e.stderr.(*os.File)
		if !ok || !isatty.IsTerminal(f.Fd()) || total < progressMinBytes {
			return nil
		}
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription(label),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100_000_000), // 100 ms
		progressbar.OptionShowCount(),
		progressbar.OptionOnCompletion(func() { _, _ = io.WriteString(e.stderr, "\n") }),
	)
}

// newCountProgress is newProgress for work counted in items, not bytes.
func (e *env) newCountProgress(mode string, total int, label string) *progressbar.ProgressBar {
	switch mode {
	case "never":
		return nil
	case "always":
	default:
		f, ok := e.stderr.(*os.File)
		if !ok || !isatty.IsTerminal(f.Fd()) || total < 1000 {
			return nil
		}
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription(label),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionOnCompletion(func() { _, _ = io.WriteString(e.stderr, "\n") }),
	)
}
