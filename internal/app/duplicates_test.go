package app

import (
	"context"
	"strings"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestScorePair(t *testing.T) {
	base := func(name model.Text, mod func(*model.Expert)) *dupEntry {
		e := &model.Expert{Name: name, City: "moscow", OrgID: "org-1", Spheres: []string{"transport.subway"}}
		if mod != nil {
			mod(e)
		}
		return newDupEntry(e, nil)
	}
	ivanov := base(model.Text{"ru": "Иванов Иван Петрович"}, nil)
	tests := []struct {
		name     string
		other    *dupEntry
		min, max float64
	}{
		{"english, same organisation", base(model.Text{"en": "Ivan Ivanov"}, nil), 0.9, 1},
		{"chinese", base(model.Text{"zh": "伊万·伊万诺夫"}, nil), 0.9, 1},
		{"german spelling", base(model.Text{"en": "Iwan Iwanow"}, nil), 0.9, 1},
		{"initials", base(model.Text{"en": "I. Ivanov"}, nil), 0.6, 0.95},
		{"other ORCID", base(model.Text{"en": "Ivan Ivanov"}, func(e *model.Expert) { e.ORCID = "0000-0002-1825-0097" }), 0, 1},
		{"other patronymic", base(model.Text{"ru": "Иванов Иван Сергеевич"}, nil), 0, 0.5},
		{"other organisation and field", base(model.Text{"en": "Ivan Ivanov"}, func(e *model.Expert) {
			e.OrgID, e.Spheres = "org-2", []string{"culture.museums"}
		}), 0, 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, ev, ok := scorePair(ivanov, tc.other)
			if !ok || s < tc.min || s > tc.max {
				t.Errorf("score %.3f (ok %v), want in [%.2f, %.2f]; %+v", s, ok, tc.min, tc.max, ev)
			}
		})
	}
	// Different characters are different people, however alike in Latin.
	a := newDupEntry(&model.Expert{Name: model.Text{"zh": "陈华"}, OrgID: "o", City: "beijing"}, nil)
	b := newDupEntry(&model.Expert{Name: model.Text{"zh": "曾华"}, OrgID: "o", City: "beijing"}, nil)
	if s, ev, ok := scorePair(a, b); ok && s >= DefaultDuplicateScore {
		t.Errorf("陈华 ~ 曾华 scored %.3f %+v", s, ev)
	}
}

func TestImportHoldsCrossScriptDuplicatesForReview(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		first := `{"external_id":"msk-1","name":{"ru":"Иванов Иван Петрович"},"city":"moscow","orcid":"0000-0002-1825-0097","spheres":["transport.subway"]}`
		if rep, err := a.ImportExperts(ctx, strings.NewReader(first), ImportOptions{}); err != nil || rep.Created != 1 {
			t.Fatalf("%+v %v", rep, err)
		}
		second := strings.Join([]string{
			`{"external_id":"src-9","name":{"en":"Ivan Ivanov"},"city":"moscow","orcid":"0000-0002-1825-0097","spheres":["transport.subway"]}`,
			`{"external_id":"src-10","name":{"zh":"王芳"},"city":"beijing"}`,
			first, // already there: updated or unchanged, never reviewed
		}, "\n")
		for _, dry := range []bool{true, false} {
			rep, err := a.ImportExperts(ctx, strings.NewReader(second), ImportOptions{DryRun: dry})
			if err != nil {
				t.Fatal(err)
			}
			if rep.ForReview != 1 || rep.Created != 1 || rep.Unchanged != 1 || len(rep.Review) != 1 {
				t.Fatalf("dry %v: %+v", dry, rep)
			}
			r := rep.Review[0]
			if r.Line != 1 || r.ExternalID != "src-9" || r.Candidate != "msk-1" || r.Score < ImportDuplicateScore {
				t.Errorf("review %+v", r)
			}
		}
		if _, err := a.ExpertByExternalID(ctx, "src-9"); err == nil {
			t.Error("the held-back record was created")
		}
		rep, err := a.ImportExperts(ctx, strings.NewReader(second), ImportOptions{AllowDuplicates: true})
		if err != nil || rep.Created != 1 || rep.ForReview != 0 {
			t.Fatalf("allowed: %+v %v", rep, err)
		}
	})
}
