package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// EntityProgramme names programme records (exchanges, events, projects,
// agreements, practices) in the change log.
const EntityProgramme = "programme"

// programmeRow is what the writer needs to know about a stored record.
type programmeRow struct {
	id, version          int64
	doc                  string
	createdAt, updatedAt time.Time
}

// programmeColumns are the copies of a record's fields that the filters
// read, derived in one place so that inserts and updates agree.
type programmeColumns struct {
	start, end string
	year       int
	text       string
}

func columnsOf(rec model.ProgrammeRecord) programmeColumns {
	s, e := rec.Span()
	c := programmeColumns{start: spanDate(s), end: spanDate(e)}
	if p, ok := rec.(*model.Practice); ok && p.Year != 0 {
		// A practice has a year rather than a period; treating it as that
		// year lets the window filter and the reports by year include it.
		c.start, c.end = fmt.Sprintf("%04d-01-01", p.Year), fmt.Sprintf("%04d-12-31", p.Year)
	}
	if len(c.start) >= 4 {
		fmt.Sscanf(c.start[:4], "%d", &c.year)
	}
	c.text = searchText(rec)
	return c
}

// spanDate reduces a date or an RFC 3339 time to its date, as written (an
// event's local date at its venue); anything else is no date.
func spanDate(s string) string {
	if len(s) >= 10 && model.ValidDate(s[:10]) {
		return s[:10]
	}
	return ""
}

// searchText is what a plain substring search looks in: the external id,
// titles and descriptions in every language, lower-cased.
func searchText(rec model.ProgrammeRecord) string {
	b := rec.Base()
	parts := []string{b.ExternalID}
	for _, t := range []model.Text{b.Title, b.Description} {
		langs := make([]string, 0, len(t))
		for l := range t {
			langs = append(langs, l)
		}
		slices.Sort(langs)
		for _, l := range langs {
			parts = append(parts, t[l])
		}
	}
	return strings.ToLower(strings.Join(parts, "\n"))
}

// storedProgramme loads the row of (kind, external id) in the transaction;
// nil, nil when there is none.
func (tx *Tx) storedProgramme(ctx context.Context, kind, xid string) (*programmeRow, error) {
	var r programmeRow
	err := tx.queryRow(ctx, "SELECT id, version, doc, created_at, updated_at FROM programme WHERE kind = ? AND external_id = ?", kind, xid).
		Scan(&r.id, &r.version, &r.doc, &r.createdAt, &r.updatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, classify("load programme record", err)
	}
	r.createdAt, r.updatedAt = r.createdAt.UTC(), r.updatedAt.UTC()
	return &r, nil
}

// GetProgramme reads a record inside the transaction, so that a use case
// can check a change against what is stored (model.ErrNotFound if none).
func (tx *Tx) GetProgramme(ctx context.Context, kind, xid string) (model.ProgrammeRecord, error) {
	rec, err := scanProgramme(tx.queryRow(ctx, selectProgramme+" WHERE p.kind = ? AND p.external_id = ?", kind, xid))
	if err != nil {
		return nil, classify(fmt.Sprintf("%s %q", kind, xid), err)
	}
	return rec, nil
}

// SaveProgramme writes rec keyed by its kind and external id: a new record
// is created, an existing one updated (version+1) unless its canonical JSON
// is identical, in which case nothing is written. expectVersion, when not
// zero, must equal the stored version (model.ErrConflict otherwise; an
// expected version of a record that does not exist is model.ErrNotFound).
// The base's ID, Version, CreatedAt and UpdatedAt are set from the row.
func (tx *Tx) SaveProgramme(ctx context.Context, rec model.ProgrammeRecord, expectVersion int64) (UpsertResult, error) {
	b := rec.Base()
	doc, err := CanonicalJSON(rec)
	if err != nil {
		return 0, err
	}
	old, err := tx.storedProgramme(ctx, rec.Kind(), b.ExternalID)
	if err != nil {
		return 0, err
	}
	if old == nil {
		if expectVersion > 0 {
			return 0, fmt.Errorf("store: %s %q: %w", rec.Kind(), b.ExternalID, model.ErrNotFound)
		}
		return Created, tx.insertProgramme(ctx, rec, doc)
	}
	if expectVersion > 0 && expectVersion != old.version {
		return 0, fmt.Errorf("store: %s %q is at version %d, not %d: %w", rec.Kind(), b.ExternalID, old.version, expectVersion, model.ErrConflict)
	}
	if old.doc == string(doc) {
		b.ID, b.Version, b.CreatedAt, b.UpdatedAt = old.id, old.version, old.createdAt, old.updatedAt
		return Unchanged, nil
	}
	return Updated, tx.updateProgramme(ctx, old, rec, doc)
}

