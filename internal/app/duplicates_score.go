package app

import (
	"math"
	"slices"
	"strings"

	"talentbridge/internal/model"
	"talentbridge/internal/translit"
)

// Evidence is one reason for or against two profiles being one person.
// Weight is its contribution in log-odds: positive for, negative against.
// Detail never holds an e-mail address or an ORCID iD, only which name
// forms met or which spheres are shared.
type Evidence struct {
	Kind   string  `json:"kind"`
	Detail string  `json:"detail,omitempty"`
	Weight float64 `json:"weight"`
}

// Kinds of evidence.
const (
	EvidenceName            = "name"
	EvidenceSameORCID       = "same_orcid"
	EvidenceOtherORCID      = "different_orcid"
	EvidenceSameEmail       = "same_email"
	EvidenceOtherEmail      = "different_email"
	EvidenceOtherWorkEmail  = "different_email_same_domain"
	EvidenceSameOrg         = "same_organization"
	EvidenceOtherOrg        = "different_organization"
	EvidenceSameCity        = "same_city"
	EvidenceOtherCity       = "different_city"
	EvidenceSharedSphere    = "shared_sphere"
	EvidenceSharedTopSphere = "shared_top_sphere"
	EvidenceNoSharedSphere  = "no_shared_sphere"
	EvidenceSharedOutput    = "shared_output"
	EvidenceSharedKeyword   = "shared_keyword"
	EvidenceOtherPatronymic = "different_patronymic"
	EvidenceOtherHan        = "different_characters"
)

// The weights, in log-odds. An ORCID iD or an e-mail address belongs to one
// person, so sharing one is near-certain and two different iDs all but rule
// a match out; people do keep several e-mail addresses, so different ones
// say little. Organisation, city and field of work are what separate two
// namesakes (there are many Zhang Wei) from one person written twice.
const (
	wSameORCID  = 6.0
	wOtherORCID = -6.0
	wSameEmail  = 5.0
	wOtherEmail = -0.3
	// An organisation gives a person one address: two different addresses
	// at one organisation's domain are most often two colleagues.
	wOtherWorkEmail = -1.5
	wSameOrg        = 1.5
	wOtherOrg       = -1.5
	wSameCity       = 0.4
	wOtherCity      = -1.5
	wSharedSphere   = 1.2
	wSharedTop      = 0.6
	wNoSphere       = -1.5
	wSharedOutput   = 3.0
	// Keywords are chosen by the person (or their office): sharing one says
	// more than sharing a field of the taxonomy.
	wSharedKeyword = 1.0
	// Two Russian records with different patronymics, or two Chinese names
	// in different characters (陈华 and 曾华 both read "Chan Wah" in some
	// romanisation), are two people: the names only look alike in Latin.
	wOtherPatronymic = -4.0
	wOtherHan        = -4.0

	// nameSlope and nameCentre turn the name similarity into log-odds: a
	// name that agrees in every part (1.0) is mild evidence by itself
	// (+1.7), one that only agrees by folded keys or initials needs support.
	nameSlope  = 14.0
	nameCentre = 0.88
	// minNameScore is the name similarity below which a pair is not
	// considered at all, whatever else agrees.
	minNameScore = 0.6
)

