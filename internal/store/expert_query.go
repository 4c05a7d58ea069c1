package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"talentbridge/internal/model"
)

// ExpertFilter narrows a listing. Empty fields do not filter.
type ExpertFilter struct {
	City   string
	Sphere string // a top-level slug also matches its sub-spheres
	OrgID  string // the organisation's external id
	// Visibilities lists the profile visibilities to include.
	Visibilities []string
	// Reach adds, to a filter by Visibilities, profiles that a scoped
	// caller looks after (see ExpertReach).
	Reach ExpertReach
}

// where returns the SQL conditions (joined with AND, starting with AND) and
// their arguments.
func (f ExpertFilter) where() (string, []any) {
	var b strings.Builder
	var args []any
	if f.City != "" {
		b.WriteString(" AND e.city = ?")
		args = append(args, f.City)
	}
	if len(f.Visibilities) > 0 {
		b.WriteString(" AND (e.visibility IN (" + placeholders(len(f.Visibilities)) + ")")
		for _, v := range f.Visibilities {
			args = append(args, v)
		}
		args = f.Reach.where(&b, args)
		b.WriteString(")")
	}
	if f.OrgID != "" {
		b.WriteString(" AND e.org_id = (SELECT id FROM organizations WHERE external_id = ?)")
		args = append(args, f.OrgID)
	}
	if top := model.TopSphere(f.Sphere); top == f.Sphere && top != "" {
		b.WriteString(" AND EXISTS (SELECT 1 FROM expert_spheres s WHERE s.expert_id = e.id AND s.top_sphere = ?)")
		args = append(args, top)
	} else if f.Sphere != "" {
		b.WriteString(" AND EXISTS (SELECT 1 FROM expert_spheres s WHERE s.expert_id = e.id AND s.top_sphere = ? AND s.sphere = ?)")
		args = append(args, top, f.Sphere)
	}
	return b.String(), args
}

// selectExpert reads the columns scanExpert expects.
const selectExpert = `SELECT e.id, e.version, e.doc, e.created_at, e.updated_at, o.external_id
FROM experts e LEFT JOIN organizations o ON o.id = e.org_id`

// scanExpert decodes one row of selectExpert. The organisation link is taken
// from the join, not the doc: the organisation may have been deleted or
// renamed since the doc was written.
func scanExpert(sc interface{ Scan(...any) error }) (*model.Expert, error) {
	var e model.Expert
	var doc []byte
	var orgXID sql.NullString
	var id, version int64
	if err := sc.Scan(&id, &version, &doc, &e.CreatedAt, &e.UpdatedAt, &orgXID); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(doc, &e); err != nil {
		return nil, fmt.Errorf("expert %d: stored doc: %w", id, err)
	}
	e.ID, e.Version, e.OrgID = id, version, orgXID.String
	e.CreatedAt, e.UpdatedAt = e.CreatedAt.UTC(), e.UpdatedAt.UTC()
	return &e, nil
}

