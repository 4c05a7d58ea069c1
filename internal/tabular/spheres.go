package tabular

import (
	"strings"

	"talentbridge/internal/model"
)

// sphereIndex finds sphere slugs by slug, by the part of a sub-sphere's slug
// after the dot when no other sub-sphere shares it, or by label in any
// language (case, spaces and punctuation ignored).
type sphereIndex struct {
	slugs  map[string]string // lower-case slug or unique sub-slug → slug
	labels map[string]string // folded label → slug
}

func newSphereIndex(tax *model.Taxonomy) *sphereIndex {
	ix := &sphereIndex{slugs: map[string]string{}, labels: map[string]string{}}
	subCount := map[string]int{}
	all := tax.All()
	for _, s := range all {
		ix.slugs[s.Slug] = s.Slug
		if _, sub, ok := strings.Cut(s.Slug, "."); ok {
			subCount[sub]++
		}
	}
	for _, s := range all {
		if _, sub, ok := strings.Cut(s.Slug, "."); ok && subCount[sub] == 1 {
			if _, taken := ix.slugs[sub]; !taken {
				ix.slugs[sub] = s.Slug
			}
		}
		for _, l := range model.Langs { // built-in order: the first sphere keeps a shared label
			if label := foldHeader(s.Labels[l]); label != "" {
				if _, taken := ix.labels[label]; !taken {
					ix.labels[label] = s.Slug
				}
			}
		}
	}
	return ix
}

func (ix *sphereIndex) lookup(s string) (string, bool) {
	if slug, ok := ix.slugs[strings.ToLower(strings.TrimSpace(s))]; ok {
		return slug, true
	}
	slug, ok := ix.labels[foldHeader(s)]
	return slug, ok
}
