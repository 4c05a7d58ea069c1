package demo

import (
	"math/rand/v2"
	"slices"
	"time"

	"talentbridge/internal/model"
)

// ProgrammeReference is the demo programme's "today": records before it are
// held or completed, records after it planned. It is fixed rather than
// time.Now so that the same seed always gives the same programme.
var ProgrammeReference = time.Date(2023, time.December, 1, 0, 0, 0, 0, time.UTC)

// Sizes of the demo programme.
const (
	ProgrammeEvents     = 1200
	ProgrammeExchanges  = 300
	ProgrammeProjects   = 30
	ProgrammeAgreements = 40
	ProgrammePractices  = 150
)

// maxProgrammePool caps how many experts the programme draws its people
// from: enough for realistic variety, without generating a whole large
// data set just to pick speakers.
const maxProgrammePool = 20000

// Programme returns the demo programme of cooperation (events, exchanges,
// joint projects, agreements and best practices) whose people are drawn
// from experts 0 … experts-1 and whose organisations are those of
// Organizations. It depends only on the seed and experts; every record is
// normalized and passes Validate.
func (g *Generator) Programme(experts int) []model.ProgrammeRecord {
	p := g.newPool(min(experts, maxProgrammePool))
	var out []model.ProgrammeRecord
	out = append(out, g.events(p)...)
	out = append(out, g.exchanges(p)...)
	out = append(out, g.projects(p)...)
	out = append(out, g.agreements(p)...)
	out = append(out, g.practices(p)...)
	for _, r := range out {
		r.Normalize()
	}
	return out
}

// programmeRNG gives each kind of record its own random stream, so that a
// change to how one kind is generated leaves the others as they were.
func (g *Generator) programmeRNG(kind string) *rand.Rand {
	var h uint64 = 1469598103934665603
	for i := 0; i < len(kind); i++ { // FNV-1a of the kind
		h = (h ^ uint64(kind[i])) * 1099511628211
	}
	s := splitmix64(uint64(g.seed) ^ 0x5eed_0f_9a11)
	return rand.New(rand.NewPCG(s, splitmix64(s^h)))
}

// expertRef is what the programme needs of a generated expert.
type expertRef struct {
	id, city, org string
}

// pool indexes the experts the programme draws from by sub-sphere, by
// top-level sphere and by organisation.
type pool struct {
	experts []expertRef
	bySub   map[string][]int
	byTop   map[string][]int
	byOrg   map[string][]int
}

func (g *Generator) newPool(n int) *pool {
	p := &pool{bySub: map[string][]int{}, byTop: map[string][]int{}, byOrg: map[string][]int{}}
	for i := 0; i < n; i++ {
		e := g.Expert(i)
		p.experts = append(p.experts, expertRef{id: e.ExternalID, city: e.City, org: e.OrgID})
		for _, s := range e.Spheres {
			if model.TopSphere(s) == s {
				p.byTop[s] = append(p.byTop[s], i)
			} else {
				p.bySub[s] = append(p.bySub[s], i)
			}
		}
		p.byOrg[e.OrgID] = append(p.byOrg[e.OrgID], i)
	}
	return p
}

// crew collects participants without repeating an expert.
type crew struct {
	seen map[string]bool
	list []model.Participant
}

func (pp *crew) add(id, role string) bool {
	if id == "" || pp.seen[id] {
		return false
	}
	if pp.seen == nil {
		pp.seen = map[string]bool{}
	}
	pp.seen[id] = true
	pp.list = append(pp.list, model.Participant{ExpertID: id, Role: role})
	return true
}

// draw adds up to k experts from the candidates (indexes into the pool)
// in a role, preferring those of the city when city is not empty.
func (p *pool) draw(r *rand.Rand, pp *crew, cands []int, k int, role, city string) {
	if len(cands) == 0 || k <= 0 {
		return
	}
	for tries := 0; k > 0 && tries < 4*k+8; tries++ {
		e := p.experts[cands[r.IntN(len(cands))]]
		if city != "" && e.city != city && tries < 2*k {
			continue
		}
		if pp.add(e.id, role) {
			k--
		}
	}
}

// sphere returns the candidates of a sub-sphere, or of its top-level
// sphere when no expert works in the sub-sphere itself.
func (p *pool) sphere(sub string) []int {
	if c := p.bySub[sub]; len(c) > 0 {
		return c
	}
	return p.byTop[model.TopSphere(sub)]
}

// one returns an expert of the organisation, or "" when it has none.
func (p *pool) one(r *rand.Rand, orgID string) string {
	c := p.byOrg[orgID]
	if len(c) == 0 {
		return ""
	}
	return p.experts[c[r.IntN(len(c))]].id
}

// orgsWith lists the organisations of a city that work in a sub-sphere.
func (g *Generator) orgsWith(city, sub string) []*org {
	var out []*org
	for i := range g.orgs {
		if o := &g.orgs[i]; o.city == city && slices.Contains(o.subs, sub) {
			out = append(out, o)
		}
	}
	return out
}

// orgByID returns the organisation with the external id; the tables name
// only existing ones, which a test checks.
func (g *Generator) orgByID(id string) *org {
	for i := range g.orgs {
		if g.orgs[i].id == id {
			return &g.orgs[i]
		}
	}
	panic("demo: unknown organisation " + id)
}

// spheresOf lists sub-spheres each preceded by its top-level sphere, as
// filtering by a top-level sphere expects.
func spheresOf(subs ...string) []string {
	var out []string
	for _, s := range subs {
		if top := model.TopSphere(s); !slices.Contains(out, top) {
			out = append(out, top)
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// tri builds a model.Text from the three languages.
func tri(ru, zh, en string) model.Text {
	return model.Text{model.LangRU: ru, model.LangZH: zh, model.LangEN: en}
}

func orgText(o *org) model.Text { return tri(o.ru, o.zh, o.en) }

func date(t time.Time) string { return t.Format(time.DateOnly) }

// weighted picks an index by integer weights.
func weighted(r *rand.Rand, w ...int) int {
	total := 0
	for _, x := range w {
		total += x
	}
	x := r.IntN(total)
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

func otherCity(city string) string {
	if city == model.CityMoscow {
		return model.CityBeijing
	}
	return model.CityMoscow
}
