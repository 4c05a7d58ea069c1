package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// ProgrammeFilter narrows a list of programme records. Empty fields do not
// filter.
type ProgrammeFilter struct {
	Kind   string
	Status string
	Sphere string // a top-level slug also matches its sub-spheres
	City   string
	OrgID  string // an organisation's external id
	// ExpertID is a participant's external id, in any role.
	ExpertID string
	// From and Until (dates, YYYY-MM-DD, inclusive) select the records whose
	// span overlaps the window; an open end overlaps everything after (or
	// before) it, and a record without any date is left out.
	From, Until string
	// Query is matched as a substring of the titles and descriptions, in
	// any case.
	Query string
}

// where returns the SQL conditions (each starting with AND) and their
// arguments.
func (f ProgrammeFilter) where() (string, []any) {
	var b strings.Builder
	var args []any
	add := func(cond string, a ...any) {
		b.WriteString(" AND " + cond)
		args = append(args, a...)
	}
	if f.Kind != "" {
		add("p.kind = ?", f.Kind)
	}
	if f.Status != "" {
		add("p.status = ?", f.Status)
	}
	if top := model.TopSphere(f.Sphere); top == f.Sphere && top != "" {
		add("EXISTS (SELECT 1 FROM programme_spheres s WHERE s.programme_id = p.id AND s.top_sphere = ?)", top)
	} else if f.Sphere != "" {
		add("EXISTS (SELECT 1 FROM programme_spheres s WHERE s.programme_id = p.id AND s.top_sphere = ? AND s.sphere = ?)", top, f.Sphere)
	}
	if f.City != "" {
		add("EXISTS (SELECT 1 FROM programme_cities c WHERE c.programme_id = p.id AND c.city = ?)", f.City)
	}
	if f.OrgID != "" {
		add("EXISTS (SELECT 1 FROM programme_orgs o WHERE o.programme_id = p.id AND o.org_xid = ?)", f.OrgID)
	}
	if f.ExpertID != "" {
		add("EXISTS (SELECT 1 FROM programme_experts x WHERE x.programme_id = p.id AND x.expert_xid = ?)", f.ExpertID)
	}
	if f.From != "" || f.Until != "" {
		add("(p.start_date <> '' OR p.end_date <> '')")
	}
	if f.From != "" {
		add("(p.end_date = '' OR p.end_date >= ?)", f.From)
	}
	if f.Until != "" {
		add("(p.start_date = '' OR p.start_date <= ?)", f.Until)
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		add(`p.search_text LIKE ? ESCAPE '\'`, "%"+escapeLike(strings.ToLower(q))+"%")
	}
	return b.String(), args
}

// escapeLike makes the wildcards of LIKE match themselves.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// selectProgramme reads the columns scanProgramme expects.
const selectProgramme = "SELECT p.id, p.kind, p.version, p.doc, p.created_at, p.updated_at FROM programme p"

func scanProgramme(sc interface{ Scan(...any) error }) (model.ProgrammeRecord, error) {
	var id, version int64
	var kind string
	var doc []byte
	var created, updated time.Time
	if err := sc.Scan(&id, &kind, &version, &doc, &created, &updated); err != nil {
		return nil, err
	}
	rec := model.NewProgrammeRecord(kind)
	if rec == nil {
		return nil, fmt.Errorf("programme record %d: unknown kind %q", id, kind)
	}
	if err := json.Unmarshal(doc, rec); err != nil {
		return nil, fmt.Errorf("programme record %d: stored doc: %w", id, err)
	}
	b := rec.Base()
	b.ID, b.Version, b.CreatedAt, b.UpdatedAt = id, version, created.UTC(), updated.UTC()
	return rec, nil
}

func (db *DB) queryProgramme(ctx context.Context, op, q string, args ...any) ([]model.ProgrammeRecord, error) {
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return nil, classify(op, err)
	}
	defer rows.Close()
	var out []model.ProgrammeRecord
	for rows.Next() {
		rec, err := scanProgramme(rows)
		if err != nil {
			return nil, classify(op, err)
		}
		out = append(out, rec)
	}
	return out, classify(op, rows.Err())
}

