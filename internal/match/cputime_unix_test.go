//go:build unix

package match

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used: on a shared machine it
// says more about the cost of a request than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
