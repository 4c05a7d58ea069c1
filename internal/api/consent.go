package api

import (
	"net/http"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// consentBody is the body of PUT /api/v1/experts/{id}/consent: every flag,
// stated explicitly.
type consentBody struct {
	Public      *bool `json:"public"`
	PartnerCity *bool `json:"partner_city"`
	Contact     *bool `json:"contact"`
}

// setConsent serves PUT /api/v1/experts/{id}/consent. It takes effect at
// once, search included.
func (h *api) setConsent(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var in consentBody
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	v := &model.ValidationError{}
	for _, f := range []struct {
		name string
		val  *bool
	}{{"public", in.Public}, {"partner_city", in.PartnerCity}, {"contact", in.Contact}} {
		if f.val == nil {
			v.Errors = append(v.Errors, model.FieldError{Field: f.name, Code: model.CodeRequired})
		}
	}
	if len(v.Errors) > 0 {
		return v
	}
	e, err := h.app.SetConsent(r.Context(), c, id, model.Consent{Public: *in.Public, PartnerCity: *in.PartnerCity, Contact: *in.Contact})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, e.EffectiveConsent())
}

// consentHistory serves GET /api/v1/experts/{id}/consent: the recorded
// consents, oldest first, to the expert and the administrators.
func (h *api) consentHistory(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	list, err := h.app.ConsentHistory(r.Context(), c, id)
	if err != nil {
		return err
	}
	if list == nil {
		list = []model.ConsentRecord{}
	}
	return writeJSON(w, http.StatusOK, listBody[model.ConsentRecord]{Items: list, Total: len(list)})
}
