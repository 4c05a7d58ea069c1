package model

import (
	"errors"
	"testing"
)

func TestBuiltinTaxonomyHonoursTheSpec(t *testing.T) {
	tax := NewTaxonomy()
	tops := tax.Tops()
	wantTops := []string{"trade-economy", "innovation", "science-technology", "education", "urban-planning",
		"transport", "public-health", "tourism", "culture", "media"}
	if len(tops) != len(wantTops) {
		t.Fatalf("%d top-level spheres, want %d", len(tops), len(wantTops))
	}
	for i, s := range tops {
		if s.Slug != wantTops[i] {
			t.Errorf("top %d = %q, want %q", i, s.Slug, wantTops[i])
		}
		for _, l := range Langs {
			if s.Labels[l] == "" {
				t.Errorf("%s has no %s label", s.Slug, l)
			}
		}
		kids := tax.Children(s.Slug)
		if len(kids) < 4 || len(kids) > 10 {
			t.Errorf("%s has %d sub-spheres, want 4–10", s.Slug, len(kids))
		}
		for _, k := range kids {
			if k.Labels[LangRU] == "" || k.Labels[LangZH] == "" || k.Labels[LangEN] == "" {
				t.Errorf("%s lacks a label", k.Slug)
			}
		}
	}
	spec := map[string]string{"transport": "Transport", "public-health": "Public health", "media": "Media"}
	for slug, en := range spec {
		if got := tax.Label(slug, LangEN); got != en {
			t.Errorf("label %s = %q, want %q", slug, got, en)
		}
	}
	if tax.Label("public-health", LangZH) != "公共卫生" || tax.Label("media", LangRU) != "Средства массовой информации" {
		t.Error("labels differ from the spec")
	}
	required := []string{"transport.subway", "transport.traffic-management", "transport.event-transport-planning",
		"public-health.epidemic-control", "public-health.diagnostics-treatment", "education.school-exchange",
		"education.academic-exchange", "science-technology.mathematics", "science-technology.chemistry",
		"science-technology.oceanology", "science-technology.materials", "science-technology.physics",
		"innovation.technology-transfer", "innovation.clusters-and-hubs"}
	for _, slug := range required {
		if !tax.Has(slug) {
			t.Errorf("required sub-sphere %s is missing", slug)
		}
	}
}

func TestAddingASubSphere(t *testing.T) {
	tax := NewTaxonomy()
	s := Sphere{Slug: "transport.cable-cars", Labels: Text{"ru": "Канатные дороги", "zh": "索道", "en": "Cable cars"}}
	if err := tax.ValidateNewSphere(s); err != nil {
		t.Fatal(err)
	}
	s.Parent, s.Custom = "transport", true
	ext := NewTaxonomy(s)
	if !ext.Has("transport.cable-cars") || len(ext.Children("transport")) != len(tax.Children("transport"))+1 {
		t.Fatal("custom sphere not added under its parent")
	}
	bad := []Sphere{
		{Slug: "transport.subway", Labels: s.Labels},           // exists
		{Slug: "teleport.gates", Labels: s.Labels},             // no such parent
		{Slug: "transport.Cable Cars", Labels: s.Labels},       // bad slug
		{Slug: "transport.subway.deep", Labels: s.Labels},      // too deep
		{Slug: "transport.ropeways", Labels: Text{"en": "Ro"}}, // labels missing
	}
	for _, b := range bad {
		if err := ext.ValidateNewSphere(b); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: want ErrInvalid, got %v", b.Slug, err)
		}
	}
}
