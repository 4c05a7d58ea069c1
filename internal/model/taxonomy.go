package model

import (
	"regexp"
	"sort"
	"strings"
)

// Sphere is one node of the sphere taxonomy: a top-level sphere ("transport")
// or a sub-sphere ("transport.subway"). Labels are keyed by language.
type Sphere struct {
	Slug   string `json:"slug"`
	Parent string `json:"parent,omitempty"`
	Labels Text   `json:"labels"`
	Custom bool   `json:"custom,omitempty"` // added at run time by an admin
}

// Top returns the top-level slug of a sphere slug ("transport.subway" → "transport").
func TopSphere(slug string) string {
	if i := strings.IndexByte(slug, '.'); i >= 0 {
		return slug[:i]
	}
	return slug
}

// Taxonomy is an immutable set of spheres: the built-in ones plus any added
// at run time. Build a new one to change it.
type Taxonomy struct {
	spheres []Sphere
	bySlug  map[string]int
}

// NewTaxonomy builds a taxonomy of the built-in spheres and the extra ones,
// ordered as built in, then extras by slug under their parent.
func NewTaxonomy(extra ...Sphere) *Taxonomy {
	all := append(BuiltinSpheres(), extra...)
	t := &Taxonomy{bySlug: make(map[string]int, len(all))}
	// Order: each top-level sphere followed by its children.
	children := map[string][]Sphere{}
	var tops []Sphere
	for _, s := range all {
		if s.Parent == "" {
			tops = append(tops, s)
		} else {
			children[s.Parent] = append(children[s.Parent], s)
		}
	}
	for _, top := range tops {
		t.add(top)
		kids := children[top.Slug]
		sort.SliceStable(kids, func(i, j int) bool { return !kids[i].Custom && kids[j].Custom })
		for _, k := range kids {
			t.add(k)
		}
	}
	return t
}

func (t *Taxonomy) add(s Sphere) {
	if _, dup := t.bySlug[s.Slug]; dup {
		return
	}
	t.bySlug[s.Slug] = len(t.spheres)
	t.spheres = append(t.spheres, s)
}

// All returns every sphere, each top-level sphere followed by its children.
func (t *Taxonomy) All() []Sphere { return append([]Sphere(nil), t.spheres...) }

// Tops returns the top-level spheres in their canonical order.
func (t *Taxonomy) Tops() []Sphere {
	var out []Sphere
	for _, s := range t.spheres {
		if s.Parent == "" {
			out = append(out, s)
		}
	}
	return out
}

// Children returns the sub-spheres of a top-level sphere.
func (t *Taxonomy) Children(top string) []Sphere {
	var out []Sphere
	for _, s := range t.spheres {
		if s.Parent == top {
			out = append(out, s)
		}
	}
	return out
}

// Get returns the sphere with the slug.
func (t *Taxonomy) Get(slug string) (Sphere, bool) {
	i, ok := t.bySlug[slug]
	if !ok {
		return Sphere{}, false
	}
	return t.spheres[i], true
}

// Has reports whether slug names a sphere.
func (t *Taxonomy) Has(slug string) bool { _, ok := t.bySlug[slug]; return ok }

// Label returns the sphere's label in lang, falling back to English, then the slug.
func (t *Taxonomy) Label(slug, lang string) string {
	s, ok := t.Get(slug)
	if !ok {
		return slug
	}
	if l := s.Labels[lang]; l != "" {
		return l
	}
	if l := s.Labels[LangEN]; l != "" {
		return l
	}
	return slug
}

var subSlugRE = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// ValidateNewSphere checks a sub-sphere an admin wants to add: its parent is a
// top-level sphere, its slug is "parent.sub" in lower-case kebab form, it is
// new, and it has a label in each of the three languages.
func (t *Taxonomy) ValidateNewSphere(s Sphere) error {
	v := &ValidationError{}
	parent, sub, ok := strings.Cut(s.Slug, ".")
	switch {
	case s.Slug == "":
		v.add("slug", CodeRequired, nil)
	case !ok || !subSlugRE.MatchString(sub) || len(s.Slug) > 80:
		v.add("slug", CodeBadFormat, nil)
	case s.Parent != "" && s.Parent != parent:
		v.add("parent", CodeBadFormat, nil)
	default:
		if top, found := t.Get(parent); !found || top.Parent != "" {
			v.add("slug", CodeUnknownSphere, map[string]any{"value": parent})
		} else if t.Has(s.Slug) {
			v.add("slug", CodeDuplicate, nil)
		}
	}
	for _, l := range Langs {
		checkText(v, "labels."+l, s.Labels[l], 200, true)
	}
	return v.orNil()
}
