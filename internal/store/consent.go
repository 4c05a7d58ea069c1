package store

import (
	"context"
	"encoding/json"
	"fmt"

	"talentbridge/internal/model"
)

// AppendConsent records a consent as it was set for an expert.
func (tx *Tx) AppendConsent(ctx context.Context, expertID int64, r *model.ConsentRecord) error {
	r.At = now()
	err := tx.exec(ctx, `INSERT INTO consent_history (expert_id, at, actor_user_id, actor_role, public, partner_city, contact)
VALUES (?, ?, ?, ?, ?, ?, ?)`, expertID, r.At, r.Actor.UserID, r.Actor.Role, r.Consent.Public, r.Consent.PartnerCity, r.Consent.Contact)
	return classify("append consent", err)
}

// ConsentHistory returns an expert's consents, oldest first.
func (db *DB) ConsentHistory(ctx context.Context, expertID int64) ([]model.ConsentRecord, error) {
	rows, err := db.r.QueryContext(ctx, rebind(db.dialect, `SELECT at, actor_user_id, actor_role, public, partner_city, contact
FROM consent_history WHERE expert_id = ? ORDER BY id`), expertID)
	if err != nil {
		return nil, classify("consent history", err)
	}
	defer rows.Close()
	var out []model.ConsentRecord
	for rows.Next() {
		var r model.ConsentRecord
		if err := rows.Scan(&r.At, &r.Actor.UserID, &r.Actor.Role, &r.Consent.Public, &r.Consent.PartnerCity, &r.Consent.Contact); err != nil {
			return nil, classify("consent history", err)
		}
		r.At = r.At.UTC()
		out = append(out, r)
	}
	return out, classify("consent history", rows.Err())
}

// ExpertConsent reads the consent recorded in an expert's stored doc
// within the transaction (nil when the doc records none), so that a writer
// can tell whether it changes it.
func (tx *Tx) ExpertConsent(ctx context.Context, id int64) (*model.Consent, error) {
	var doc string
	if err := tx.queryRow(ctx, "SELECT doc FROM experts WHERE id = ?", id).Scan(&doc); err != nil {
		return nil, classify("expert consent", err)
	}
	var e struct {
		Consent *model.Consent `json:"consent"`
	}
	if err := json.Unmarshal([]byte(doc), &e); err != nil {
		return nil, fmt.Errorf("store: expert %d consent: %w", id, err)
	}
	return e.Consent, nil
}
