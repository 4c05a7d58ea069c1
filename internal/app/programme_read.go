package app

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// ProgrammeFilter narrows a list of programme records; empty fields do not
// filter. Sphere includes the sub-spheres of a top-level sphere; From and
// Until (dates, inclusive) select the records whose period overlaps the
// window. Query is searched in the programme's search index, with the
// analysis of the expert search (stems, Chinese words, any script), when
// one is attached, and matched as a substring of titles and descriptions
// otherwise.
type ProgrammeFilter struct {
	Kind, Status, Sphere, City, OrgID, ExpertID, From, Until, Query string
}

// check refuses values no record can have, naming the field.
func (f *ProgrammeFilter) check() error {
	var problems []model.FieldError
	bad := func(field, code string, value string) {
		problems = append(problems, model.FieldError{Field: field, Code: code, Params: map[string]any{"value": value}})
	}
	if f.Kind != "" && model.NewProgrammeRecord(f.Kind) == nil {
		bad("kind", model.CodeUnknownValue, f.Kind)
	}
	if f.Status != "" {
		known := false
		for kind, statuses := range model.ProgrammeStatuses {
			known = known || (f.Kind == "" || f.Kind == kind) && slices.Contains(statuses, f.Status)
		}
		if !known {
			bad("status", model.CodeUnknownValue, f.Status)
		}
	}
	if f.City != "" && !slices.Contains(model.Cities, f.City) {
		bad("city", model.CodeUnknownCity, f.City)
	}
	for _, d := range []struct {
		field string
		value *string
	}{{"from", &f.From}, {"until", &f.Until}} {
		if *d.value == "" {
			continue
		}
		// A time is taken as its date.
		if len(*d.value) > 10 && model.ValidDate((*d.value)[:10]) {
			*d.value = (*d.value)[:10]
		}
		if !model.ValidDate(*d.value) {
			bad(d.field, model.CodeBadDate, *d.value)
		}
	}
	if f.From != "" && f.Until != "" && model.ValidDate(f.From) && model.ValidDate(f.Until) && f.Until < f.From {
		problems = append(problems, model.FieldError{Field: "until", Code: model.CodeDateOrder})
	}
	if len(problems) > 0 {
		return &model.ValidationError{Errors: problems}
	}
	return nil
}

func (f ProgrammeFilter) store() store.ProgrammeFilter {
	return store.ProgrammeFilter{Kind: f.Kind, Status: f.Status, Sphere: f.Sphere, City: f.City, OrgID: f.OrgID,
		ExpertID: f.ExpertID, From: f.From, Until: f.Until, Query: f.Query}
}

// Programme returns one record as the caller may see it; anyone may read
// the programme.
func (a *App) Programme(ctx context.Context, c policy.Caller, kind, externalID string) (model.ProgrammeRecord, error) {
	if model.NewProgrammeRecord(kind) == nil {
		return nil, fmt.Errorf("programme kind %q: %w", kind, model.ErrNotFound)
	}
	rec, err := a.db.GetProgramme(ctx, kind, externalID)
	if err != nil {
		return nil, err
	}
	views, err := a.programmeViews(ctx, c, []model.ProgrammeRecord{rec})
	if err != nil {
		return nil, err
	}
	return views[0], nil
}

// ListProgramme lists records matching f in id order after the cursor,
// with the total count. With a Query and a programme search index the
// records come best first instead, and the cursor counts the records of
// the pages before; either way Next is the cursor of the next page.
func (a *App) ListProgramme(ctx context.Context, c policy.Caller, f ProgrammeFilter, after int64, limit int) (Page[model.ProgrammeRecord], error) {
	if err := f.check(); err != nil {
		return Page[model.ProgrammeRecord]{}, err
	}
	if f.ExpertID != "" {
		// The records of a person the caller may not see would tell that
		// they took part.
		if ok, err := a.expertVisible(ctx, c, f.ExpertID); err != nil || !ok {
			return Page[model.ProgrammeRecord]{Items: []model.ProgrammeRecord{}}, err
		}
	}
	limit = clampLimit(limit)
	if strings.TrimSpace(f.Query) != "" {
		p, ok, err := a.searchProgramme(ctx, f, after, limit)
		if err != nil {
			return Page[model.ProgrammeRecord]{}, err
		}
		if ok {
			if p.Items, err = a.programmeViews(ctx, c, p.Items); err != nil {
				return Page[model.ProgrammeRecord]{}, err
			}
			return p, nil
		}
	}
	items, err := a.db.ListProgramme(ctx, f.store(), after, limit+1)
	if err != nil {
		return Page[model.ProgrammeRecord]{}, err
	}
	total, err := a.db.CountProgramme(ctx, f.store())
	if err != nil {
		return Page[model.ProgrammeRecord]{}, err
	}
	p := Page[model.ProgrammeRecord]{Total: total}
	if len(items) > limit {
		items = items[:limit]
		p.Next = items[limit-1].Base().ID
	}
	if p.Items, err = a.programmeViews(ctx, c, items); err != nil {
		return Page[model.ProgrammeRecord]{}, err
	}
	return p, nil
}

