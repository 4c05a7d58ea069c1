package app

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// ActProgrammeBatch is the audit entry of a transaction of a batch of
// programme records: one entry names the records it wrote.
const ActProgrammeBatch = "programme.batch"

// programmeChunk is how many records of a batch are checked together and
// written in one transaction: enough that the lookups and the commit cost
// little per record, few enough that the database's writer is not held
// for long.
const programmeChunk = 250

// RecordError is a record of a batch that was refused: its index in the
// batch (from 0) and why.
type RecordError struct {
	Index      int
	Kind       string
	ExternalID string
	Err        error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("record %d (%s %q): %v", e.Index, e.Kind, e.ExternalID, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// BatchError lists the records of a batch that were refused, in batch
// order; every other record was saved.
type BatchError struct{ Records []*RecordError }

func (e *BatchError) Error() string {
	if len(e.Records) == 1 {
		return "1 record refused: " + e.Records[0].Error()
	}
	return fmt.Sprintf("%d records refused, the first: %v", len(e.Records), e.Records[0])
}

// Unwrap lets errors.Is find the kinds of the refusals.
func (e *BatchError) Unwrap() []error {
	out := make([]error, len(e.Records))
	for i, r := range e.Records {
		out[i] = r
	}
	return out
}

// SaveProgrammeBatch saves records as SaveProgramme does, for the caller,
// refusing exactly the records it refuses, but checks them together: the
// experts, organisations and stored versions they name are looked up a
// few hundred records at a time, and each few hundred are written in one
// transaction with one audit entry (the change log still has an entry per
// record). The records are updated in place as SaveProgramme's are
// (generated ids, normalized fields, ids and versions); a record named
// twice is saved twice, in order.
//
// It returns how many records were saved, unchanged ones included. A
// *BatchError lists the refused records with their index; the others were
// kept. Any other error is a failure of the run (the database): the
// records of the transactions committed before it are kept.
func (a *App) SaveProgrammeBatch(ctx context.Context, c policy.Caller, recs []model.ProgrammeRecord) (int, error) {
	out, err := a.saveProgrammeBatch(ctx, c, recs, batchOptions{})
	saved := 0
	var be BatchError
	for i, o := range out {
		switch {
		case o.err != nil:
			re := &RecordError{Index: i, Err: o.err}
			if recs[i] != nil {
				re.Kind, re.ExternalID = recs[i].Kind(), recs[i].Base().ExternalID
			}
			be.Records = append(be.Records, re)
		case o.done:
			saved++
		}
	}
	if err != nil {
		return saved, err
	}
	if len(be.Records) > 0 {
		return saved, &be
	}
	return saved, nil
}

// batchOptions say how a batch is written.
type batchOptions struct {
	// dryRun runs every check, the writes included, and rolls them back.
	dryRun bool
	// auditEach writes an audit entry per record written, as a single
	// save does, rather than one per transaction.
	auditEach bool
}

// saveOutcome is what became of one record of a batch.
type saveOutcome struct {
	res  store.UpsertResult
	err  error // why the record was refused
	done bool  // saved (in a dry run: would have been)
}

// saveProgrammeBatch saves recs chunk by chunk. The error is a failure of
// the run; the outcomes are valid up to it.
func (a *App) saveProgrammeBatch(ctx context.Context, c policy.Caller, recs []model.ProgrammeRecord, o batchOptions) ([]saveOutcome, error) {
	ctx = asCaller(ctx, c)
	out := make([]saveOutcome, len(recs))
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return out, err
	}
	for i, rec := range recs {
		switch {
		case rec == nil || model.NewProgrammeRecord(rec.Kind()) == nil:
			out[i].err = model.Invalid("kind", model.CodeUnknownValue)
		case !c.Authenticated():
			out[i].err = forbidden(c, "write programme records")
		default:
			rec.Normalize()
			if b := rec.Base(); b.ExternalID == "" {
				b.ExternalID = idPrefix[rec.Kind()] + "-" + a.idSuffix()
			}
		}
	}
	for start := 0; start < len(recs); {
		end := chunkEnd(recs, out, start)
		if err := a.saveChunk(ctx, c, tax, recs[start:end], out[start:end], o); err != nil {
			return out, err
		}
		start = end
	}
	return out, nil
}

// chunkEnd is the end of the chunk that starts at start: programmeChunk
// records, cut short before a record already in it, so that the second
// save of a record checks against the first.
func chunkEnd(recs []model.ProgrammeRecord, out []saveOutcome, start int) int {
	type key struct{ kind, xid string }
	seen := map[key]bool{}
	end := start
	for ; end < len(recs) && end-start < programmeChunk; end++ {
		if out[end].err != nil {
			continue
		}
		k := key{recs[end].Kind(), recs[end].Base().ExternalID}
		if seen[k] {
			break
		}
		seen[k] = true
	}
	return end
}

// pendingSave is a record of a chunk that passed its checks.
type pendingSave struct {
	i      int // in the chunk
	rec    model.ProgrammeRecord
	expect int64
}

// saveChunk checks the records of a chunk not yet refused, with a few
// lookups for all of them, and writes those that pass in one transaction.
func (a *App) saveChunk(ctx context.Context, c policy.Caller, tax *model.Taxonomy, recs []model.ProgrammeRecord, out []saveOutcome, o batchOptions) error {
	var live []int
	for i := range recs {
		if out[i].err == nil {
			live = append(live, i)
		}
	}
	if len(live) == 0 {
		return nil
	}
	known, olds, err := a.lookUpChunk(ctx, recs, live)
	if err != nil {
		return err
	}
	var todo []pendingSave
	for _, i := range live {
		rec := recs[i]
		b := rec.Base()
		fillPartyCities(rec, known)
		old := olds[rec.Kind()][b.ExternalID]
		if !policy.CanWriteProgramme(c, rec.Cities(), rec.Organizations()) ||
			old != nil && !policy.CanWriteProgramme(c, old.Cities(), old.Organizations()) {
			out[i].err = forbidden(c, "write this programme record")
			continue
		}
		if old != nil {
			keepConsent(c, old, rec)
		}
		if err := checkProgramme(tax, old, rec, known); err != nil {
			out[i].err = err
			continue
		}
		expect := b.Version
		if old != nil {
			// Kept after the checks: they were checked when they were
			// written, and the caller cannot be told about people they may
			// not see.
			keepHiddenParticipants(c, old, rec, known)
			if expect == 0 {
				expect = old.Base().Version // catch a write between our read and ours
			}
		}
		todo = append(todo, pendingSave{i: i, rec: rec, expect: expect})
	}
	return a.writeChunk(ctx, todo, out, o)
}

// lookUpChunk reads what the checks of the live records need: which of
// the organisations and experts they name exist (one query each), their
// stored versions (one query per kind) and the participants of those.
func (a *App) lookUpChunk(ctx context.Context, recs []model.ProgrammeRecord, live []int) (*refs, map[string]map[string]model.ProgrammeRecord, error) {
	var orgIDs, expertIDs []string
	byKind := map[string][]string{}
	for _, i := range live {
		rec := recs[i]
		for _, r := range orgRefs(rec) {
			orgIDs = append(orgIDs, r.id)
		}
		for _, p := range rec.Base().Participants {
			expertIDs = append(expertIDs, p.ExpertID)
		}
		byKind[rec.Kind()] = append(byKind[rec.Kind()], rec.Base().ExternalID)
	}
	known := &refs{}
	var err error
	if known.orgs, err = a.db.OrganizationCities(ctx, distinct(orgIDs)); err != nil {
		return nil, nil, err
	}
	if known.experts, err = a.db.ExpertsExist(ctx, distinct(expertIDs)); err != nil {
		return nil, nil, err
	}
	olds := map[string]map[string]model.ProgrammeRecord{}
	var oldExperts []string
	for _, kind := range model.ProgrammeKinds {
		if len(byKind[kind]) == 0 {
			continue
		}
		if olds[kind], err = a.db.ProgrammeByExternalIDs(ctx, kind, byKind[kind]); err != nil {
			return nil, nil, err
		}
		for _, old := range olds[kind] {
			for _, p := range old.Base().Participants {
				oldExperts = append(oldExperts, p.ExpertID)
			}
		}
	}
	if known.oldExperts, err = a.db.ExpertsByExternalIDs(ctx, distinct(oldExperts)); err != nil {
		return nil, nil, err
	}
	return known, olds, nil
}

// errRetryChunk rolls back a chunk's transaction when one of its records
// is refused by the store (a concurrent write), to write the others again
// without it.
var errRetryChunk = errors.New("retry the chunk without a refused record")

// writeChunk writes the checked records of a chunk in one transaction:
// each logs its change, and the audit log gets one entry for the chunk
// (or one per record with auditEach).
func (a *App) writeChunk(ctx context.Context, todo []pendingSave, out []saveOutcome, o batchOptions) error {
	for len(todo) > 0 {
		refused := -1
		var refusal error
		err := a.db.InTx(ctx, func(tx *store.Tx) error {
			written := map[string][]string{}
			created, updated := 0, 0
			for n, p := range todo {
				res, err := tx.SaveProgramme(ctx, p.rec, p.expect)
				if errors.Is(err, model.ErrConflict) || errors.Is(err, model.ErrNotFound) {
					refused, refusal = n, err
					return errRetryChunk
				}
				if err != nil {
					return err
				}
				out[p.i].res = res
				if res == store.Unchanged {
					continue
				}
				b := p.rec.Base()
				if o.auditEach {
					action := ActProgrammeUpdate
					if res == store.Created {
						action = ActProgrammeCreate
					}
					detail := map[string]any{"kind": p.rec.Kind(), "id": b.ExternalID, "version": b.Version}
					if err := auditTx(ctx, tx, action, ObjProgramme, b.ID, detail); err != nil {
						return err
					}
					continue
				}
				written[p.rec.Kind()] = append(written[p.rec.Kind()], b.ExternalID)
				if res == store.Created {
					created++
				} else {
					updated++
				}
			}
			if created+updated > 0 {
				detail := map[string]any{"created": created, "updated": updated, "ids": written}
				if err := auditTx(ctx, tx, ActProgrammeBatch, ObjProgramme, 0, detail); err != nil {
					return err
				}
			}
			if o.dryRun {
				return errDryRun
			}
			return nil
		})
		switch {
		case errors.Is(err, errRetryChunk):
			out[todo[refused].i].err = refusal
			todo = slices.Delete(todo, refused, refused+1)
			continue
		case err != nil && !(o.dryRun && errors.Is(err, errDryRun)):
			return err
		}
		for _, p := range todo {
			out[p.i].done = true
		}
		return nil
	}
	return nil
}

// distinct returns the non-empty strings of list, each once.
func distinct(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
