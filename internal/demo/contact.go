package demo

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"talentbridge/internal/model"
)

// Phone templates of the two capitals: office lines and mobiles. '#' is a
// random digit.
var (
	moscowPhones  = []string{"+7 495 ###-##-##", "+7 499 ###-##-##", "+7 916 ###-##-##", "+7 903 ###-##-##", "+7 925 ###-##-##"}
	beijingPhones = []string{"+86 10 6### ####", "+86 10 8### ####", "+86 139 #### ####", "+86 138 #### ####", "+86 186 #### ####"}
)

func phone(r *rand.Rand, o *org) string {
	tpl := o.phone
	switch o.city {
	case model.CityMoscow:
		tpl = moscowPhones[r.IntN(len(moscowPhones))]
	case model.CityBeijing:
		tpl = beijingPhones[r.IntN(len(beijingPhones))]
	}
	b := []byte(tpl)
	for i, c := range b {
		if c == '#' {
			b[i] = byte('0' + r.IntN(10))
		}
	}
	return string(b)
}

// email builds an address at the organisation (or, for some, a personal one)
// in one of the styles people use. The expert's index ends the local part so
// that addresses are unique within a generated set, as a registry of
// contacts expects.
func email(r *rand.Rand, n personName, o *org, i int) string {
	var local string
	switch r.IntN(4) {
	case 0:
		local = n.given + "." + n.family
	case 1:
		local = n.family + "." + n.given
	case 2:
		local = n.family + n.given
	default:
		local = n.given[:1] + "." + n.family
	}
	host := o.mailHost()
	if r.IntN(5) == 0 {
		host = "example.org"
	}
	return local + "." + strconv.Itoa(i) + "@" + host
}

// orcid returns a random ORCID iD in the ranges ORCID issues
// (0000-0001 … 0000-0003) with a correct ISO 7064 MOD 11-2 check digit.
func orcid(r *rand.Rand) string {
	d := make([]byte, 0, 19)
	d = append(d, "0000-000"...)
	d = append(d, byte('1'+r.IntN(3)), '-')
	for k := 0; k < 7; k++ {
		if k == 4 {
			d = append(d, '-')
		}
		d = append(d, byte('0'+r.IntN(10)))
	}
	total := 0
	for _, c := range d {
		if c != '-' {
			total = (total + int(c-'0')) * 2
		}
	}
	check := (12 - total%11) % 11
	if check == 10 {
		return string(append(d, 'X'))
	}
	return string(append(d, byte('0'+check)))
}

// Availability windows start and end within 2021–2026.
var (
	windowStart = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	windowEnd   = time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
)

func availability(r *rand.Rand, academic bool) *model.Availability {
	k := 1 + r.IntN(3)
	// Academics offer mostly lectures and joint research, practitioners
	// consulting and internships: draw from the four formats that suit the
	// role, and only now and then add one of the other two.
	order := []string{"consulting", "internship", "mentoring", "online", "lecture", "joint-research"}
	if academic {
		order = []string{"lecture", "joint-research", "online", "mentoring", "consulting", "internship"}
	}
	pool := order[:4]
	picked := make([]string, 0, k)
	for _, idx := range r.Perm(len(pool))[:k] {
		picked = append(picked, pool[idx])
	}
	if r.IntN(4) == 0 { // sometimes one of the less usual formats too
		picked = append(picked, order[4+r.IntN(2)])
	}
	slices.SortFunc(picked, func(a, b string) int {
		return slices.Index(model.Formats, a) - slices.Index(model.Formats, b)
	})
	from := windowStart.AddDate(0, 0, r.IntN(4*365))
	until := from.AddDate(0, 3+r.IntN(34), 0)
	if until.After(windowEnd) {
		until = windowEnd
	}
	return &model.Availability{
		Formats: picked,
		From:    from.Format(time.DateOnly),
		Until:   until.Format(time.DateOnly),
	}
}

// spoken lists the languages an expert speaks: the native ones first, every
// language the profile is written in, and some others.
func spoken(r *rand.Rand, p people, country string, text []string) []string {
	var out []string
	add := func(l string, p float64) {
		if (p >= 1 || r.Float64() < p) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	switch p {
	case chinese:
		add("zh", 1)
		add("en", 0.6)
		add("ru", 0.07)
		add("ja", 0.04)
	case kazakh:
		add("kk", 1)
		add("ru", 1)
		add("en", 0.5)
	case german:
		add("de", 1)
		add("en", 1)
		add("ru", 0.25)
		add("zh", 0.1)
	default:
		if country == "BY" {
			add("be", 0.6)
		}
		add("ru", 1)
		add("en", 0.55)
		add("zh", 0.07)
		add("de", 0.06)
		add("fr", 0.04)
	}
	for _, l := range text {
		add(l, 1)
	}
	return out
}
