package model

import (
	"errors"
	"testing"
)

func TestRequestValidation(t *testing.T) {
	good := func() Request {
		return Request{ExternalID: "req-17", Title: "Вентиляция глубоких станций метро", Spheres: []string{"transport.subway"},
			Languages: []string{"ru"}, Formats: []string{"consulting"}, From: "2024-01-01", Until: "2024-06-30",
			City: "beijing", Hard: []string{"languages"}}
	}
	r := good()
	r.Normalize()
	if err := r.Validate(NewTaxonomy()); err != nil || r.Status != RequestOpen || !r.IsHard("languages") || r.IsHard("window") {
		t.Fatalf("valid request: %v %+v", err, r)
	}
	tests := []struct {
		edit  func(*Request)
		field string
	}{
		{func(r *Request) { r.ExternalID = "" }, "id"},
		{func(r *Request) { r.Title, r.Description = "", "" }, "title"},
		{func(r *Request) { r.Spheres = []string{"astrology"} }, "spheres[0]"},
		{func(r *Request) { r.Formats = []string{"teleport"} }, "formats[0]"},
		{func(r *Request) { r.Until = "2023-01-01" }, "until"},
		{func(r *Request) { r.From = "soon" }, "from"},
		{func(r *Request) { r.Hard = []string{"age"} }, "hard[0]"},
		{func(r *Request) { r.Status = "pending" }, "status"},
		{func(r *Request) {
			r.Shortlist = []ShortlistEntry{{ExpertID: "msk-1", Decision: "accepted"}, {ExpertID: "msk-1", Decision: "maybe"}}
		}, "shortlist[1].expert_id"},
	}
	for _, tt := range tests {
		r := good()
		tt.edit(&r)
		r.Normalize()
		var ve *ValidationError
		if err := r.Validate(NewTaxonomy()); !errors.As(err, &ve) || ve.First().Field != tt.field {
			t.Errorf("want a problem with %s, got %v", tt.field, err)
		}
	}
}
