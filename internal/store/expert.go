package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"talentbridge/internal/model"
)

// storedExpert is what the writers need to know about an expert's row.
type storedExpert struct {
	id, version          int64
	externalID, doc      string
	createdAt, updatedAt time.Time
	orgXID               string // external id of the linked organisation, "" if none
}

// sameAs reports whether writing doc with organisation link orgXID would
// change nothing. The link is checked as well as the doc because the
// organisation may have been deleted or renamed since the doc was written.
func (s *storedExpert) sameAs(doc []byte, orgXID string) bool {
	return s.doc == string(doc) && s.orgXID == orgXID
}

func (s *storedExpert) fill(e *model.Expert) {
	e.ID, e.Version, e.CreatedAt, e.UpdatedAt = s.id, s.version, s.createdAt, s.updatedAt
}

const selectStoredExpert = `SELECT e.id, e.version, e.external_id, e.doc, e.created_at, e.updated_at, o.external_id
FROM experts e LEFT JOIN organizations o ON o.id = e.org_id `

// storedExpertBy loads the row matching where ("e.id = ?" or
// "e.external_id = ?"); it returns nil, nil when there is none.
func (tx *Tx) storedExpertBy(ctx context.Context, where string, arg any) (*storedExpert, error) {
	var s storedExpert
	var orgXID sql.NullString
	err := tx.queryRow(ctx, selectStoredExpert+"WHERE "+where, arg).
		Scan(&s.id, &s.version, &s.externalID, &s.doc, &s.createdAt, &s.updatedAt, &orgXID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, classify("load expert", err)
	}
	s.createdAt, s.updatedAt, s.orgXID = s.createdAt.UTC(), s.updatedAt.UTC(), orgXID.String
	return &s, nil
}

// orgRowID resolves an organisation's external id to its row id; "" is no
// organisation.
func (tx *Tx) orgRowID(ctx context.Context, xid string) (sql.NullInt64, error) {
	if xid == "" {
		return sql.NullInt64{}, nil
	}
	if id, ok := tx.orgIDs[xid]; ok {
		return sql.NullInt64{Int64: id, Valid: true}, nil
	}
	var id int64
	err := tx.queryRow(ctx, "SELECT id FROM organizations WHERE external_id = ?", xid).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return sql.NullInt64{}, model.Invalid("organization_id", model.CodeUnknownValue)
	}
	if err != nil {
		return sql.NullInt64{}, classify("resolve organization", err)
	}
	if tx.orgIDs == nil {
		tx.orgIDs = map[string]int64{}
	}
	tx.orgIDs[xid] = id
	return sql.NullInt64{Int64: id, Valid: true}, nil
}

// UpsertExpert writes e keyed by its external id: a new expert is created,
// an existing one updated (version+1) unless its canonical JSON is identical,
// in which case nothing is written. Either way e.ID, e.Version, e.CreatedAt
// and e.UpdatedAt are set from the row. e.OrgID must name a stored
// organisation.
func (tx *Tx) UpsertExpert(ctx context.Context, e *model.Expert) (UpsertResult, error) {
	doc, err := CanonicalJSON(e)
	if err != nil {
		return 0, err
	}
	return tx.UpsertExpertDoc(ctx, e, doc)
}

// UpsertExpertDoc is UpsertExpert with the canonical JSON of e, doc, already
// encoded by the caller: an import encodes on its reading goroutine, so that
// the one writer does only the writing. doc must be CanonicalJSON(e).
func (tx *Tx) UpsertExpertDoc(ctx context.Context, e *model.Expert, doc []byte) (UpsertResult, error) {
	old, err := tx.storedExpertBy(ctx, "e.external_id = ?", e.ExternalID)
	if err != nil {
		return 0, err
	}
	if old != nil && old.sameAs(doc, e.OrgID) {
		old.fill(e)
		return Unchanged, nil
	}
	orgID, err := tx.orgRowID(ctx, e.OrgID)
	if err != nil {
		return 0, err
	}
	if old == nil {
		return Created, tx.insertExpert(ctx, e, doc, orgID)
	}
	return Updated, tx.updateExpert(ctx, old, e, doc, orgID)
}

// CreateExpert inserts a new expert; model.ErrConflict if its external id
// is taken.
func (tx *Tx) CreateExpert(ctx context.Context, e *model.Expert) error {
	doc, err := CanonicalJSON(e)
	if err != nil {
		return err
	}
	orgID, err := tx.orgRowID(ctx, e.OrgID)
	if err != nil {
		return err
	}
	return tx.insertExpert(ctx, e, doc, orgID)
}

