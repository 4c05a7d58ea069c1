package app

import (
	"context"
	"fmt"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// The read use cases for people: each passes every profile through
// policy.ExpertView and records in the audit log what it disclosed above
// the public view. Transports use these rather than loading and viewing
// themselves, so that no read can forget either step.

// ViewExpert returns the profile as the caller may see it; a profile
// hidden from them is model.ErrNotFound, as if it did not exist.
func (a *App) ViewExpert(ctx context.Context, c policy.Caller, id int64) (*model.Expert, error) {
	e, err := a.db.GetExpert(ctx, id)
	if err != nil {
		return nil, err
	}
	v, ok := policy.ExpertView(c, e)
	if !ok {
		return nil, fmt.Errorf("expert %d hidden from %q: %w", id, c.Role, model.ErrNotFound)
	}
	if err := a.recordDisclosures(ctx, c, []*model.Expert{e}, "read"); err != nil {
		return nil, err
	}
	return v, nil
}

// listFilter restricts a filter to what the caller may list.
func listFilter(c policy.Caller, f ExpertFilter) ExpertFilter {
	f.Visibilities = policy.ListableVisibilities(c)
	r := policy.ListReach(c)
	f.Reach = store.ExpertReach{City: r.City, OrgIDs: r.OrgIDs, Partner: r.Partner, ExpertID: r.ExpertID}
	return f
}

// VisibleExperts lists the profiles the caller may see, as they may see
// them, in id order after the cursor; Total counts only those.
func (a *App) VisibleExperts(ctx context.Context, c policy.Caller, f ExpertFilter, after int64, limit int) (Page[*model.Expert], error) {
	page, err := a.Experts(ctx, listFilter(c, f), after, limit)
	if err != nil {
		return page, err
	}
	views := make([]*model.Expert, 0, len(page.Items))
	for _, e := range page.Items {
		if v, ok := policy.ExpertView(c, e); ok {
			views = append(views, v)
		}
	}
	if err := a.recordDisclosures(ctx, c, page.Items, "list"); err != nil {
		return page, err
	}
	page.Items = views
	return page, nil
}
