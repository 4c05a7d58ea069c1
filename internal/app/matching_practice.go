package app

import (
	"context"
	"errors"
	"slices"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/store"
)

// practiceWorks are the best practices of the programme as the matcher
// sees them: evidence of their authors' expertise (match.Work), so that an
// expert whose profile is thin but who wrote up how Beijing moved its
// Olympic crowds is found for a request about crowds. Every status counts:
// the programme, drafts included, is readable by anyone, so the evidence
// tells no one anything they could not read.
type practiceWorks struct {
	byRecord map[int64]practiceWork // by the record's row id
}

// practiceWork is one practice: its authors (external ids) and the work
// they gain.
type practiceWork struct {
	authors []string
	work    match.Work
}

func newPracticeWork(p *model.Practice) practiceWork {
	w := match.Work{Kind: model.KindPractice, ID: p.ExternalID, Title: p.Title, Spheres: p.Spheres, Year: p.Year}
	for _, t := range []model.Text{p.Description, p.Results} {
		for _, l := range model.Langs {
			if s := t[l]; s != "" {
				w.Text = append(w.Text, s)
			}
		}
	}
	var authors []string
	for _, pt := range p.Participants {
		if pt.Role == model.RoleAuthor && !slices.Contains(authors, pt.ExpertID) {
			authors = append(authors, pt.ExpertID)
		}
	}
	return practiceWork{authors: authors, work: w}
}

// loadPracticeWorks reads every practice.
func (a *App) loadPracticeWorks(ctx context.Context) (*practiceWorks, error) {
	pw := &practiceWorks{byRecord: map[int64]practiceWork{}}
	err := a.db.EachProgramme(ctx, store.ProgrammeFilter{Kind: model.KindPractice}, func(r model.ProgrammeRecord) error {
		if p, ok := r.(*model.Practice); ok {
			pw.byRecord[p.ID] = newPracticeWork(p)
		}
		return nil
	})
	return pw, err
}

// byAuthor returns every author's works, for building the matcher.
func (pw *practiceWorks) byAuthor() map[string][]match.Work {
	out := map[string][]match.Work{}
	for _, id := range pw.ids() {
		for _, xid := range pw.byRecord[id].authors {
			out[xid] = append(out[xid], pw.byRecord[id].work)
		}
	}
	return out
}

// worksOf returns one author's works, oldest record first.
func (pw *practiceWorks) worksOf(xid string) []match.Work {
	var out []match.Work
	for _, id := range pw.ids() {
		if slices.Contains(pw.byRecord[id].authors, xid) {
			out = append(out, pw.byRecord[id].work)
		}
	}
	return out
}

func (pw *practiceWorks) ids() []int64 {
	ids := make([]int64, 0, len(pw.byRecord))
	for id := range pw.byRecord {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// syncPracticeWorks re-reads the programme records named by a run of
// changes and gives the authors of the practices among them, before and
// after the change, their current works in the matching index.
func (a *App) syncPracticeWorks(ctx context.Context, m *matcher, changes []store.Change) error {
	affected := map[string]bool{}
	for _, id := range programmeChangeIDs(changes) {
		if old, ok := m.practices.byRecord[id]; ok {
			for _, xid := range old.authors {
				affected[xid] = true
			}
			delete(m.practices.byRecord, id)
		}
		rec, err := a.db.GetProgrammeByID(ctx, id)
		if errors.Is(err, model.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		p, ok := rec.(*model.Practice)
		if !ok {
			continue
		}
		pw := newPracticeWork(p)
		m.practices.byRecord[id] = pw
		for _, xid := range pw.authors {
			affected[xid] = true
		}
	}
	xids := make([]string, 0, len(affected))
	for xid := range affected {
		xids = append(xids, xid)
	}
	slices.Sort(xids)
	for _, xid := range xids {
		m.ix.SetWorks(xid, m.practices.worksOf(xid))
	}
	return nil
}