// UpdateExpert replaces the expert with id e.ID. With expectVersion > 0 the
// stored version must equal it (optimistic locking), else model.ErrConflict.
// Writing an identical record changes nothing, not even the version.
func (tx *Tx) UpdateExpert(ctx context.Context, e *model.Expert, expectVersion int64) error {
	doc, err := CanonicalJSON(e)
	if err != nil {
		return err
	}
	old, err := tx.storedExpertBy(ctx, "e.id = ?", e.ID)
	if err != nil {
		return err
	}
	if old == nil {
		return fmt.Errorf("store: expert %d: %w", e.ID, model.ErrNotFound)
	}
	if expectVersion > 0 && expectVersion != old.version {
		return fmt.Errorf("store: expert %d is at version %d, not %d: %w", e.ID, old.version, expectVersion, model.ErrConflict)
	}
	if old.sameAs(doc, e.OrgID) {
		old.fill(e)
		return nil
	}
	if e.ExternalID != old.externalID {
		// Checked up front because on PostgreSQL the unique violation would
		// abort the caller's transaction.
		taken, err := tx.storedExpertBy(ctx, "e.external_id = ?", e.ExternalID)
		if err != nil {
			return err
		}
		if taken != nil {
			return fmt.Errorf("store: expert external id %q: %w", e.ExternalID, model.ErrConflict)
		}
	}
	orgID, err := tx.orgRowID(ctx, e.OrgID)
	if err != nil {
		return err
	}
	return tx.updateExpert(ctx, old, e, doc, orgID)
}

// DeleteExpert removes an expert; its spheres go with it.
func (tx *Tx) DeleteExpert(ctx context.Context, id int64) error {
	n, err := tx.execRows(ctx, "DELETE FROM experts WHERE id = ?", id)
	if err != nil {
		return classify("delete expert", err)
	}
	if n == 0 {
		return fmt.Errorf("store: expert %d: %w", id, model.ErrNotFound)
	}
	return tx.logChange(ctx, EntityExpert, id, OpDelete, now())
}

// ON CONFLICT DO NOTHING turns a taken external id into "no row returned"
// rather than an error, which on PostgreSQL would abort the transaction.
// The visibility column holds the listed visibility (consent included) and
// partner_consent the consent to share with the partner city: the columns
// the list filters read.
const insertExpertSQL = `INSERT INTO experts
(external_id, doc, native_lang, city, country, org_id, orcid, email, visibility, partner_consent, version, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
ON CONFLICT (external_id) DO NOTHING RETURNING id`

func (tx *Tx) insertExpert(ctx context.Context, e *model.Expert, doc []byte, orgID sql.NullInt64) error {
	at := now()
	var id int64
	err := tx.queryRow(ctx, insertExpertSQL, e.ExternalID, string(doc), e.NativeLang, e.City, e.Country,
		orgID, e.ORCID, strings.ToLower(e.Email), e.ListedVisibility(), e.EffectiveConsent().PartnerCity, at, at).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: expert external id %q: %w", e.ExternalID, model.ErrConflict)
	}
	if err != nil {
		return classify("insert expert", err)
	}
	if err := tx.insertSpheres(ctx, id, e.Spheres); err != nil {
		return err
	}
	if err := tx.logChange(ctx, EntityExpert, id, OpUpsert, at); err != nil {
		return err
	}
	e.ID, e.Version, e.CreatedAt, e.UpdatedAt = id, 1, at, at
	return nil
}

// The version in the WHERE clause makes the update a compare-and-swap, so a
// concurrent writer between our read and this statement is caught.
const updateExpertSQL = `UPDATE experts SET
external_id = ?, doc = ?, native_lang = ?, city = ?, country = ?, org_id = ?, orcid = ?, email = ?, visibility = ?,
partner_consent = ?, version = version + 1, updated_at = ?
WHERE id = ? AND version = ?`

func (tx *Tx) updateExpert(ctx context.Context, old *storedExpert, e *model.Expert, doc []byte, orgID sql.NullInt64) error {
	at := now()
	n, err := tx.execRows(ctx, updateExpertSQL, e.ExternalID, string(doc), e.NativeLang, e.City, e.Country,
		orgID, e.ORCID, strings.ToLower(e.Email), e.ListedVisibility(), e.EffectiveConsent().PartnerCity, at, old.id, old.version)
	if err != nil {
		return classify("update expert", err)
	}
	if n == 0 {
		return fmt.Errorf("store: expert %d changed concurrently: %w", old.id, model.ErrConflict)
	}
	if err := tx.exec(ctx, "DELETE FROM expert_spheres WHERE expert_id = ?", old.id); err != nil {
		return classify("clear spheres", err)
	}
	if err := tx.insertSpheres(ctx, old.id, e.Spheres); err != nil {
		return err
	}
	if err := tx.logChange(ctx, EntityExpert, old.id, OpUpsert, at); err != nil {
		return err
	}
	e.ID, e.Version, e.CreatedAt, e.UpdatedAt = old.id, old.version+1, old.createdAt, at
	return nil
}

// insertSpheres writes all of an expert's spheres in one statement.
// Duplicates are ignored rather than rejected: the list is a set.
func (tx *Tx) insertSpheres(ctx context.Context, expertID int64, spheres []string) error {
	if len(spheres) == 0 {
		return nil
	}
	var q strings.Builder
	q.WriteString("INSERT INTO expert_spheres (expert_id, sphere, top_sphere) VALUES ")
	args := make([]any, 0, 3*len(spheres))
	for i, s := range spheres {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?)")
		args = append(args, expertID, s, model.TopSphere(s))
	}
	q.WriteString(" ON CONFLICT DO NOTHING")
	return classify("insert spheres", tx.exec(ctx, q.String(), args...))
}