// AllProgramme returns every record of a kind ("" for all kinds) as the
// caller may see them, in a stable order: by kind as the product shows
// them, then by external id. It is meant for reports and exports of a few
// thousand records.
func (a *App) AllProgramme(ctx context.Context, c policy.Caller, kind string) ([]model.ProgrammeRecord, error) {
	f := ProgrammeFilter{Kind: kind}
	if err := f.check(); err != nil {
		return nil, err
	}
	recs, err := a.collectProgramme(ctx, f.store())
	if err != nil {
		return nil, err
	}
	slices.SortFunc(recs, func(x, y model.ProgrammeRecord) int {
		return cmp.Or(cmp.Compare(slices.Index(model.ProgrammeKinds, x.Kind()), slices.Index(model.ProgrammeKinds, y.Kind())),
			cmp.Compare(x.Base().ExternalID, y.Base().ExternalID))
	})
	return a.programmeViews(ctx, c, recs)
}

func (a *App) collectProgramme(ctx context.Context, f store.ProgrammeFilter) ([]model.ProgrammeRecord, error) {
	var recs []model.ProgrammeRecord
	err := a.db.EachProgramme(ctx, f, func(r model.ProgrammeRecord) error {
		recs = append(recs, r)
		return nil
	})
	return recs, err
}

// ExpiringAgreements returns the agreements in force whose term ends
// within the days from today (the app's clock, UTC), soonest first; those
// past their end but still marked in force come first. AgreementsDue
// tells the two apart.
func (a *App) ExpiringAgreements(ctx context.Context, c policy.Caller, withinDays int) ([]*model.Agreement, error) {
	due, err := a.AgreementsDue(ctx, c, withinDays)
	if err != nil {
		return nil, err
	}
	return append(due.Overdue, due.Expiring...), nil
}

// DueAgreements are the agreements marked in force that need attention on
// a day, in two kinds that need different things done.
type DueAgreements struct {
	Today string // YYYY-MM-DD, the app's clock, UTC
	// Overdue are still marked in force after their end date: their record
	// is out of date (the term ran out, or a renewal was not recorded).
	// Longest overdue first.
	Overdue []*model.Agreement
	// Expiring end today or within the days asked: to be renewed or let
	// go. Soonest first.
	Expiring []*model.Agreement
}

// DaysFrom is the number of days from Today to a date, negative for one
// before it; 0 for a date that does not parse.
func (d *DueAgreements) DaysFrom(date string) int {
	t, err1 := time.Parse(time.DateOnly, date)
	today, err2 := time.Parse(time.DateOnly, d.Today)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(t.Sub(today).Hours() / 24)
}

// AgreementsDue returns the agreements in force whose term ends within the
// days from today (the app's clock, UTC), and apart from them those whose
// end date has passed while they are still marked in force.
func (a *App) AgreementsDue(ctx context.Context, c policy.Caller, withinDays int) (*DueAgreements, error) {
	if withinDays < 0 || withinDays > 36600 {
		return nil, &model.ValidationError{Errors: []model.FieldError{{Field: "days", Code: model.CodeOutOfRange,
			Params: map[string]any{"min": 0, "max": 36600}}}}
	}
	now := a.now()
	due := &DueAgreements{Today: now.Format(time.DateOnly)}
	list, err := a.db.AgreementsEnding(ctx, now.AddDate(0, 0, withinDays).Format(time.DateOnly))
	if err != nil {
		return nil, err
	}
	recs := make([]model.ProgrammeRecord, len(list))
	for i, ag := range list {
		recs[i] = ag
	}
	if _, err := a.programmeViews(ctx, c, recs); err != nil {
		return nil, err
	}
	for _, ag := range list { // by end date: the overdue come first
		if ag.Expires[:min(len(ag.Expires), len(due.Today))] < due.Today {
			due.Overdue = append(due.Overdue, ag)
		} else {
			due.Expiring = append(due.Expiring, ag)
		}
	}
	return due, nil
}

