package demo

import (
	"slices"
	"testing"

	"talentbridge/internal/model"
)

// sample generates n experts of one seed for the statistical tests.
func sample(t *testing.T, seed int64) []model.Expert {
	t.Helper()
	n := 10000
	if testing.Short() {
		n = 3000
	}
	out := make([]model.Expert, 0, n)
	if err := New(seed).Each(n, func(e model.Expert) error { out = append(out, e); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// share is the fraction of experts for which f holds.
func share(es []model.Expert, f func(*model.Expert) bool) float64 {
	n := 0
	for i := range es {
		if f(&es[i]) {
			n++
		}
	}
	return float64(n) / float64(len(es))
}

func TestDistribution(t *testing.T) {
	es := sample(t, 11)
	moscow := func(e *model.Expert) bool { return e.City == model.CityMoscow }
	beijing := func(e *model.Expert) bool { return e.City == model.CityBeijing }
	tests := []struct {
		name   string
		f      func(*model.Expert) bool
		lo, hi float64
	}{
		{"Moscow", moscow, 0.42, 0.48},
		{"Beijing", beijing, 0.42, 0.48},
		{"other city", func(e *model.Expert) bool { return e.City == model.CityOther }, 0.08, 0.12},
		{"public", func(e *model.Expert) bool { return e.Visibility == model.VisibilityPublic }, 0.72, 0.78},
		{"registered", func(e *model.Expert) bool { return e.Visibility == model.VisibilityRegistered }, 0.13, 0.17},
		{"coordinators", func(e *model.Expert) bool { return e.Visibility == model.VisibilityCoordinators }, 0.08, 0.12},
		{"ORCID", func(e *model.Expert) bool { return e.ORCID != "" }, 0.33, 0.47},
		{"availability", func(e *model.Expert) bool { return e.Availability != nil }, 0.67, 0.73},
		{"e-mail", func(e *model.Expert) bool { return e.Email != "" }, 0.87, 0.93},
		{"phone", func(e *model.Expert) bool { return e.Phone != "" }, 0.77, 0.83},
		{"English-only texts", func(e *model.Expert) bool { return len(e.Bio) == 1 && e.Bio["en"] != "" }, 0.04, 0.09},
		{"Moscow expert writes Russian", func(e *model.Expert) bool { return !moscow(e) || e.Bio["ru"] != "" }, 0.97, 1},
		{"Beijing expert writes Chinese", func(e *model.Expert) bool { return !beijing(e) || e.Bio["zh"] != "" }, 0.97, 1},
		{"Moscow expert speaks Russian", func(e *model.Expert) bool { return !moscow(e) || slices.Contains(e.Languages, "ru") }, 1, 1},
		{"Beijing expert speaks Chinese", func(e *model.Expert) bool { return !beijing(e) || slices.Contains(e.Languages, "zh") }, 1, 1},
		{"speaks English", func(e *model.Expert) bool { return slices.Contains(e.Languages, "en") }, 0.55, 0.8},
		{"has English texts", func(e *model.Expert) bool { return e.Bio["en"] != "" }, 0.35, 0.6},
		{"has outputs", func(e *model.Expert) bool { return len(e.Outputs) > 0 }, 0.8, 0.95},
	}
	for _, tt := range tests {
		if got := share(es, tt.f); got < tt.lo || got > tt.hi {
			t.Errorf("%s: share %.3f, want %.2f–%.2f", tt.name, got, tt.lo, tt.hi)
		}
	}
}

// TestCoherence checks the rules that hold for every expert.
func TestCoherence(t *testing.T) {
	g := New(12)
	orgs := map[string]model.Organization{}
	for _, o := range g.Organizations() {
		orgs[o.ExternalID] = o
	}
	emails := map[string]bool{}
	for _, e := range sample(t, 12) {
		o, ok := orgs[e.OrgID]
		if !ok || o.City != e.City || o.Country != e.Country {
			t.Fatalf("%s: organisation %q does not match city %s", e.ExternalID, e.OrgID, e.City)
		}
		for l, s := range e.Organization {
			if s != o.Name[l] {
				t.Fatalf("%s: organization.%s = %q, want %q", e.ExternalID, l, s, o.Name[l])
			}
		}
		subs := 0
		for _, s := range e.Spheres {
			if top := model.TopSphere(s); top != s {
				subs++
				if !slices.Contains(e.Spheres, top) {
					t.Fatalf("%s: %s without its top-level sphere", e.ExternalID, s)
				}
			}
		}
		if subs < 1 || subs > 3 {
			t.Fatalf("%s: %d sub-spheres, want 1–3", e.ExternalID, subs)
		}
		for l := range e.Bio {
			if e.Position[l] == "" || e.Organization[l] == "" || len(e.Keywords[l]) == 0 {
				t.Fatalf("%s: bio in %s but no position, organisation or keywords in it", e.ExternalID, l)
			}
		}
		if len(e.Outputs) > 8 {
			t.Fatalf("%s: %d outputs, want at most 8", e.ExternalID, len(e.Outputs))
		}
		for _, out := range e.Outputs {
			if out.Year < 2005 || out.Year > 2023 || e.Bio[out.Lang] == "" {
				t.Fatalf("%s: output %+v out of range or in a language the profile lacks", e.ExternalID, out)
			}
		}
		if a := e.Availability; a != nil && (a.From < "2021-01-01" || a.Until > "2026-12-31" || len(a.Formats) == 0) {
			t.Fatalf("%s: availability %+v outside 2021–2026", e.ExternalID, a)
		}
		if e.Email != "" {
			for _, r := range e.Email {
				if r > 127 {
					t.Fatalf("%s: e-mail %q is not ASCII", e.ExternalID, e.Email)
				}
			}
			if emails[e.Email] {
				t.Fatalf("%s: e-mail %s used twice", e.ExternalID, e.Email)
			}
			emails[e.Email] = true
		}
	}
}

// TestCrossLanguageConcepts checks the point of the vocabularies: one concept
// is stated in Russian by some experts and in Chinese by others.
func TestCrossLanguageConcepts(t *testing.T) {
	es := sample(t, 13)
	tests := []struct{ ru, zh, en string }{
		{"тоннельная вентиляция", "隧道通风", "tunnel ventilation"},
		{"вакцинация", "疫苗接种", "vaccination"},
		{"трансфер технологий", "技术转移", "technology transfer"},
	}
	for _, tt := range tests {
		var byRU, byZH, byEN int
		for _, e := range es {
			if slices.Contains(e.Keywords["ru"], tt.ru) {
				byRU++
			}
			if slices.Contains(e.Keywords["zh"], tt.zh) {
				byZH++
			}
			if slices.Contains(e.Keywords["en"], tt.en) {
				byEN++
			}
		}
		if byRU == 0 || byZH == 0 || byEN == 0 {
			t.Errorf("%s: stated by %d in Russian, %d in Chinese, %d in English; want some in each", tt.en, byRU, byZH, byEN)
		}
	}
}

func TestPractitionersRarelyPublish(t *testing.T) {
	es := sample(t, 14)
	pubShare := func(doctors bool) float64 {
		var pubs, all int
		for _, e := range es {
			isDoctor := e.OrgID == "org-msk-pirogov" || e.OrgID == "org-bj-chaoyang"
			isUniv := e.OrgID == "org-msk-msu" || e.OrgID == "org-bj-pku"
			if (doctors && !isDoctor) || (!doctors && !isUniv) {
				continue
			}
			for _, o := range e.Outputs {
				all++
				if o.Kind == "publication" {
					pubs++
				}
			}
		}
		return float64(pubs) / float64(max(all, 1))
	}
	if d, u := pubShare(true), pubShare(false); d > 0.15 || u < 0.3 {
		t.Errorf("publications: %.2f of hospital doctors' outputs, %.2f of university staff's; want doctors ≤ 0.15, universities ≥ 0.3", d, u)
	}
}
