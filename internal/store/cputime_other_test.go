//go:build !unix

package store_test

import "time"

// cpuTime is not measured here; the benchmark then reports 0 CPU per expert.
func cpuTime() time.Duration { return 0 }
