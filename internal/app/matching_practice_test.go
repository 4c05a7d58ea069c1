package app

import (
	"context"
	"slices"
	"testing"

	"talentbridge/internal/match"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// olympicPractice is a practice written in Chinese only, by authors.
func olympicPractice(authors ...string) *model.Practice {
	p := &model.Practice{ProgrammeBase: model.ProgrammeBase{ExternalID: "pr-olymp",
		Title:       model.Text{"zh": "北京冬奥会期间地铁大客流组织"},
		Description: model.Text{"zh": "冬奥会期间在地铁枢纽站实施客流控制和人群管理。"},
		Spheres:     []string{"transport.subway"}, Status: "published"},
		City: model.CityBeijing, Year: 2022, Results: model.Text{"zh": "高峰时段客流量下降三成。"}}
	for _, xid := range authors {
		p.Participants = append(p.Participants, model.Participant{ExpertID: xid, Role: model.RoleAuthor})
	}
	return p
}

// matchRank returns where an expert is among the hits (-1: absent) and
// their hit.
func matchRank(t *testing.T, a *App, r *model.Request, xid string) (int, MatchHit) {
	t.Helper()
	hits, err := a.Match(context.Background(), policy.Anonymous(), r, 10)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hits {
		if h.Expert.ExternalID == xid {
			return i, h
		}
	}
	return -1, MatchHit{}
}

func TestMatchPracticeIsEvidenceOfItsAuthors(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		quiet := model.Expert{ExternalID: "exp-quiet", Name: model.Text{"zh": "王静"}, City: model.CityBeijing,
			Bio: model.Text{"zh": "北京市民。"}}
		if err := a.CreateExpert(ctx, &quiet); err != nil {
			t.Fatal(err)
		}
		if err := a.BuildMatcher(ctx, testAnalyzer(t)); err != nil {
			t.Fatal(err)
		}
		req := &model.Request{ExternalID: "req-olymp", Title: "Управление пассажиропотоками на Олимпиаде",
			Description: "Опыт организации пассажиропотоков метро во время Олимпийских игр", City: model.CityMoscow}
		if at, _ := matchRank(t, a, req, "exp-quiet"); at >= 0 {
			t.Fatalf("a profile with nothing to say ranks %d", at)
		}

		// The practice arrives through the change log.
		if _, err := a.SaveProgramme(ctx, policy.Admin(), olympicPractice("exp-quiet")); err != nil {
			t.Fatal(err)
		}
		at, h := matchRank(t, a, req, "exp-quiet")
		if at != 0 {
			t.Fatalf("the practice's author ranks %d", at)
		}
		x := h.Explanation
		if i := slices.IndexFunc(x.Outputs, func(o match.OutputEvidence) bool { return o.Record == "pr-olymp" }); i < 0 ||
			x.Outputs[i].Title != "北京冬奥会期间地铁大客流组织" || x.Outputs[i].Kind != model.KindPractice {
			t.Errorf("the explanation's documents do not name the practice: %+v", x.Outputs)
		}
		if !slices.ContainsFunc(x.Fields, func(f match.FieldEvidence) bool { return f.Field == "practices[0]" }) {
			t.Errorf("the explanation's fields: %+v", x.Fields)
		}

		// A matcher built after the practice agrees.
		fresh := New(db, nil)
		if err := fresh.BuildMatcher(ctx, testAnalyzer(t)); err != nil {
			t.Fatal(err)
		}
		if at, fh := matchRank(t, fresh, req, "exp-quiet"); at != 0 || fh.Score != h.Score {
			t.Errorf("built with the practice: rank %d, score %v; kept in step: %v", at, fh.Score, h.Score)
		}

		// Authorship moves with the record: the evidence follows it.
		if _, err := a.SaveProgramme(ctx, policy.Admin(), olympicPractice("exp-pub")); err != nil {
			t.Fatal(err)
		}
		if at, _ := matchRank(t, a, req, "exp-quiet"); at >= 0 {
			t.Errorf("a former author still ranks %d", at)
		}
		if at, _ := matchRank(t, a, req, "exp-pub"); at != 0 {
			t.Errorf("the new author ranks %d", at)
		}
	})
}