// scorePair says how likely two profiles are one person: a probability in
// [0, 1] and the evidence, strongest first. ok is false when the names are
// too far apart to consider.
func scorePair(a, b *dupEntry) (score float64, evidence []Evidence, ok bool) {
	ns, detail := nameScore(a, b)
	if ns < minNameScore {
		return 0, nil, false
	}
	evidence = append(evidence, Evidence{Kind: EvidenceName, Detail: detail, Weight: nameSlope * (ns - nameCentre)})
	add := func(kind string, w float64) { evidence = append(evidence, Evidence{Kind: kind, Weight: w}) }
	if a.patronymic != "" && b.patronymic != "" && a.patronymic != b.patronymic {
		add(EvidenceOtherPatronymic, wOtherPatronymic)
	}
	if a.han != "" && b.han != "" && a.han != b.han {
		add(EvidenceOtherHan, wOtherHan)
	}
	switch {
	case a.orcid == "" || b.orcid == "":
	case a.orcid == b.orcid:
		add(EvidenceSameORCID, wSameORCID)
	default:
		add(EvidenceOtherORCID, wOtherORCID)
	}
	switch {
	case a.email == "" || b.email == "":
	case a.email == b.email:
		add(EvidenceSameEmail, wSameEmail)
	case sameWorkDomain(a.email, b.email):
		add(EvidenceOtherWorkEmail, wOtherWorkEmail)
	default:
		add(EvidenceOtherEmail, wOtherEmail)
	}
	switch {
	case a.org != "" && a.org == b.org, sharesAny(a.orgText, b.orgText):
		add(EvidenceSameOrg, wSameOrg)
	case a.org != "" && b.org != "":
		add(EvidenceOtherOrg, wOtherOrg)
	}
	switch {
	case a.city == "" || b.city == "":
	case a.city == b.city && (a.city != model.CityOther || a.country == b.country):
		add(EvidenceSameCity, wSameCity)
	case a.city != b.city:
		add(EvidenceOtherCity, wOtherCity)
	}
	if len(a.spheres) > 0 && len(b.spheres) > 0 {
		if s := shared(subSpheres(a.spheres), subSpheres(b.spheres)); len(s) > 0 {
			evidence = append(evidence, Evidence{Kind: EvidenceSharedSphere, Detail: strings.Join(s, ", "), Weight: wSharedSphere})
		} else if sharesAny(tops(a.spheres), tops(b.spheres)) {
			add(EvidenceSharedTopSphere, wSharedTop)
		} else {
			add(EvidenceNoSharedSphere, wNoSphere)
		}
	}
	if s := shared(a.keywords, b.keywords); len(s) > 0 {
		evidence = append(evidence, Evidence{Kind: EvidenceSharedKeyword, Detail: strings.Join(s, ", "), Weight: wSharedKeyword})
	}
	if sharesAny(a.outputs, b.outputs) {
		add(EvidenceSharedOutput, wSharedOutput)
	}
	var logit float64
	for _, e := range evidence {
		logit += e.Weight
	}
	slices.SortStableFunc(evidence, func(x, y Evidence) int {
		switch {
		case math.Abs(x.Weight) > math.Abs(y.Weight):
			return -1
		case math.Abs(x.Weight) < math.Abs(y.Weight):
			return 1
		}
		return 0
	})
	return 1 / (1 + math.Exp(-logit)), evidence, true
}

// nameScore compares the names part by part (translit.NameSimilarity).
// Records that wrote the name as initials ("I. Ivanov") or as one word
// ("zhangwei") have no parts to compare, so each of their forms is matched
// as a query against the other person instead.
func nameScore(a, b *dupEntry) (float64, string) {
	s, ev := translit.NameSimilarity(a.name, b.name)
	if s >= nameCentre || !a.keys.abbreviated && !b.keys.abbreviated {
		return s, strings.Join(ev, "; ")
	}
	best, form := s, ""
	try := func(q, other *dupEntry) {
		for _, l := range model.Langs {
			text := q.name[l]
			if text == "" {
				continue
			}
			if m, ok := translit.MatchName(text, other.name, other.nativeLang); ok && m > best {
				best, form = m, text
			}
		}
	}
	try(a, b)
	try(b, a)
	if form == "" {
		return s, strings.Join(ev, "; ")
	}
	return best, "matched as written: " + form
}

func sharesAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func shared(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// subSpheres leaves out top-level spheres: sharing "transport" says little.
func subSpheres(spheres []string) []string {
	var out []string
	for _, s := range spheres {
		if model.TopSphere(s) != s {
			out = append(out, s)
		}
	}
	return out
}

func tops(spheres []string) []string {
	out := make([]string, 0, len(spheres))
	for _, s := range spheres {
		out = appendNew(out, model.TopSphere(s))
	}
	return out
}

// publicMail lists mail services where anyone has an address: sharing their
// domain says nothing about an organisation.
var publicMail = map[string]bool{
	"gmail.com": true, "outlook.com": true, "hotmail.com": true, "yahoo.com": true, "icloud.com": true,
	"mail.ru": true, "yandex.ru": true, "ya.ru": true, "rambler.ru": true, "bk.ru": true, "list.ru": true, "inbox.ru": true,
	"qq.com": true, "163.com": true, "126.com": true, "sina.com": true, "sohu.com": true, "foxmail.com": true, "aliyun.com": true,
}

// sameWorkDomain reports whether two different addresses share the domain
// of an organisation (not of a public mail service).
func sameWorkDomain(a, b string) bool {
	_, da, okA := strings.Cut(a, "@")
	_, db, okB := strings.Cut(b, "@")
	return okA && okB && da == db && !publicMail[da]
}
