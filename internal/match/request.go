// Package match ranks the experts of a corpus for a request for expertise and
// says why each was proposed.
//
// Evidence comes in three kinds, combined with fixed weights into a score in
// [0, 1] that means the same for every request:
//
//   - text: each profile field group and each output of an expert is its own
//     document (the document-centric "Model 2" of the expert-finding
//     literature); documents are scored with BM25 against the request and an
//     expert's best documents are aggregated. Scores are normalised by what
//     the request could achieve against itself, so a long request does not
//     out-score a short one.
//   - concepts: thesaurus concepts found in the request and in the profile.
//     They are language-neutral, so a Chinese request finds a profile written
//     in Russian; the request's concepts also carry their labels in the other
//     languages into the text query.
//   - structure: overlap of sphere slugs.
//
// Constraints (spoken language, availability, direction between the cities)
// either filter or lower the score, as the request says.
package match

import "talentbridge/internal/model"

// Request is a need for expertise.
type Request struct {
	Title       string
	Description string   // any of ru, zh, en, or a mix
	Spheres     []string // sphere slugs; top-level or sub-spheres
	Languages   []string // spoken languages; an expert speaking any one of them qualifies
	Formats     []string // wanted formats (model.Formats); any one qualifies
	From, Until string   // wanted window, 2006-01-02; either may be empty
	City        string   // the requesting city; experts of the other city are wanted
	Hard        Hard     // which constraints filter; the others only lower the score
}

// Hard says, for each constraint, whether it filters experts out (true) or
// only lowers their score when missed (false).
type Hard struct {
	Languages, Formats, Window, Direction bool
}

// Options are per call: how many hits, who may be seen, and ablations.
type Options struct {
	Limit int // hits to return; 0 means DefaultLimit
	// Visible decides which experts the caller may see. Invisible experts are
	// never scored nor returned. Nil means all.
	Visible func(*model.Expert) bool
	// TextOnly ranks by text evidence alone: no concepts, no translation, no
	// spheres, no constraints.
	TextOnly bool
	// NoConcepts drops concept evidence and concept translation of the request.
	NoConcepts bool
	// NoExplain skips the explanations (an evaluation needs only the order).
	NoExplain bool
}

// DefaultLimit is the number of hits when Options.Limit is 0.
const DefaultLimit = 20

// Hit is one proposed expert.
type Hit struct {
	ExpertID string // the expert's ExternalID
	Expert   *model.Expert
	Score    float64 // in [0, 1]; comparable across experts and across requests

	// The components of Score, each in [0, 1]: Score is their weighted mean
	// times Penalty.
	Text, Concept, Sphere float64
	Penalty               float64 // product of the factors of missed soft constraints

	Explanation Explanation
}

// Explanation says why an expert was proposed.
type Explanation struct {
	Fields      []FieldEvidence   // per field: request words and concepts found there
	Outputs     []OutputEvidence  // the outputs that contributed most, best first
	Concepts    []ConceptEvidence // request concepts the expert covers
	Spheres     []SphereEvidence  // request spheres and the expert's closest sphere
	Constraints []ConstraintCheck // every constraint of the request, met or not
}

// FieldEvidence lists what matched in one field group: "keywords", "bio",
// "position", "spheres", "outputs[i]" or, for the i-th work, its kind in
// the plural: "practices[i]".
type FieldEvidence struct {
	Field    string
	Terms    []string // request words (or their translations) found in the field
	Concepts []string // concept ids found in both the request and the field
}

// OutputEvidence is one output and how much it matched. A work (see Work)
// is reported as an output with its Record and an Index of -1.
type OutputEvidence struct {
	Index  int    // position in Expert.Outputs; -1 for a work
	Record string // a work's external id (a practice of the programme)
	Kind   string
	Title  string
	Year   int
	Score  float64 // normalised document score in [0, 1]
	Terms  []string
}

// ConceptEvidence links a concept of the request to the expert's concept
// that covers it.
type ConceptEvidence struct {
	Request  string // concept id found in the request
	Expert   string // concept id found in the profile
	Relation string // "same", "narrower" (the expert's is more specific), "broader"
	Label    string // label of the expert's concept in the request's language
}

// SphereEvidence pairs a request sphere with the expert's closest one.
type SphereEvidence struct {
	Request, Expert string
	Relation        string // "same", "sibling", "same-top", "none"
	Score           float64
}

// Status of one constraint for one expert.
type Status string

const (
	Met     Status = "met"
	Missed  Status = "missed"
	Unknown Status = "unknown" // the profile does not say
)

// ConstraintCheck is the verdict on one constraint.
type ConstraintCheck struct {
	Name   string // "languages", "formats", "window", "direction"
	Hard   bool
	Status Status
	Factor float64 // score factor applied (1 when met or hard)
}
