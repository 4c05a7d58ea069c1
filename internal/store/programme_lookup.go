package store

import (
	"context"
	"database/sql"

	"talentbridge/internal/model"
)

// The lookups below serve the checks of programme records: a batch of
// records names its experts, organisations and stored versions in a few
// queries rather than a few per record.

// inChunks calls fn with the ids as query arguments, at most
// maxIDsPerQuery at a time.
func inChunks(xids []string, fn func(args []any) error) error {
	for start := 0; start < len(xids); start += maxIDsPerQuery {
		chunk := xids[start:min(start+maxIDsPerQuery, len(xids))]
		args := make([]any, len(chunk))
		for i, x := range chunk {
			args[i] = x
		}
		if err := fn(args); err != nil {
			return err
		}
	}
	return nil
}

// queryEach runs q and calls scan for each row.
func (db *DB) queryEach(ctx context.Context, op, q string, args []any, scan func(*sql.Rows) error) error {
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, q), args...)
	if err != nil {
		return classify(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return classify(op, err)
		}
	}
	return classify(op, rows.Err())
}

// ExpertsByExternalIDs loads the experts with the given external ids,
// keyed by them; ids that name no expert are absent.
func (db *DB) ExpertsByExternalIDs(ctx context.Context, xids []string) (map[string]*model.Expert, error) {
	out := make(map[string]*model.Expert, len(xids))
	err := inChunks(xids, func(args []any) error {
		found, err := db.queryExperts(ctx, "get experts", selectExpert+" WHERE e.external_id IN ("+placeholders(len(args))+")", args...)
		for _, e := range found {
			out[e.ExternalID] = e
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ExpertsExist reports which of the external ids name a stored expert,
// without loading them.
func (db *DB) ExpertsExist(ctx context.Context, xids []string) (map[string]bool, error) {
	out := make(map[string]bool, len(xids))
	err := inChunks(xids, func(args []any) error {
		return db.queryEach(ctx, "experts exist", "SELECT external_id FROM experts WHERE external_id IN ("+placeholders(len(args))+")", args,
			func(rows *sql.Rows) error {
				var x string
				err := rows.Scan(&x)
				out[x] = true
				return err
			})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// OrganizationsExist reports which of the external ids name a stored
// organisation.
func (db *DB) OrganizationsExist(ctx context.Context, xids []string) (map[string]bool, error) {
	cities, err := db.OrganizationCities(ctx, xids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(cities))
	for x := range cities {
		out[x] = true
	}
	return out, nil
}

// OrganizationCities returns the city of each stored organisation among
// the external ids ("" for one without a city); ids that name no
// organisation are absent.
func (db *DB) OrganizationCities(ctx context.Context, xids []string) (map[string]string, error) {
	out := make(map[string]string, len(xids))
	err := inChunks(xids, func(args []any) error {
		return db.queryEach(ctx, "organization cities",
			"SELECT external_id, city FROM organizations WHERE external_id IN ("+placeholders(len(args))+")", args,
			func(rows *sql.Rows) error {
				var x, city string
				err := rows.Scan(&x, &city)
				out[x] = city
				return err
			})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ProgrammeByExternalIDs loads the records of a kind with the given
// external ids, keyed by them; ids that name no record are absent.
func (db *DB) ProgrammeByExternalIDs(ctx context.Context, kind string, xids []string) (map[string]model.ProgrammeRecord, error) {
	out := make(map[string]model.ProgrammeRecord, len(xids))
	err := inChunks(xids, func(args []any) error {
		found, err := db.queryProgramme(ctx, "get programme records",
			selectProgramme+" WHERE p.kind = ? AND p.external_id IN ("+placeholders(len(args))+")", append([]any{kind}, args...)...)
		for _, r := range found {
			out[r.Base().ExternalID] = r
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
