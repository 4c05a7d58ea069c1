package app

import (
	"context"
	"fmt"
	"io"
	"slices"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/tabular"
)

// vcardFields are the restrictable fields a vCard carries (see
// tabular.WriteVCard); keywords, outputs and availability stay out of it.
var vcardFields = []string{model.FieldEmail, model.FieldPhone, model.FieldORCID, model.FieldOrganization,
	model.FieldPosition, model.FieldBio, model.FieldLanguages}

// WriteVCard writes the profile as an electronic business card (vCard 4.0)
// with what the caller may see of it: e-mail and telephone only where the
// policy shows them. A card that carries more than the public sees is
// recorded in the audit log as a view of those fields, before anything is
// written. lang is the preferred language of the card's texts.
func (a *App) WriteVCard(ctx context.Context, c policy.Caller, id int64, lang string, w io.Writer) (*model.Expert, error) {
	e, err := a.db.GetExpert(ctx, id)
	if err != nil {
		return nil, err
	}
	v, ok := policy.ExpertView(c, e)
	if !ok {
		return nil, fmt.Errorf("expert %d hidden from %q: %w", id, c.Role, model.ErrNotFound)
	}
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	var fields []string
	for _, f := range policy.Disclosed(c, e) {
		if f == "profile" || slices.Contains(vcardFields, f) {
			fields = append(fields, f)
		}
	}
	if len(fields) > 0 {
		if err := a.auditAs(ctx, actorFor(c, addrOf(ctx)), ActExpertView, ObjExpert, id, map[string]any{"fields": fields, "via": "vcard"}); err != nil {
			return nil, err
		}
	}
	if err := tabular.WriteVCard(w, v, tabular.VCardOptions{Lang: lang, Taxonomy: tax}); err != nil {
		return nil, fmt.Errorf("vcard: %w", err)
	}
	return v, nil
}
