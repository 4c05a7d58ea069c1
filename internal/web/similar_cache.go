package web

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// The similar experts of a profile come from the matcher, which ranks the
// whole registry for each profile: tens of milliseconds on a large one, far
// more than the rest of the page. So the profile page never computes them.
// It shows the list a background worker computed earlier for the same
// reader, and otherwise a link to /experts/{id}/similar, which computes it
// and fills the cache too.
const (
	// similarQueue bounds the profiles waiting for the worker; a profile
	// viewed while the queue is full is simply not precomputed.
	similarQueue = 64
	// similarEntries bounds the cache; past it, an entry is dropped.
	similarEntries = 4096
	// similarIdle is how long the worker waits for work before it ends;
	// the next profile view starts it again.
	similarIdle = time.Minute
	// similarJobTimeout bounds one computation.
	similarJobTimeout = 30 * time.Second
)

// similarKey names one cached list: a profile as one class of readers sees it.
type similarKey struct {
	expert int64
	class  string
}

// similarEntry is a computed list and the change-log position it was
// computed at: it is fresh while the log has not moved.
type similarEntry struct {
	seq  int64
	hits []app.MatchHit
}

type similarJob struct {
	key    similarKey
	caller policy.Caller
	addr   string
}

// similarCache holds the similar experts of the profiles readers viewed,
// and the one goroutine that computes them, started on demand and ended
// when idle or when the server's context ends.
type similarCache struct {
	ctx     context.Context // ends the worker
	compute func(ctx context.Context, c policy.Caller, expertID int64) ([]app.MatchHit, error)
	seq     func(ctx context.Context) (int64, error)
	log     *slog.Logger

	queue chan similarJob

	mu      sync.Mutex
	entries map[similarKey]similarEntry
	pending map[similarKey]bool // queued or being computed
	running bool                // the worker is running
}

func newSimilarCache(ctx context.Context, a *app.App, log *slog.Logger) *similarCache {
	if ctx == nil {
		ctx = context.Background()
	}
	return &similarCache{
		ctx: ctx,
		compute: func(ctx context.Context, c policy.Caller, id int64) ([]app.MatchHit, error) {
			return a.SimilarExperts(ctx, c, id, similarCount)
		},
		seq:     a.ChangeSeq,
		log:     log,
		queue:   make(chan similarJob, similarQueue),
		entries: map[similarKey]similarEntry{},
		pending: map[similarKey]bool{},
	}
}

// similarClass names the readers who are shown the same similar experts.
// Every anonymous reader sees the same public profiles. A signed-in reader
// is a class of their own: what they see depends on who they are (a
// coordinator's city, an editor's organisations, their own profile), and
// app records in the audit log what a list disclosed to them when it
// computes it, for them.
func similarClass(c policy.Caller) string {
	if !c.Authenticated() {
		return "public"
	}
	return strings.Join([]string{strconv.FormatInt(c.UserID, 10), c.Role, c.City,
		strings.Join(c.OrgIDs, ","), strconv.FormatInt(c.ExpertID, 10)}, "|")
}

// get returns the similar experts of the profile for the caller when a
// fresh list is cached; otherwise it asks the worker for one and reports
// false. seq is the change log's position now.
func (s *similarCache) get(c policy.Caller, addr string, expertID, seq int64) ([]app.MatchHit, bool) {
	key := similarKey{expertID, similarClass(c)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.entries[key]; ok && e.seq == seq {
		return e.hits, true
	}
	if s.pending[key] || s.ctx.Err() != nil {
		return nil, false
	}
	select {
	case s.queue <- similarJob{key: key, caller: c, addr: addr}:
		s.pending[key] = true
	default: // full: the link on the page serves
		return nil, false
	}
	if !s.running {
		s.running = true
		go s.work()
	}
	return nil, false
}

// put caches a list computed at the change log's position seq.
func (s *similarCache) put(c policy.Caller, expertID, seq int64, hits []app.MatchHit) {
	key := similarKey{expertID, similarClass(c)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.entries[key]; !ok && len(s.entries) >= similarEntries {
		s.evict(seq)
	}
	s.entries[key] = similarEntry{seq: seq, hits: hits[:min(len(hits), similarCount)]}
}

// evict makes room: it drops every stale entry, or one entry when all are
// fresh. The caller holds mu.
func (s *similarCache) evict(seq int64) {
	var some similarKey
	n := len(s.entries)
	for k, e := range s.entries {
		if e.seq != seq {
			delete(s.entries, k)
		}
		some = k
	}
	if len(s.entries) == n {
		delete(s.entries, some)
	}
}

// work computes the queued lists one at a time.
func (s *similarCache) work() {
	idle := time.NewTimer(similarIdle)
	defer idle.Stop()
	for {
		select {
		case <-s.ctx.Done():
			s.stop()
			return
		case j := <-s.queue:
			s.run(j)
			s.mu.Lock()
			delete(s.pending, j.key)
			s.mu.Unlock()
			idle.Reset(similarIdle)
		case <-idle.C:
			s.mu.Lock()
			if len(s.queue) == 0 {
				s.running = false
				s.mu.Unlock()
				return
			}
			s.mu.Unlock()
			idle.Reset(similarIdle)
		}
	}
}

// stop ends the worker for good: what is queued is dropped.
func (s *similarCache) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.running = false
	for {
		select {
		case j := <-s.queue:
			delete(s.pending, j.key)
		default:
			return
		}
	}
}

// run computes one list. The change log's position is read first, so that
// a write made meanwhile leaves the entry stale rather than wrongly fresh.
// The list is computed as the reader who viewed the profile, named in the
// context for the audit log.
func (s *similarCache) run(j similarJob) {
	ctx, cancel := context.WithTimeout(app.WithCaller(s.ctx, j.caller, j.addr), similarJobTimeout)
	defer cancel()
	seq, err := s.seq(ctx)
	if err == nil {
		var hits []app.MatchHit
		if hits, err = s.compute(ctx, j.caller, j.key.expert); err == nil {
			s.put(j.caller, j.key.expert, seq, hits)
			return
		}
	}
	// The matcher still building, or the profile hidden or gone meanwhile,
	// is no fault: the page shows the link.
	if !errors.Is(err, app.ErrMatcherNotReady) && !errors.Is(err, model.ErrNotFound) && s.ctx.Err() == nil {
		s.log.Warn("computing similar experts failed", "expert", j.key.expert, "err", err)
	}
}
