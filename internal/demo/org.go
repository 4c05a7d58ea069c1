package demo

import (
	"strings"

	"talentbridge/internal/model"
)

// org is one organisation of the demo set together with what the generator
// needs to staff it: the sub-spheres its people work in and their roles.
type org struct {
	id         string
	ru, zh, en string
	city       string
	country    string
	kind       string
	people     people   // whose names the staff have; set from the country
	subs       []string // sub-sphere slugs; experts take 1–3 of them
	roles      []role   // staff roles; repeats weight the draw
	weight     int      // relative head count; 0 means 1
	phone      string   // phone template ('#' = digit); empty: the city's
}

// people says which naming tradition, languages and contacts an expert has.
type people int

const (
	russian people = iota // Russian names with patronymics; also Belarus
	chinese               // Chinese names, pinyin, Palladius
	kazakh                // Kazakh names in Russian form
	german                // names in Latin script only
)

// allOrgs returns a fresh copy of the whole organisation table with city,
// country, people and weight filled in.
func allOrgs() []org {
	var out []org
	add := func(list []org, city, country string) {
		for _, o := range list {
			o.city = city
			if o.country == "" {
				o.country = country
			}
			switch o.country {
			case "CN":
				o.people = chinese
			case "KZ":
				o.people = kazakh
			case "DE":
				o.people = german
			default:
				o.people = russian
			}
			if o.weight == 0 {
				o.weight = 1
			}
			out = append(out, o)
		}
	}
	add(moscowOrgs, model.CityMoscow, "RU")
	add(beijingOrgs, model.CityBeijing, "CN")
	add(otherOrgs, model.CityOther, "")
	return out
}

// mailHost is the host part of staff e-mail addresses: the organisation's
// short id under a domain set aside for examples.
func (o *org) mailHost() string {
	short := o.id
	for _, p := range []string{"org-msk-", "org-bj-", "org-oth-"} {
		if rest, ok := strings.CutPrefix(short, p); ok {
			short = rest
			break
		}
	}
	switch o.country {
	case "RU", "BY", "KZ":
		return short + ".example.ru"
	case "CN":
		return short + ".example.cn"
	}
	return short + ".example.org"
}

func subs(s ...string) []string { return s }
func roles(r ...role) []role    { return r }
