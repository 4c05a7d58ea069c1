package match

import (
	"reflect"
	"testing"

	"talentbridge/internal/demo"
	"talentbridge/internal/model"
)

// TestReverseScoreExpertAgreesWithRank checks that one expert scored alone gets
// exactly the score, components and explanation of the full ranking, for
// every request and every expert, with and without the ablations.
func TestReverseScoreExpertAgreesWithRank(t *testing.T) {
	experts := corpus()
	ix := newTestIndex(t, DefaultConfig(), experts)
	// A removed and re-added expert leaves dead documents and postings
	// behind, which the single scoring must skip as Rank does.
	if err := ix.Add(experts[0]); err != nil {
		t.Fatal(err)
	}
	hidden := func(e *model.Expert) bool { return e.ExternalID != "rail-ru" }
	for _, opt := range []Options{{}, {NoConcepts: true}, {TextOnly: true}, {Visible: hidden}} {
		for i, r := range benchRequests {
			all := opt
			all.Limit = len(experts)
			ranked := map[string]Hit{}
			for _, h := range ix.Rank(r, all) {
				ranked[h.ExpertID] = h
			}
			for _, e := range experts {
				one, ok := ix.ScoreExpert(r, e.ExternalID, opt)
				want, listed := ranked[e.ExternalID]
				if ok != listed {
					t.Errorf("%+v request %d, %s: scored alone %v, ranked %v", opt, i, e.ExternalID, ok, listed)
					continue
				}
				if ok && !reflect.DeepEqual(one, want) {
					t.Errorf("%+v request %d, %s:\nalone  %+v\nranked %+v", opt, i, e.ExternalID, one, want)
				}
			}
		}
	}
	if _, ok := ix.ScoreExpert(benchRequests[0], "nobody", Options{}); ok {
		t.Error("an unknown expert was scored")
	}
	ix.Remove("tunnel-en")
	if _, ok := ix.ScoreExpert(benchRequests[0], "tunnel-en", Options{}); ok {
		t.Error("a removed expert was scored")
	}
}

// TestReverseScoreExpertAgreesWithRankOnDemoCorpus does the same over generated
// profiles, where many experts share words, concepts and spheres.
func TestReverseScoreExpertAgreesWithRankOnDemoCorpus(t *testing.T) {
	var experts []*model.Expert
	if err := demo.New(7).Each(1000, func(e model.Expert) error {
		experts = append(experts, &e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	ix := newTestIndex(t, DefaultConfig(), experts)
	for _, e := range experts[:150] { // dead documents in the middle of the lists
		ix.Remove(e.ExternalID)
		if err := ix.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	for i, r := range benchRequests {
		hits := ix.Rank(r, Options{Limit: len(experts)})
		if len(hits) == 0 {
			t.Fatalf("request %d: no hits", i)
		}
		ranked := map[string]Hit{}
		for _, h := range hits {
			ranked[h.ExpertID] = h
		}
		checked := 0
		for j, e := range experts {
			want, listed := ranked[e.ExternalID]
			if j%20 != 0 && !(listed && want.Score >= hits[min(len(hits)-1, 30)].Score) {
				continue // every top hit and a sample of the rest
			}
			checked++
			one, ok := ix.ScoreExpert(r, e.ExternalID, Options{})
			if ok != listed || ok && !reflect.DeepEqual(one, want) {
				t.Fatalf("request %d, %s: alone %v %+v\nranked %v %+v", i, e.ExternalID, ok, one, listed, want)
			}
		}
		if checked < 40 {
			t.Fatalf("request %d: only %d experts checked", i, checked)
		}
	}
}
