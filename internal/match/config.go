package match

// Config holds the engine's fixed parameters. Weights are fixed per engine,
// never per request, so that scores stay comparable across requests.
type Config struct {
	// ProfileCentric indexes each expert as one concatenated document
	// instead of one document per field group and output (an ablation).
	ProfileCentric bool

	K1, B float64 // BM25
	// K3 saturates repeated request words: a long request that says
	// "agent" ten times weighs it more than once, but not ten times.
	K3 float64

	// TopK documents of an expert are aggregated, the r-th weighted
	// Decay^(r-1), by noisy-or: 1 - Π(1 - w_r·s_r). One perfect document
	// scores 1; several good ones approach it.
	TopK  int
	Decay float64
	// Gamma < 1 lifts partial document matches: s = (raw/self)^Gamma.
	Gamma float64

	// FieldWeight is the prior of each kind of document.
	FieldWeight [numFields]float64

	// Translation weights of concept labels added to the request: in the
	// request's own language (synonyms) and in the other languages.
	SynonymWeight, TranslationWeight float64

	// Weights of the evidence kinds in the final score.
	TextWeight, ConceptWeight, SphereWeight float64

	// Factors applied when a soft constraint is missed; an unknown status
	// gets the square root (half the penalty on a log scale).
	LanguageFactor, FormatFactor, WindowFactor, DirectionFactor float64
}

// DefaultConfig returns the tuned parameters.
func DefaultConfig() Config {
	return Config{
		K1: 1.2, B: 0.75, K3: 4,
		TopK: 8, Decay: 0.8, Gamma: 0.5,
		FieldWeight: [numFields]float64{
			fieldKeywords: 1, fieldBio: 0.8, fieldPosition: 0.4, fieldSpheres: 0.6,
			fieldOutput: 1, fieldProfile: 1,
		},
		SynonymWeight: 0.3, TranslationWeight: 0.6,
		TextWeight: 0.6, ConceptWeight: 0.25, SphereWeight: 0.15,
		LanguageFactor: 0.7, FormatFactor: 0.8, WindowFactor: 0.8, DirectionFactor: 0.6,
	}
}

// field is the kind of a document.
type field uint8

const (
	fieldKeywords field = iota
	fieldBio
	fieldPosition // position and organisation
	fieldSpheres  // sphere labels in ru, zh, en
	fieldOutput
	fieldProfile // everything, in the profile-centric ablation
	numFields
)

var fieldNames = [numFields]string{"keywords", "bio", "position", "spheres", "outputs", "profile"}
