package search

import "context"

// ProgrammeMappingVersion changes whenever the indexed fields of programme
// records or their analysis change. A programme index built with another
// version is rebuilt from the database.
const ProgrammeMappingVersion = 2

// ProgrammeIndex is a search backend for the records of the cooperation
// programme (exchanges, events, projects, agreements, best practices). Like
// Index it is a derived cache of the database that follows the change log;
// it is a separate, small index because programme records share no field
// with experts. Its text goes through the same analysis as the experts', so
// a word is found in a record exactly as it is in a profile.
//
// The programme is readable by anyone, so the index holds no visibility:
// the caller cuts the participants down to what the searcher may see.
type ProgrammeIndex interface {
	// Index adds or replaces records, by ID.
	Index(ctx context.Context, docs ...ProgrammeDoc) error
	// Delete removes records; unknown ids are ignored.
	Delete(ctx context.Context, ids ...int64) error
	// Search runs a query.
	Search(ctx context.Context, q ProgrammeQuery) (ProgrammeResult, error)
	// LastSeq and SetLastSeq read and record the last change-log entry
	// applied, persisted with the index, as Index's do.
	LastSeq(ctx context.Context) (int64, error)
	SetLastSeq(ctx context.Context, seq int64) error
	// NeedsRebuild reports that the index was created empty by this
	// process: the caller must index every record from the database.
	NeedsRebuild() bool
	// Close releases the index.
	Close() error
}

// ProgrammeQuery is one search of the programme. Text is free text as in
// Query (words ranked by BM25, "phrases", -exclusions); empty text matches
// every record. The filters mean what the store's filters mean, so a search
// and a list agree on which records a filter keeps; empty ones do not
// filter.
type ProgrammeQuery struct {
	Text string

	Kind, Status string
	Sphere       string // a top-level slug includes its sub-spheres
	City         string
	Org          string // an organisation's external id
	Expert       string // a participant's external id, in any role
	// From and Until (YYYY-MM-DD, inclusive) keep the records whose period
	// overlaps the window; a record without any date is left out.
	From, Until string

	Offset int // hits to skip
	Limit  int // 0 means DefaultPerPage; capped at MaxProgrammeHits
}

// MaxProgrammeHits bounds one page of programme hits.
const MaxProgrammeHits = 500

// Window returns the offset and the size of the page asked for.
func (q ProgrammeQuery) Window() (from, size int) {
	size = q.Limit
	if size <= 0 {
		size = DefaultPerPage
	}
	return max(q.Offset, 0), min(size, MaxProgrammeHits)
}

// ProgrammeResult is one page of programme hits, best first (by id when
// there is no text).
type ProgrammeResult struct {
	Total int // matching records, all pages
	Hits  []ProgrammeHit
}

// ProgrammeHit is one matching record; the caller loads it by ID (the
// record's row id, as the change log names it).
type ProgrammeHit struct {
	ID    int64
	Score float64
}
