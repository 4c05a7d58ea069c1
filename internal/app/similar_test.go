package app

import (
	"context"
	"errors"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

// similarExperts are the profiles of the similarity and reverse tests: a
// subway ventilation engineer, her duplicate written in Latin letters, two
// colleagues (one listed for coordinators only, one with a bio for
// signed-in users only), a cryogenics engineer and a museum curator.
func similarExperts() []model.Expert {
	return []model.Expert{
		{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария Петровна"}, City: "moscow", Email: "ivanova@example.org",
			Position: model.Text{"ru": "инженер тоннельной вентиляции"}, Languages: []string{"ru", "zh"},
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"тоннельная вентиляция", "глубокие станции метро", "дымоудаление"}},
			Outputs: []model.Output{{Kind: "publication", Title: "Вентиляция станций глубокого заложения", Year: 2021},
				{Kind: "project", Title: "Криогенные установки", Year: 2015}},
			// Outputs for signed-in users only: a similarity query leaves them out.
			FieldVisibility: map[string]string{model.FieldOutputs: model.LevelRegistered}},
		{ExternalID: "msk-1-lat", Name: model.Text{"en": "Maria Ivanova"}, City: "moscow", Email: "ivanova@example.org",
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"en": {"tunnel ventilation", "deep metro stations"}}},
		{ExternalID: "msk-2", Name: model.Text{"ru": "Петров Олег"}, City: "moscow", Visibility: "coordinators",
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"ru": {"вентиляция метрополитена", "дымоудаление"}}},
		{ExternalID: "bj-1", Name: model.Text{"zh": "王芳"}, City: "beijing",
			Spheres: []string{"transport.subway"}, Keywords: model.Terms{"en": {"subway station ventilation", "smoke control"}},
			FieldVisibility: map[string]string{model.FieldBio: model.LevelRegistered},
			Bio:             model.Text{"en": "Tunnel ventilation and smoke extraction in deep stations."}},
		{ExternalID: "bj-2", Name: model.Text{"zh": "张伟"}, City: "beijing",
			Spheres: []string{"culture.museums"}, Keywords: model.Terms{"zh": {"博物馆"}}},
		{ExternalID: "msk-3", Name: model.Text{"ru": "Смирнов Павел"}, City: "moscow",
			Keywords: model.Terms{"ru": {"криогенные установки"}}},
	}
}

// matchingApp is an app over db with the experts stored and the matching
// index built; it returns the experts' row ids by external id.
func matchingApp(t *testing.T, db *store.DB, an *textproc.Analyzer, experts []model.Expert) (*App, map[string]int64) {
	t.Helper()
	ctx := context.Background()
	a := New(db, nil)
	ids := map[string]int64{}
	for i := range experts {
		if err := a.CreateExpert(ctx, &experts[i]); err != nil {
			t.Fatal(err)
		}
		ids[experts[i].ExternalID] = experts[i].ID
	}
	if err := a.BuildMatcher(ctx, an); err != nil {
		t.Fatal(err)
	}
	return a, ids
}

func hitIDs(hits []MatchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Expert.ExternalID)
	}
	return out
}

func TestSimilarExperts(t *testing.T) {
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		if _, err := a.SimilarExperts(ctx, policy.Admin(), 1, 5); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("no such expert: %v", err)
		}
		a, ids := matchingApp(t, db, an, similarExperts())

		anon, err := a.SimilarExperts(ctx, policy.Anonymous(), ids["msk-1"], 5)
		if err != nil || len(anon) == 0 || anon[0].Expert.ExternalID != "bj-1" {
			t.Fatalf("anonymous: %v %v", err, hitIDs(anon))
		}
		for _, h := range anon {
			switch h.Expert.ExternalID {
			case "msk-1":
				t.Error("the expert is similar to themself")
			case "msk-1-lat":
				t.Error("the expert's duplicate is listed")
			case "msk-2":
				t.Error("a coordinators-only profile is listed for an anonymous caller")
			case "msk-3":
				t.Error("a word of a field hidden from some viewers made the query")
			case "bj-2":
				t.Error("a museum curator is similar to a ventilation engineer")
			}
			if h.Score <= 0 || h.Score > 1 {
				t.Errorf("%s: score %v", h.Expert.ExternalID, h.Score)
			}
			for _, f := range h.Explanation.Fields {
				if f.Field == "bio" {
					t.Errorf("%s: an anonymous caller is told what a hidden bio holds: %+v", h.Expert.ExternalID, f)
				}
			}
		}
		if len(anon[0].Explanation.Fields) == 0 {
			t.Errorf("no explanation: %+v", anon[0])
		}

		all, err := a.SimilarExperts(ctx, policy.Admin(), ids["msk-1"], 5)
		if err != nil || !hasExpert(all, "msk-2") || hasExpert(all, "msk-1-lat") || hasExpert(all, "msk-3") {
			t.Fatalf("admin: %v %v", err, hitIDs(all))
		}
		bio := false
		for _, h := range all {
			for _, f := range h.Explanation.Fields {
				bio = bio || h.Expert.ExternalID == "bj-1" && f.Field == "bio"
			}
		}
		if !bio {
			t.Errorf("the admin is not told that bj-1's bio matched: %+v", all)
		}
		if one, _ := a.SimilarExperts(ctx, policy.Admin(), ids["msk-1"], 1); len(one) != 1 {
			t.Errorf("limit 1: %v", hitIDs(one))
		}

		if _, err := a.SimilarExperts(ctx, policy.Anonymous(), ids["msk-2"], 5); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("a hidden expert's similar experts: %v, want ErrNotFound", err)
		}
	})
}

func TestSimilarRequestReadsWhatEveryViewerSees(t *testing.T) {
	e := similarExperts()[0]
	e.FieldVisibility = map[string]string{model.FieldKeywords: model.LevelRegistered, model.FieldOutputs: model.LevelPrivate}
	r := similarRequest(&e)
	if r.Title != "инженер тоннельной вентиляции" || r.Description != "" || len(r.Spheres) != 1 {
		t.Errorf("%+v", r)
	}
	e.FieldVisibility = nil
	r = similarRequest(&e)
	want := "тоннельная вентиляция; глубокие станции метро; дымоудаление\nВентиляция станций глубокого заложения\nКриогенные установки"
	if r.Description != want || r.Languages != nil || r.City != "" {
		t.Errorf("%+v", r)
	}
}
