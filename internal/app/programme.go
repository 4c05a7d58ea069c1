package app

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// Audited actions on programme records, and their object type.
const (
	ActProgrammeCreate = "programme.create"
	ActProgrammeUpdate = "programme.update"
	ObjProgramme       = "programme"
)

// idPrefix starts the ids generated for new records of each kind.
var idPrefix = map[string]string{model.KindExchange: "ex", model.KindEvent: "ev", model.KindProject: "pj",
	model.KindAgreement: "ag", model.KindPractice: "pr"}

// SaveProgramme creates or updates a programme record, keyed by its kind
// and external id (a record without one is given a generated one). It normalizes and validates the record, checks the
// change of status against the stored record (an exchange moves proposed →
// approved → under-way → completed), checks that the experts and
// organisations it names exist, commits, logs the change and records the
// write in the audit log. A non-zero Base().Version is the version the
// update expects (model.ErrConflict otherwise).
//
// The caller writes only what they may see: participants hidden from them
// and a guardian consent whose details they may not see are kept as stored.
// It returns the record as the caller may see it.
func (a *App) SaveProgramme(ctx context.Context, c policy.Caller, rec model.ProgrammeRecord) (model.ProgrammeRecord, error) {
	// A batch of one: a single save and a batch refuse the same records
	// because they are the same code.
	out, err := a.saveProgrammeBatch(ctx, c, []model.ProgrammeRecord{rec}, batchOptions{auditEach: true})
	if err == nil {
		err = out[0].err
	}
	if err != nil {
		return nil, err
	}
	// Read back rather than cut the caller's record down to their view.
	return a.Programme(ctx, c, rec.Kind(), rec.Base().ExternalID)
}

// refs is what a batch's checks know of the experts and organisations
// its records name, and of the stored versions of its records.
type refs struct {
	experts map[string]bool   // external id → stored
	orgs    map[string]string // external id → city, for the stored ones
	// oldExperts are the participants of the stored versions, for what
	// the caller may see of them.
	oldExperts map[string]*model.Expert
}

// checkProgramme validates the record, its change of status from the
// stored one and the experts and organisations it names, reporting every
// problem at once.
func checkProgramme(tax *model.Taxonomy, old, rec model.ProgrammeRecord, known *refs) error {
	var problems []model.FieldError
	if err := rec.Validate(tax); err != nil {
		var ve *model.ValidationError
		if !errors.As(err, &ve) {
			return err
		}
		problems = append(problems, ve.Errors...)
	}
	if old != nil {
		from, to := old.Base().Status, rec.Base().Status
		if !model.ProgrammeTransition(rec.Kind(), from, to) {
			problems = append(problems, model.FieldError{Field: "status", Code: model.CodeBadTransition,
				Params: map[string]any{"from": from, "to": to}})
		}
	}
	problems = append(problems, unknownReferences(rec, known)...)
	if len(problems) > 0 {
		return &model.ValidationError{Errors: problems}
	}
	return nil
}

// orgRef is an organisation named by a record, with the field naming it.
type orgRef struct{ field, id string }

// orgRefs lists the organisations a record names, field by field.
func orgRefs(rec model.ProgrammeRecord) []orgRef {
	list := func(field string, ids []string) []orgRef {
		var out []orgRef
		for i, id := range ids {
			out = append(out, orgRef{fmt.Sprintf("%s[%d]", field, i), id})
		}
		return out
	}
	var refs []orgRef
	switch r := rec.(type) {
	case *model.Exchange:
		refs = []orgRef{{"from_organization", r.FromOrg}, {"to_organization", r.ToOrg}}
	case *model.Event:
		refs = list("organizations", r.Organizers)
	case *model.Project:
		refs = list("parties", r.Parties)
	case *model.Agreement:
		refs = list("parties", r.Parties)
	case *model.Practice:
		refs = []orgRef{{"organization_id", r.OrgID}}
	}
	return slices.DeleteFunc(refs, func(r orgRef) bool { return r.id == "" })
}

// unknownReferences reports the participants and organisations of a record
// that name no stored expert or organisation.
func unknownReferences(rec model.ProgrammeRecord, known *refs) []model.FieldError {
	var out []model.FieldError
	for i, p := range rec.Base().Participants {
		if !known.experts[p.ExpertID] && model.ValidExternalID(p.ExpertID) {
			out = append(out, model.FieldError{Field: fmt.Sprintf("participants[%d].expert_id", i),
				Code: model.CodeUnknownValue, Params: map[string]any{"value": p.ExpertID}})
		}
	}
	for _, r := range orgRefs(rec) {
		if _, ok := known.orgs[r.id]; !ok && model.ValidExternalID(r.id) {
			out = append(out, model.FieldError{Field: r.field, Code: model.CodeUnknownValue, Params: map[string]any{"value": r.id}})
		}
	}
	return out
}

// keepConsent keeps the stored guardian consent of an exchange when the
// caller may not see its details: they read none, so they write none, and
// may not remove or change the one recorded.
func keepConsent(c policy.Caller, old, rec model.ProgrammeRecord) {
	if ox, ok := old.(*model.Exchange); ok && ox.GuardianConsent != nil && !policy.CanSeeGuardianConsent(c) {
		rec.(*model.Exchange).GuardianConsent = ox.GuardianConsent
	}
}

// keepHiddenParticipants puts back into rec the stored participants hidden
// from the caller, so that writing back what they read loses no one.
func keepHiddenParticipants(c policy.Caller, old, rec model.ProgrammeRecord, known *refs) {
	b := rec.Base()
	for _, p := range old.Base().Participants {
		if _, visible := policy.ExpertView(c, known.oldExperts[p.ExpertID]); !visible && !slices.Contains(b.Participants, p) {
			b.Participants = append(b.Participants, p)
		}
	}
}

// fillPartyCities gives a project or agreement that names no cities those
// of its parties, so that the city filters, the reports and the rights of a
// city's coordinators see it without anyone typing the cities twice.
func fillPartyCities(rec model.ProgrammeRecord, known *refs) {
	var parties []string
	var cities *[]string
	switch r := rec.(type) {
	case *model.Project:
		parties, cities = r.Parties, &r.PartyCities
	case *model.Agreement:
		parties, cities = r.Parties, &r.PartyCities
	default:
		return
	}
	if len(*cities) > 0 {
		return
	}
	for _, xid := range parties {
		// An unknown party is reported by the reference check.
		if city := known.orgs[xid]; city != "" && !slices.Contains(*cities, city) {
			*cities = append(*cities, city)
		}
	}
}