// GetProgramme returns the record of a kind with the external id;
// model.ErrNotFound if none.
func (db *DB) GetProgramme(ctx context.Context, kind, xid string) (model.ProgrammeRecord, error) {
	rec, err := scanProgramme(db.r.QueryRowContext(ctx,
		rebind(db.dialect, selectProgramme+" WHERE p.kind = ? AND p.external_id = ?"), kind, xid))
	if err != nil {
		return nil, classify(fmt.Sprintf("%s %q", kind, xid), err)
	}
	return rec, nil
}

// GetProgrammeByID returns the record with the row id, as named by the
// change log.
func (db *DB) GetProgrammeByID(ctx context.Context, id int64) (model.ProgrammeRecord, error) {
	rec, err := scanProgramme(db.r.QueryRowContext(ctx, rebind(db.dialect, selectProgramme+" WHERE p.id = ?"), id))
	if err != nil {
		return nil, classify(fmt.Sprintf("programme record %d", id), err)
	}
	return rec, nil
}

// ListProgramme returns up to limit records matching f with id > afterID,
// by id: pass the last id of one page as afterID of the next.
func (db *DB) ListProgramme(ctx context.Context, f ProgrammeFilter, afterID int64, limit int) ([]model.ProgrammeRecord, error) {
	if limit <= 0 {
		return nil, model.Invalid("limit", model.CodeOutOfRange)
	}
	cond, args := f.where()
	args = append([]any{afterID}, args...)
	args = append(args, limit)
	return db.queryProgramme(ctx, "list programme", selectProgramme+" WHERE p.id > ?"+cond+" ORDER BY p.id LIMIT ?", args...)
}

// CountProgramme counts the records matching f.
func (db *DB) CountProgramme(ctx context.Context, f ProgrammeFilter) (int, error) {
	cond, args := f.where()
	var n int
	err := db.r.QueryRowContext(ctx, rebind(db.dialect, "SELECT COUNT(*) FROM programme p WHERE 1 = 1"+cond), args...).Scan(&n)
	return n, classify("count programme", err)
}

// EachProgramme calls fn for every record matching f in id order, reading
// in batches so that fn may use the store, and stops at fn's first error.
func (db *DB) EachProgramme(ctx context.Context, f ProgrammeFilter, fn func(model.ProgrammeRecord) error) error {
	var after int64
	for {
		batch, err := db.ListProgramme(ctx, f, after, eachBatch)
		if err != nil {
			return err
		}
		for _, rec := range batch {
			if err := fn(rec); err != nil {
				return err
			}
		}
		if len(batch) < eachBatch {
			return nil
		}
		after = batch[len(batch)-1].Base().ID
	}
}

// AgreementsEnding returns the agreements in force whose term ends on or
// before until (YYYY-MM-DD), soonest first. Those already past their end
// but still marked in force come first: they need attention most.
func (db *DB) AgreementsEnding(ctx context.Context, until string) ([]*model.Agreement, error) {
	recs, err := db.queryProgramme(ctx, "agreements ending", selectProgramme+
		" WHERE p.kind = ? AND p.status = ? AND p.end_date <> '' AND p.end_date <= ? ORDER BY p.end_date, p.id",
		model.KindAgreement, "in-force", until)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Agreement, 0, len(recs))
	for _, r := range recs {
		out = append(out, r.(*model.Agreement))
	}
	return out, nil
}

// LatestProgramme returns up to n records of a kind, the latest first by
// their start date (then by id): the home page's recent events.
func (db *DB) LatestProgramme(ctx context.Context, kind string, n int) ([]model.ProgrammeRecord, error) {
	return db.queryProgramme(ctx, "latest programme",
		selectProgramme+" WHERE p.kind = ? ORDER BY p.start_date DESC, p.id DESC LIMIT ?", kind, n)
}
