package match

import (
	"math"

	"talentbridge/internal/model"
)

// Kinship of a request sphere and an expert sphere.
const (
	sameSphere    = 1.0
	siblingSphere = 0.6 // two sub-spheres under the same top sphere
	sameTopSphere = 0.3 // one of them is the top sphere of the other
)

// sphereScore is the mean, over the request's spheres, of the kinship of the
// expert's closest sphere; with evidence it also says which sphere that was.
func (ix *Index) sphereScore(req, have []string, evidence bool) (float64, []SphereEvidence) {
	if len(req) == 0 {
		return 0, nil
	}
	sum := 0.0
	var ev []SphereEvidence
	for _, r := range req {
		best := SphereEvidence{Request: r, Relation: "none"}
		for _, h := range have {
			if v, rel := kinship(r, h); v > best.Score {
				best.Expert, best.Relation, best.Score = h, rel, v
			}
		}
		sum += best.Score
		if evidence {
			ev = append(ev, best)
		}
	}
	return sum / float64(len(req)), ev
}

func kinship(a, b string) (float64, string) {
	switch {
	case a == b:
		return sameSphere, "same"
	case model.TopSphere(a) != model.TopSphere(b):
		return 0, "none"
	case a != model.TopSphere(a) && b != model.TopSphere(b):
		return siblingSphere, "sibling"
	default:
		return sameTopSphere, "same-top"
	}
}

// penalty checks the request's constraints against an expert. It returns the
// product of the factors of missed soft constraints and false when a hard
// constraint is missed or unknown (a hard filter wants evidence). When
// checks is non-nil every verdict is appended to it.
func (ix *Index) penalty(r Request, e *model.Expert, checks *[]ConstraintCheck) (float64, bool) {
	factor := 1.0
	ok := true
	apply := func(name string, hard bool, st Status, miss float64) {
		f := 1.0
		switch {
		case st == Met:
		case hard:
			ok = false
		case st == Missed:
			f = miss
		default:
			f = math.Sqrt(miss)
		}
		factor *= f
		if checks != nil {
			*checks = append(*checks, ConstraintCheck{Name: name, Hard: hard, Status: st, Factor: f})
		}
	}
	var av model.Availability
	if e.Availability != nil {
		av = *e.Availability
	}
	if len(r.Languages) > 0 {
		apply("languages", r.Hard.Languages, anyOf(r.Languages, e.Languages), ix.cfg.LanguageFactor)
	}
	if len(r.Formats) > 0 {
		apply("formats", r.Hard.Formats, anyOf(r.Formats, av.Formats), ix.cfg.FormatFactor)
	}
	if r.From != "" || r.Until != "" {
		apply("window", r.Hard.Window, overlap(r.From, r.Until, av.From, av.Until, e.Availability != nil), ix.cfg.WindowFactor)
	}
	if want := counterpart(r.City); want != "" {
		st := Unknown
		if e.City != "" {
			st = statusOf(e.City == want)
		}
		apply("direction", r.Hard.Direction, st, ix.cfg.DirectionFactor)
	}
	return factor, ok
}

// counterpart is the city whose experts a requesting city wants: the
// exchange runs between Moscow and Beijing.
func counterpart(city string) string {
	switch city {
	case model.CityMoscow:
		return model.CityBeijing
	case model.CityBeijing:
		return model.CityMoscow
	}
	return ""
}

func anyOf(want, have []string) Status {
	if len(have) == 0 {
		return Unknown
	}
	for _, w := range want {
		for _, h := range have {
			if w == h {
				return Met
			}
		}
	}
	return Missed
}

// overlap compares date windows in 2006-01-02 form (which order as strings);
// an empty bound is open.
func overlap(from, until, avFrom, avUntil string, known bool) Status {
	if !known || (avFrom == "" && avUntil == "") {
		return Unknown
	}
	if (until != "" && avFrom != "" && avFrom > until) || (from != "" && avUntil != "" && avUntil < from) {
		return Missed
	}
	return Met
}

func statusOf(ok bool) Status {
	if ok {
		return Met
	}
	return Missed
}
