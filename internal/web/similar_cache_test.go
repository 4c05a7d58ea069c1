package web

import (
	"context"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// fakeSimilar is a similarCache over a counter for the change log and a
// computation that waits for release.
func fakeSimilar(ctx context.Context) (s *similarCache, seq *atomic.Int64, computed *atomic.Int64, release chan struct{}) {
	seq, computed, release = new(atomic.Int64), new(atomic.Int64), make(chan struct{})
	s = newSimilarCache(ctx, nil, slog.New(slog.DiscardHandler))
	s.seq = func(context.Context) (int64, error) { return seq.Load(), nil }
	s.compute = func(ctx context.Context, c policy.Caller, id int64) ([]app.MatchHit, error) {
		select {
		case <-release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		computed.Add(1)
		return []app.MatchHit{{Expert: &model.Expert{ID: id + 100}}}, nil
	}
	return s, seq, computed, release
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("never: %s", what)
		}
	}
}

func TestSimilarCache(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, seq, computed, release := fakeSimilar(ctx)
	close(release)
	anon, coord := policy.Anonymous(), policy.Caller{UserID: 7, Role: policy.RoleCoordinator, City: model.CityMoscow}

	if _, ok := s.get(anon, "", 1, 0); ok {
		t.Fatal("a list before any was computed")
	}
	var hits []app.MatchHit
	waitUntil(t, "the worker fills the cache", func() bool {
		var ok bool
		hits, ok = s.get(anon, "", 1, 0)
		return ok
	})
	if len(hits) != 1 || hits[0].Expert.ID != 101 {
		t.Errorf("hits %+v", hits)
	}
	if _, ok := s.get(coord, "", 1, 0); ok {
		t.Error("a coordinator is served the anonymous readers' list")
	}
	seq.Store(5)
	if _, ok := s.get(anon, "", 1, 5); ok {
		t.Error("a list computed before the last write is served")
	}
	waitUntil(t, "the stale list is recomputed", func() bool { _, ok := s.get(anon, "", 1, 5); return ok })
	if n := computed.Load(); n != 3 {
		t.Errorf("%d computations, want 3", n)
	}
}

// TestSimilarCacheBounds: the queue is bounded, a profile is queued once,
// and the worker ends with its context.
func TestSimilarCacheBounds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s, _, computed, _ := fakeSimilar(ctx) // never released: the first job blocks the worker
	for id := int64(1); id <= 3*similarQueue; id++ {
		s.get(policy.Anonymous(), "", id, 0)
		s.get(policy.Anonymous(), "", id, 0)
	}
	s.mu.Lock()
	pending := len(s.pending)
	s.mu.Unlock()
	if pending > similarQueue+1 {
		t.Errorf("%d profiles pending, more than the queue holds", pending)
	}
	cancel()
	waitUntil(t, "the worker stops", func() bool { s.mu.Lock(); defer s.mu.Unlock(); return !s.running })
	if _, ok := s.get(policy.Anonymous(), "", 1, 0); ok || len(s.queue) != 0 || computed.Load() != 0 {
		t.Error("work queued or done after the server stopped")
	}
}