// ON CONFLICT DO NOTHING turns a taken (kind, external id) into "no row",
// which on PostgreSQL would otherwise abort the transaction.
const insertProgrammeSQL = `INSERT INTO programme
(kind, external_id, doc, status, start_date, end_date, year, search_text, version, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
ON CONFLICT (kind, external_id) DO NOTHING RETURNING id`

func (tx *Tx) insertProgramme(ctx context.Context, rec model.ProgrammeRecord, doc []byte) error {
	b, c, at := rec.Base(), columnsOf(rec), now()
	var id int64
	err := tx.queryRow(ctx, insertProgrammeSQL, rec.Kind(), b.ExternalID, string(doc), b.Status,
		c.start, c.end, c.year, c.text, at, at).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: %s id %q: %w", rec.Kind(), b.ExternalID, model.ErrConflict)
	}
	if err != nil {
		return classify("insert programme record", err)
	}
	if err := tx.insertProgrammeLinks(ctx, id, rec); err != nil {
		return err
	}
	if err := tx.logChange(ctx, EntityProgramme, id, OpUpsert, at); err != nil {
		return err
	}
	b.ID, b.Version, b.CreatedAt, b.UpdatedAt = id, 1, at, at
	return nil
}

// The version in the WHERE clause makes the update a compare-and-swap.
const updateProgrammeSQL = `UPDATE programme SET
doc = ?, status = ?, start_date = ?, end_date = ?, year = ?, search_text = ?, version = version + 1, updated_at = ?
WHERE id = ? AND version = ?`

func (tx *Tx) updateProgramme(ctx context.Context, old *programmeRow, rec model.ProgrammeRecord, doc []byte) error {
	b, c, at := rec.Base(), columnsOf(rec), now()
	n, err := tx.execRows(ctx, updateProgrammeSQL, string(doc), b.Status, c.start, c.end, c.year, c.text, at, old.id, old.version)
	if err != nil {
		return classify("update programme record", err)
	}
	if n == 0 {
		return fmt.Errorf("store: programme record %d changed concurrently: %w", old.id, model.ErrConflict)
	}
	for _, table := range []string{"programme_spheres", "programme_experts", "programme_orgs", "programme_cities"} {
		if err := tx.exec(ctx, "DELETE FROM "+table+" WHERE programme_id = ?", old.id); err != nil {
			return classify("clear "+table, err)
		}
	}
	if err := tx.insertProgrammeLinks(ctx, old.id, rec); err != nil {
		return err
	}
	if err := tx.logChange(ctx, EntityProgramme, old.id, OpUpsert, at); err != nil {
		return err
	}
	b.ID, b.Version, b.CreatedAt, b.UpdatedAt = old.id, old.version+1, old.createdAt, at
	return nil
}

// DeleteProgramme removes a record; its links go with it.
func (tx *Tx) DeleteProgramme(ctx context.Context, id int64) error {
	n, err := tx.execRows(ctx, "DELETE FROM programme WHERE id = ?", id)
	if err != nil {
		return classify("delete programme record", err)
	}
	if n == 0 {
		return fmt.Errorf("store: programme record %d: %w", id, model.ErrNotFound)
	}
	return tx.logChange(ctx, EntityProgramme, id, OpDelete, now())
}

// insertProgrammeLinks writes the record's spheres, participants,
// organisations and cities, each list in one statement. The lists are sets:
// duplicates are ignored.
func (tx *Tx) insertProgrammeLinks(ctx context.Context, id int64, rec model.ProgrammeRecord) error {
	b := rec.Base()
	var spheres, experts, orgs, cities [][]any
	for _, s := range b.Spheres {
		spheres = append(spheres, []any{id, s, model.TopSphere(s)})
	}
	for _, p := range b.Participants {
		experts = append(experts, []any{id, p.ExpertID, p.Role})
	}
	for _, o := range rec.Organizations() {
		orgs = append(orgs, []any{id, o})
	}
	for _, c := range rec.Cities() {
		cities = append(cities, []any{id, c})
	}
	links := []struct {
		table, columns string
		rows           [][]any
	}{
		{"programme_spheres", "programme_id, sphere, top_sphere", spheres},
		{"programme_experts", "programme_id, expert_xid, role", experts},
		{"programme_orgs", "programme_id, org_xid", orgs},
		{"programme_cities", "programme_id, city", cities},
	}
	for _, l := range links {
		if len(l.rows) == 0 {
			continue
		}
		var q strings.Builder
		q.WriteString("INSERT INTO " + l.table + " (" + l.columns + ") VALUES ")
		var args []any
		for i, row := range l.rows {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString("(" + placeholders(len(row)) + ")")
			args = append(args, row...)
		}
		q.WriteString(" ON CONFLICT DO NOTHING")
		if err := tx.exec(ctx, q.String(), args...); err != nil {
			return classify("insert "+l.table, err)
		}
	}
	return nil
}