// ProgrammeOfExpert returns the records an expert takes part in, newest
// first, for their profile page; model.ErrNotFound when the caller may not
// see the expert.
func (a *App) ProgrammeOfExpert(ctx context.Context, c policy.Caller, expertExternalID string) ([]model.ProgrammeRecord, error) {
	ok, err := a.expertVisible(ctx, c, expertExternalID)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("expert %q: %w", expertExternalID, model.ErrNotFound)
	}
	return a.linkedProgramme(ctx, c, store.ProgrammeFilter{ExpertID: expertExternalID})
}

// ProgrammeOfOrganization returns the records an organisation takes part
// in (as a party, organiser, sender or host), newest first, for its page.
func (a *App) ProgrammeOfOrganization(ctx context.Context, c policy.Caller, orgExternalID string) ([]model.ProgrammeRecord, error) {
	if _, err := a.db.GetOrganizationByExternalID(ctx, orgExternalID); err != nil {
		return nil, err
	}
	return a.linkedProgramme(ctx, c, store.ProgrammeFilter{OrgID: orgExternalID})
}

func (a *App) linkedProgramme(ctx context.Context, c policy.Caller, f store.ProgrammeFilter) ([]model.ProgrammeRecord, error) {
	recs, err := a.collectProgramme(ctx, f)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(recs, func(x, y model.ProgrammeRecord) int {
		return cmp.Or(cmp.Compare(startOf(y), startOf(x)), cmp.Compare(y.Base().ID, x.Base().ID))
	})
	return a.programmeViews(ctx, c, recs)
}

// startOf is what a record sorts by in time: its start, or a practice's
// year.
func startOf(r model.ProgrammeRecord) string {
	if p, ok := r.(*model.Practice); ok && p.Year != 0 {
		return strconv.Itoa(p.Year)
	}
	s, _ := r.Span()
	return s
}

// expertVisible reports whether the expert exists and the caller may see
// their profile.
func (a *App) expertVisible(ctx context.Context, c policy.Caller, xid string) (bool, error) {
	seen, err := a.db.ExpertsByExternalIDs(ctx, []string{xid})
	if err != nil {
		return false, err
	}
	_, ok := policy.ExpertView(c, seen[xid])
	return ok, nil
}

// visibleExperts returns the external ids of the participants of recs whose
// profiles the caller may see.
func (a *App) visibleExperts(ctx context.Context, c policy.Caller, recs []model.ProgrammeRecord) (map[string]bool, error) {
	var xids []string
	seen := map[string]bool{}
	for _, r := range recs {
		for _, p := range r.Base().Participants {
			if !seen[p.ExpertID] {
				seen[p.ExpertID] = true
				xids = append(xids, p.ExpertID)
			}
		}
	}
	experts, err := a.db.ExpertsByExternalIDs(ctx, xids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(experts))
	for xid, e := range experts {
		if _, ok := policy.ExpertView(c, e); ok {
			out[xid] = true
		}
	}
	return out, nil
}

// programmeViews cuts records, in place, to what the caller may see: the
// participants whose profiles they may see (people erased or hidden from
// them are left out) and, on an exchange, the guardian consent only for
// those who handle it.
func (a *App) programmeViews(ctx context.Context, c policy.Caller, recs []model.ProgrammeRecord) ([]model.ProgrammeRecord, error) {
	visible, err := a.visibleExperts(ctx, c, recs)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		b := r.Base()
		b.Participants = slices.DeleteFunc(b.Participants, func(p model.Participant) bool { return !visible[p.ExpertID] })
		if len(b.Participants) == 0 {
			b.Participants = nil
		}
		if x, ok := r.(*model.Exchange); ok && !policy.CanSeeGuardianConsent(c) {
			x.GuardianConsent = nil
		}
	}
	return recs, nil
}

// LatestProgramme returns up to n records of a kind, the latest first by
// their start date, as the caller may see them.
func (a *App) LatestProgramme(ctx context.Context, c policy.Caller, kind string, n int) ([]model.ProgrammeRecord, error) {
	if model.NewProgrammeRecord(kind) == nil {
		return nil, model.Invalid("kind", model.CodeUnknownValue)
	}
	items, err := a.db.LatestProgramme(ctx, kind, clampLimit(n))
	if err != nil {
		return nil, err
	}
	return a.programmeViews(ctx, c, items)
}
