package app

import (
	"context"
	"errors"

	"talentbridge/internal/model"
)

// ImportReview is a new record of an import that was not created because it
// looks like an expert already stored, written in another script or spelling
// (never one written identically: see sameName).
// Merge by hand, or import it with ImportOptions.AllowDuplicates.
type ImportReview struct {
	Line       int        `json:"line"`
	ExternalID string     `json:"external_id"`
	Candidate  string     `json:"candidate_external_id"`
	Score      float64    `json:"score"`
	Evidence   []Evidence `json:"evidence"`
}

// errReview rolls back the savepoint of a record held for review.
var errReview = errors.New("held for review")

// importReviewer checks an import's new records against the stored experts
// that the file does not list itself. Records the file lists (created,
// updated or found unchanged by this import) are not candidates: a file is
// one source's view, with its own ids, and checking it against itself would
// make the outcome depend on the order of its lines — and an import run
// again after a crash would hold back rows that a clean run creates.
type importReviewer struct {
	dups   *Duplicates
	listed map[int64]bool // ids of the experts this import has written or found unchanged
}

func newImportReviewer(a *App) *importReviewer {
	return &importReviewer{dups: a.NewDuplicates(), listed: map[int64]bool{}}
}

// list notes that the file lists the expert with this id.
func (r *importReviewer) list(id int64) { r.listed[id] = true }

// review returns the best stored candidate for a just-created record, if one
// scores at least ImportDuplicateScore. The blocking index is built at the
// first new record and not caught up afterwards, so that the experts of
// earlier batches of the same import never become candidates.
func (r *importReviewer) review(ctx context.Context, line int, e *model.Expert) (*ImportReview, error) {
	r.dups.mu.Lock()
	defer r.dups.mu.Unlock()
	if r.dups.ix == nil {
		ix, err := buildDupIndex(ctx, r.dups.app.db)
		if err != nil {
			return nil, err
		}
		r.dups.ix = ix
	}
	// Nothing stored when the import began (its first import, say): no
	// candidate can exist, and the name keys of every record, a third of
	// the writer's work, need not be computed.
	if len(r.dups.ix.byID) == 0 {
		return nil, nil
	}
	probe := newDupEntry(e, r.dups.ix.orgs)
	skip := func(id int64) bool {
		return id == e.ID || r.listed[id] || sameName(e.Name, r.dups.ix.byID[id].name)
	}
	found := r.dups.ix.duplicatesOf(probe, ImportDuplicateScore, skip)
	if len(found) == 0 {
		return nil, nil
	}
	best := found[0]
	return &ImportReview{Line: line, ExternalID: e.ExternalID, Candidate: best.ExternalID, Score: best.Score, Evidence: best.Evidence}, nil
}

// sameName reports whether two records write the name identically, in the
// same languages. The import holds back cross-script duplicates only: a
// record written exactly as a stored one is a namesake as often as not (many
// a Li Min with the same two forms), and an interrupted import run again
// meets its own earlier rows that way; those are left to the duplicates
// listing, where an admin decides.
func sameName(a, b model.Text) bool {
	if len(a) != len(b) {
		return false
	}
	for l, s := range a {
		if foldText(s) != foldText(b[l]) {
			return false
		}
	}
	return true
}
