package demo

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/model"
)

// programmeExperts is how many experts the programme tests link to, as
// `serve --demo` loads.
const programmeExperts = 2000

func TestProgrammeCountsAndValidity(t *testing.T) {
	g := New(1)
	recs := g.Programme(programmeExperts)
	want := map[string]int{
		model.KindEvent: ProgrammeEvents, model.KindExchange: ProgrammeExchanges, model.KindProject: ProgrammeProjects,
		model.KindAgreement: ProgrammeAgreements, model.KindPractice: ProgrammePractices,
	}
	got := map[string]int{}
	ids := map[string]bool{}
	tax := model.NewTaxonomy()
	for _, rec := range recs {
		got[rec.Kind()]++
		id := rec.Kind() + "/" + rec.Base().ExternalID
		if ids[id] {
			t.Errorf("duplicate id %s", id)
		}
		ids[id] = true
		if err := rec.Validate(tax); err != nil {
			t.Errorf("%s: %v", id, err)
		}
		for _, l := range model.Langs {
			if rec.Base().Title[l] == "" {
				t.Errorf("%s: no %s title", id, l)
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("counts %v, want %v", got, want)
	}
}

func TestProgrammeIsDeterministic(t *testing.T) {
	a := New(1).Programme(300)
	g := New(1)
	_ = g.Expert(5) // unrelated calls must not matter
	b := g.Programme(300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave two programmes")
	}
	if c := New(2).Programme(300); reflect.DeepEqual(a, c) {
		t.Error("different seeds gave the same programme")
	}
}

func TestProgrammeLinks(t *testing.T) {
	g := New(1)
	const n = 500
	experts := map[string]model.Expert{}
	for i := 0; i < n; i++ {
		e := g.Expert(i)
		experts[e.ExternalID] = e
	}
	orgs := map[string]bool{}
	for _, o := range g.Organizations() {
		orgs[o.ExternalID] = true
	}
	withPeople := 0
	for _, rec := range g.Programme(n) {
		id := rec.Base().ExternalID
		for _, o := range rec.Organizations() {
			if !orgs[o] {
				t.Errorf("%s: unknown organisation %s", id, o)
			}
		}
		if len(rec.Base().Participants) > 0 {
			withPeople++
		}
		for _, p := range rec.Base().Participants {
			if _, ok := experts[p.ExpertID]; !ok {
				t.Errorf("%s: unknown expert %s", id, p.ExpertID)
			}
		}
	}
	if withPeople < 1500 {
		t.Errorf("only %d records name experts", withPeople)
	}
}

// Speakers work in the event's spheres: the point of linking them.
func TestProgrammeSpeakersMatchSpheres(t *testing.T) {
	g := New(1)
	const n = programmeExperts
	spheres := map[string][]string{}
	for i := 0; i < n; i++ {
		e := g.Expert(i)
		spheres[e.ExternalID] = e.Spheres
	}
	total, matching := 0, 0
	for _, rec := range g.Programme(n) {
		if rec.Kind() != model.KindEvent {
			continue
		}
		for _, p := range rec.Base().Participants {
			if p.Role != model.RoleSpeaker {
				continue
			}
			total++
			if shares(spheres[p.ExpertID], rec.Base().Spheres) {
				matching++
			}
		}
	}
	if total == 0 || matching != total {
		t.Errorf("%d of %d speakers share a sphere with their event", matching, total)
	}
}

func shares(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y && !strings.Contains(x, ".") {
				return true
			}
		}
	}
	return false
}

func TestProgrammeShape(t *testing.T) {
	recs := New(1).Programme(programmeExperts)
	years, zones, statuses := map[int]int{}, map[string]int{}, map[string]map[string]int{}
	expiringSoon, minorsWithoutConsent := 0, 0
	soon := ProgrammeReference.AddDate(0, 0, 120).Format(time.DateOnly)
	for _, rec := range recs {
		k := rec.Kind()
		if statuses[k] == nil {
			statuses[k] = map[string]int{}
		}
		statuses[k][rec.Base().Status]++
		switch x := rec.(type) {
		case *model.Event:
			start, _ := time.Parse(time.RFC3339, x.Start)
			years[start.Year()]++
			zones[x.City+" "+x.TimeZone]++
		case *model.Agreement:
			if x.Status == "in-force" && x.Expires < soon {
				expiringSoon++
			}
		case *model.Exchange:
			if x.ExchangeKind == "schoolchild" && x.Status != "proposed" && x.Status != "cancelled" && x.GuardianConsent == nil {
				minorsWithoutConsent++
			}
		}
	}
	for y := 2020; y <= 2023; y++ {
		if years[y] < 200 {
			t.Errorf("%d events in %d", years[y], y)
		}
	}
	if len(years) != 4 {
		t.Errorf("event years %v", years)
	}
	if len(zones) != 2 || zones["moscow Europe/Moscow"] == 0 || zones["beijing Asia/Shanghai"] == 0 {
		t.Errorf("event zones %v", zones)
	}
	if expiringSoon < 3 {
		t.Errorf("%d agreements expire soon", expiringSoon)
	}
	if minorsWithoutConsent > 0 {
		t.Errorf("%d school exchanges lack consent", minorsWithoutConsent)
	}
	for _, s := range model.ExchangeStatuses {
		if statuses[model.KindExchange][s] == 0 {
			t.Errorf("no exchange is %s: %v", s, statuses[model.KindExchange])
		}
	}
	if statuses[model.KindEvent]["held"] < 1000 {
		t.Errorf("event statuses %v", statuses[model.KindEvent])
	}
}

// More exchanges of the early years are finished than of the late ones.
func TestProgrammeExchangesCompleteEarlier(t *testing.T) {
	done, all := map[string]int{}, map[string]int{}
	for _, rec := range New(1).Programme(100) {
		if x, ok := rec.(*model.Exchange); ok {
			y := x.Start[:4]
			all[y]++
			if x.Status == "completed" {
				done[y]++
			}
		}
	}
	share := func(y string) float64 { return float64(done[y]) / float64(max(all[y], 1)) }
	if !(share("2021") > share("2023") && share("2022") > share("2023") && share("2023") > share("2024")) {
		t.Errorf("completed by year %v of %v", done, all)
	}
}

func TestProgrammeWithoutExperts(t *testing.T) {
	tax := model.NewTaxonomy()
	for _, rec := range New(1).Programme(0) {
		if err := rec.Validate(tax); err != nil {
			t.Fatalf("%s: %v", rec.Base().ExternalID, err)
		}
	}
}
