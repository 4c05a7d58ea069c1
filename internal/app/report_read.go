package app

import (
	"context"

	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// ProgrammeReport counts the programme and the experts added over a
// period (dates, inclusive; an empty end is taken from the data), year by
// year, from what the caller may see: experts whose profiles are hidden
// from them are not counted, as ExpertCounts does not count them either.
//
// Reports are kept per period and class of caller (see reportCache) until
// the change log moves or reportTTL passes, so that the reports page and
// its charts share one computation. The report returned is the caller's
// own copy.
func (a *App) ProgrammeReport(ctx context.Context, c policy.Caller, from, until string) (*ProgrammeReport, error) {
	seq, err := a.db.LastChangeSeq(ctx)
	if err != nil {
		return nil, err
	}
	key := reportKey{from: from, until: until, class: visibilityClass(c)}
	rep, err := a.reports.get(ctx, key, seq, a.now(), func() (*ProgrammeReport, error) {
		// Others may be waiting for it: it is not given up with this request.
		return a.computeProgrammeReport(context.WithoutCancel(ctx), c, from, until)
	})
	if err != nil {
		return nil, err
	}
	return rep.clone(), nil
}

// computeProgrammeReport reads the programme and the experts the caller
// may list and counts them.
func (a *App) computeProgrammeReport(ctx context.Context, c policy.Caller, from, until string) (*ProgrammeReport, error) {
	tax, err := a.Taxonomy(ctx)
	if err != nil {
		return nil, err
	}
	in := &reportInput{}
	for _, s := range tax.Tops() {
		in.tops = append(in.tops, s.Slug)
	}
	// The report counts records, not people: what the caller may see of
	// their participants does not change it.
	if in.records, err = a.AllProgramme(ctx, c, ""); err != nil {
		return nil, err
	}
	f := store.ExpertFilter{Visibilities: policy.ListableVisibilities(c)}
	var after int64
	for {
		batch, err := a.db.ListExperts(ctx, f, after, eachReportBatch)
		if err != nil {
			return nil, err
		}
		for _, e := range batch {
			in.experts = append(in.experts, expertStamp{created: e.CreatedAt, city: e.City, spheres: e.Spheres})
		}
		if len(batch) < eachReportBatch {
			break
		}
		after = batch[len(batch)-1].ID
	}
	return buildProgrammeReport(in, from, until)
}

// eachReportBatch is how many experts a report reads at once.
const eachReportBatch = 1000

// ReportLabel names a row, a column header or a table of a report in the
// reader's language: kind is "table", "measure", "sphere", "city",
// "event-kind", "exchange-kind" or "header" (of "row", "total"), key the
// thing named.
type ReportLabel func(kind, key string) string
