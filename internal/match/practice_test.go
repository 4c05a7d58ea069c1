package match

import (
	"math"
	"slices"
	"testing"

	"talentbridge/internal/model"
)

// olympicPractice is a best practice written in Chinese only.
func olympicPractice() Work {
	return Work{Kind: model.KindPractice, ID: "pr-olympic", Year: 2022,
		Title:   model.Text{"zh": "北京冬奥会期间地铁大客流组织"},
		Text:    []string{"冬奥会期间在地铁枢纽站实施客流控制和人群管理。", "高峰时段客流量下降三成。"},
		Spheres: []string{"transport.subway"}}
}

// quietAuthor has a profile that says nothing of their expertise.
func quietAuthor() *model.Expert {
	return &model.Expert{ExternalID: "quiet-zh", Name: model.Text{"zh": "王静"}, City: model.CityBeijing, Languages: []string{"zh"}}
}

var olympicRequest = Request{Title: "Управление пассажиропотоками на Олимпиаде",
	Description: "Нужен опыт организации пассажиропотоков метро во время Олимпийских игр."}

// practiceHit returns the hit of an expert and whether it was ranked.
func practiceHit(hits []Hit, xid string) (Hit, int) {
	for i, h := range hits {
		if h.ExpertID == xid {
			return h, i
		}
	}
	return Hit{}, -1
}

func TestPracticeIsEvidenceOfItsAuthor(t *testing.T) {
	experts := append(corpus(), quietAuthor())
	without := newTestIndex(t, DefaultConfig(), experts)
	if _, at := practiceHit(without.Rank(olympicRequest, Options{}), "quiet-zh"); at >= 0 {
		t.Fatalf("an empty profile was ranked %d before it authored anything", at)
	}

	f, err := loadFixture()
	if err != nil {
		t.Fatal(err)
	}
	works := map[string][]Work{"quiet-zh": {olympicPractice()}}
	ix, err := BuildWithWorks(f.an, f.th, model.NewTaxonomy(), DefaultConfig(), experts, works, 2)
	if err != nil {
		t.Fatal(err)
	}
	hits := ix.Rank(olympicRequest, Options{})
	h, at := practiceHit(hits, "quiet-zh")
	if at != 0 {
		t.Fatalf("the practice's author ranks %d: %v", at, ids(hits))
	}
	x := h.Explanation
	if len(x.Outputs) == 0 || x.Outputs[0].Record != "pr-olympic" || x.Outputs[0].Index != -1 ||
		x.Outputs[0].Kind != model.KindPractice || x.Outputs[0].Title != "北京冬奥会期间地铁大客流组织" || x.Outputs[0].Year != 2022 {
		t.Errorf("the explanation's documents: %+v", x.Outputs)
	}
	if !slices.ContainsFunc(x.Fields, func(fe FieldEvidence) bool { return fe.Field == "practices[0]" }) {
		t.Errorf("the explanation's fields: %+v", x.Fields)
	}
	if len(x.Concepts) == 0 {
		t.Errorf("no concept links the Russian request to the Chinese practice: %+v", x)
	}
	// Scoring one expert agrees with the ranking.
	if one, ok := ix.ScoreExpert(olympicRequest, "quiet-zh", Options{}); !ok || one.Score != h.Score {
		t.Errorf("ScoreExpert = %v, %v; the ranking gave %v", one.Score, ok, h.Score)
	}

	// Works set after the build, and kept when the profile is written
	// again, count the same.
	later := newTestIndex(t, DefaultConfig(), experts)
	later.SetWorks("quiet-zh", []Work{olympicPractice()})
	if err := later.Add(quietAuthor()); err != nil {
		t.Fatal(err)
	}
	// (The replaced documents linger until a compaction and shift the
	// corpus statistics a little: the scores agree only nearly.)
	if lh, at := practiceHit(later.Rank(olympicRequest, Options{}), "quiet-zh"); at != 0 || math.Abs(lh.Score-h.Score) > 0.01 {
		t.Errorf("works set after the build: rank %d, score %v; want 0, %v", at, lh.Score, h.Score)
	}
	if got := later.Works("quiet-zh"); len(got) != 1 || got[0].ID != "pr-olympic" {
		t.Errorf("Works = %+v", got)
	}
	// Taking the works away takes the evidence away.
	later.SetWorks("quiet-zh", nil)
	if _, at := practiceHit(later.Rank(olympicRequest, Options{}), "quiet-zh"); at >= 0 {
		t.Errorf("still ranked %d without the practice", at)
	}
	if later.Len() != len(experts) {
		t.Errorf("Len = %d, want %d", later.Len(), len(experts))
	}
}

func TestPracticeFollowsOutputsInDocumentNumbers(t *testing.T) {
	e := corpus()[0] // three outputs
	w := olympicPractice()
	w.Kind, w.ID = model.KindPractice, "pr-tunnel"
	w.Title = model.Text{"en": "Tunnel ventilation drills", "ru": "Учения по вентиляции тоннелей"}
	ix := newTestIndex(t, DefaultConfig(), []*model.Expert{e})
	ix.SetWorks(e.ExternalID, []Work{w})
	hits := ix.Rank(Request{Title: "tunnel ventilation drills"}, Options{})
	if len(hits) != 1 {
		t.Fatalf("hits %v", ids(hits))
	}
	var records, outputs int
	for _, o := range hits[0].Explanation.Outputs {
		switch {
		case o.Record == "pr-tunnel" && o.Index == -1 && o.Title == "Tunnel ventilation drills":
			records++
		case o.Record == "" && o.Index >= 0 && o.Title == e.Outputs[o.Index].Title:
			outputs++
		default:
			t.Errorf("a document is misnamed: %+v", o)
		}
	}
	if records != 1 || outputs == 0 {
		t.Errorf("explanation %+v", hits[0].Explanation.Outputs)
	}
}
