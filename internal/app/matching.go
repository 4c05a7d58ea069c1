package app

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/textproc"
	"talentbridge/internal/thesaurus"
)

// ErrMatcherNotReady is returned while the matching index is being built.
var ErrMatcherNotReady = errors.New("matching is not ready yet")

// matcher is the in-memory matching index and how far into the change log
// it has read. It is built from the database at start and then follows the
// log, like the search index, so several processes over one database agree.
type matcher struct {
	mu    sync.Mutex // one sync at a time; guards seq and ids
	ix    *match.Index
	seq   int64
	ids   map[int64]string // row id → external id, to remove deleted experts
	ready chan struct{}    // closed once built
	err   error            // the build's failure, when ready is closed
	// practices are the best practices whose authors gain them as
	// evidence (matching_practice.go); guarded by mu.
	practices *practiceWorks
}

// EnableMatching lets Match build the matching index on first use, in the
// background (Match answers ErrMatcherNotReady until it is built). A
// server that is never asked to match never pays for the index's memory.
func (a *App) EnableMatching(an *textproc.Analyzer, log func(error)) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.matchAn, a.matchLog = an, log
}

// BuildMatcher reads every expert and builds the matching index. It may take
// seconds on a large database; match calls made meanwhile get
// ErrMatcherNotReady. Call it once, typically in its own goroutine.
func (a *App) BuildMatcher(ctx context.Context, an *textproc.Analyzer) error {
	m := a.startMatcher()
	err := a.buildMatcher(ctx, m, an)
	m.err = err
	close(m.ready)
	return err
}

func (a *App) startMatcher() *matcher {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.mt == nil {
		a.mt = &matcher{ready: make(chan struct{}), ids: map[int64]string{}}
	}
	return a.mt
}

func (a *App) buildMatcher(ctx context.Context, m *matcher, an *textproc.Analyzer) error {
	th, err := thesaurus.Default(an)
	if err != nil {
		return fmt.Errorf("thesaurus: %w", err)
	}
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return err
	}
	mark, err := a.db.LastChangeSeq(ctx)
	if err != nil {
		return err
	}
	practices, err := a.loadPracticeWorks(ctx)
	if err != nil {
		return err
	}
	var experts []*model.Expert
	if err := a.db.EachExpert(ctx, func(e *model.Expert) error {
		experts = append(experts, e)
		return nil
	}); err != nil {
		return err
	}
	ix, err := match.BuildWithWorks(an, th, tax, match.DefaultConfig(), experts, practices.byAuthor(), runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ix, m.seq, m.practices = ix, mark, practices
	for _, e := range experts {
		m.ids[e.ID] = e.ExternalID
	}
	return nil
}

// syncMatcher applies the changes the matching index has not seen. Match
// calls it first, so a match always sees the database as it is.
func (a *App) syncMatcher(ctx context.Context, m *matcher) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for {
		changes, err := a.db.ChangesSince(ctx, m.seq, indexBatch)
		if err != nil || len(changes) == 0 {
			return err
		}
		var ids []int64
		for _, c := range changes {
			if c.Entity == store.EntityExpert {
				ids = append(ids, c.EntityID)
			}
		}
		experts, err := a.db.GetExperts(ctx, ids)
		if err != nil {
			return err
		}
		present := map[int64]bool{}
		for _, e := range experts {
			present[e.ID] = true
			if old, ok := m.ids[e.ID]; ok && old != e.ExternalID {
				m.ix.Remove(old)
			}
			if err := m.ix.Add(e); err != nil {
				return err
			}
			m.ids[e.ID] = e.ExternalID
		}
		for _, id := range ids {
			if !present[id] {
				if xid, ok := m.ids[id]; ok {
					m.ix.Remove(xid)
					delete(m.ids, id)
				}
			}
		}
		if err := a.syncPracticeWorks(ctx, m, changes); err != nil {
			return err
		}
		m.seq = changes[len(changes)-1].Seq
	}
}

// The matcher's explanation types, re-exported for the transports.
type (
	MatchExplanation = match.Explanation
	ConstraintStatus = match.Status
)

// MatchHit is one expert proposed for a request, as the caller may see them,
// with the reasons.
type MatchHit struct {
	Expert      *model.Expert
	Score       float64 // in [0, 1], comparable across requests
	Explanation MatchExplanation
}

// Match ranks the experts the caller may see for a request. limit 0 means
// the matcher's default; a negative limit returns every visible expert that
// matched at all.
func (a *App) Match(ctx context.Context, c policy.Caller, r *model.Request, limit int) ([]MatchHit, error) {
	m, err := a.readyMatcher(ctx)
	if err != nil {
		return nil, err
	}
	opt := match.Options{Limit: limit, Visible: visibleTo(c)}
	if limit < 0 {
		opt.Limit = m.ix.Len()
	}
	hits := m.ix.Rank(toMatchRequest(r), opt)
	out := make([]MatchHit, 0, len(hits))
	shown := make([]*model.Expert, 0, len(hits))
	for _, h := range hits {
		if v, ok := hitView(c, h); ok {
			out = append(out, v)
			shown = append(shown, h.Expert)
		}
	}
	if err := a.recordMatch(ctx, c, shown); err != nil {
		return nil, err
	}
	return out, nil
}

// readyMatcher returns the matching index up to date with the database. The
// first call starts the build (see EnableMatching); until it is done the
// answer is ErrMatcherNotReady.
func (a *App) readyMatcher(ctx context.Context) (*matcher, error) {
	a.mu.Lock()
	m, an, logErr := a.mt, a.matchAn, a.matchLog
	if m == nil && an != nil {
		a.matchAn = nil // start one build only
		go func() {
			if err := a.BuildMatcher(context.WithoutCancel(ctx), an); err != nil && logErr != nil {
				logErr(err)
			}
		}()
	}
	a.mu.Unlock()
	if m == nil {
		return nil, ErrMatcherNotReady
	}
	select {
	case <-m.ready:
	default:
		return nil, ErrMatcherNotReady
	}
	if m.err != nil {
		return nil, m.err
	}
	if err := a.syncMatcher(ctx, m); err != nil {
		return nil, err
	}
	return m, nil
}

func toMatchRequest(r *model.Request) match.Request {
	return match.Request{
		Title: r.Title, Description: r.Description, Spheres: r.Spheres, Languages: r.Languages,
		Formats: r.Formats, From: r.From, Until: r.Until, City: r.City,
		Hard: match.Hard{Languages: r.IsHard("languages"), Formats: r.IsHard("formats"),
			Window: r.IsHard("window"), Direction: r.IsHard("direction")},
	}
}