func (db *DB) queryExperts(ctx context.Context, op, q string, args ...any) ([]*model.Expert, error) {
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return nil, classify(op, err)
	}
	defer rows.Close()
	var out []*model.Expert
	for rows.Next() {
		e, err := scanExpert(rows)
		if err != nil {
			return nil, classify(op, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(op, err)
	}
	return out, nil
}

func (db *DB) getExpert(ctx context.Context, where string, arg any) (*model.Expert, error) {
	e, err := scanExpert(db.r.QueryRowContext(ctx, rebind(db.dialect, selectExpert+" WHERE "+where), arg))
	if err != nil {
		return nil, classify(fmt.Sprintf("expert %v", arg), err)
	}
	return e, nil
}

// GetExpert returns the expert with the row id; model.ErrNotFound if none.
func (db *DB) GetExpert(ctx context.Context, id int64) (*model.Expert, error) {
	return db.getExpert(ctx, "e.id = ?", id)
}

// GetExpertByExternalID returns the expert with the external id.
func (db *DB) GetExpertByExternalID(ctx context.Context, xid string) (*model.Expert, error) {
	return db.getExpert(ctx, "e.external_id = ?", xid)
}

// maxIDsPerQuery keeps an IN list well below both databases' limits on
// bound parameters.
const maxIDsPerQuery = 5000

// ExpertVersions returns the version of each of the experts with these row
// ids that exist: a cheap check that something derived from an expert (a
// parsed name, say) is still current, without reading the record.
func (db *DB) ExpertVersions(ctx context.Context, ids []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(ids))
	for start := 0; start < len(ids); start += maxIDsPerQuery {
		chunk := ids[start:min(start+maxIDsPerQuery, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := db.r.QueryContext(ctx, rebind(db.dialect,
			"SELECT id, version FROM experts WHERE id IN ("+placeholders(len(chunk))+")"), args...)
		if err != nil {
			return nil, classify("expert versions", err)
		}
		for rows.Next() {
			var id, v int64
			if err := rows.Scan(&id, &v); err != nil {
				rows.Close()
				return nil, classify("expert versions", err)
			}
			out[id] = v
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, classify("expert versions", err)
		}
	}
	return out, nil
}

// GetExperts loads the experts with the given ids in the given order,
// skipping ids that do not exist: the shape a search hit list needs.
func (db *DB) GetExperts(ctx context.Context, ids []int64) ([]*model.Expert, error) {
	byID := make(map[int64]*model.Expert, len(ids))
	for start := 0; start < len(ids); start += maxIDsPerQuery {
		chunk := ids[start:min(start+maxIDsPerQuery, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		found, err := db.queryExperts(ctx, "get experts",
			selectExpert+" WHERE e.id IN ("+placeholders(len(chunk))+")", args...)
		if err != nil {
			return nil, err
		}
		for _, e := range found {
			byID[e.ID] = e
		}
	}
	out := make([]*model.Expert, 0, len(byID))
	for _, id := range ids {
		if e, ok := byID[id]; ok {
			out = append(out, e)
		}
	}
	return out, nil
}

// ListExperts returns up to limit experts matching f with id > afterID, by
// id. Pass the last id of one page as afterID of the next: unlike OFFSET,
// the pages stay stable while experts are added or removed.
func (db *DB) ListExperts(ctx context.Context, f ExpertFilter, afterID int64, limit int) ([]*model.Expert, error) {
	if limit <= 0 {
		return nil, model.Invalid("limit", model.CodeOutOfRange)
	}
	cond, args := f.where()
	args = append([]any{afterID}, args...)
	args = append(args, limit)
	return db.queryExperts(ctx, "list experts",
		selectExpert+" WHERE e.id > ?"+cond+" ORDER BY e.id LIMIT ?", args...)
}

// CountExperts counts the experts matching f.
func (db *DB) CountExperts(ctx context.Context, f ExpertFilter) (int, error) {
	cond, args := f.where()
	var n int
	err := db.r.QueryRowContext(ctx, rebind(db.dialect, "SELECT COUNT(*) FROM experts e WHERE 1 = 1"+cond), args...).Scan(&n)
	return n, classify("count experts", err)
}

// eachBatch is how many records EachExpert and EachOrganization hold at once.
const eachBatch = 500

// EachExpert calls fn for every expert in id order, stopping at fn's first
// error. It reads in batches, holding no connection while fn runs, so fn may
// use the store and memory stays bounded. Experts written meanwhile may or
// may not be seen.
func (db *DB) EachExpert(ctx context.Context, fn func(*model.Expert) error) error {
	var after int64
	for {
		batch, err := db.ListExperts(ctx, ExpertFilter{}, after, eachBatch)
		if err != nil {
			return err
		}
		for _, e := range batch {
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(batch) < eachBatch {
			return nil
		}
		after = batch[len(batch)-1].ID
	}
}

// CountExpertsBySphereCity counts experts per top-level sphere and city,
// among the profiles of the given visibilities (all when none are given). An
// expert with several sub-spheres of one sphere counts once for it.
func (db *DB) CountExpertsBySphereCity(ctx context.Context, visibilities []string) (map[string]map[string]int, error) {
	q := `SELECT s.top_sphere, e.city, COUNT(DISTINCT e.id)
FROM expert_spheres s JOIN experts e ON e.id = s.expert_id`
	args := make([]any, 0, len(visibilities))
	if len(visibilities) > 0 {
		q += " WHERE e.visibility IN (" + placeholders(len(visibilities)) + ")"
		for _, v := range visibilities {
			args = append(args, v)
		}
	}
	q += " GROUP BY s.top_sphere, e.city"
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return nil, classify("count by sphere", err)
	}
	defer rows.Close()
	out := map[string]map[string]int{}
	for rows.Next() {
		var sphere, city string
		var n int
		if err := rows.Scan(&sphere, &city, &n); err != nil {
			return nil, classify("count by sphere", err)
		}
		if out[sphere] == nil {
			out[sphere] = map[string]int{}
		}
		out[sphere][city] = n
	}
	return out, classify("count by sphere", rows.Err())
}
