package demo

// concept is one idea of a sub-sphere named in the three languages. An
// expert states a concept in the languages of the profile, so the same
// concept appears in Russian for one expert and in Chinese for another:
// exactly what cross-language search and matching have to bridge.
type concept struct{ ru, zh, en string }

func (c concept) in(lang string) string {
	switch lang {
	case "ru":
		return c.ru
	case "zh":
		return c.zh
	}
	return c.en
}

// sphereVocab is the vocabulary of one sub-sphere.
type sphereVocab struct {
	slug     string
	concepts []concept
}

// vocabGroups lists every vocabulary table; New indexes them by slug.
var vocabGroups = [][]sphereVocab{economyVocab, scienceVocab, cityVocab, healthVocab, cultureVocab}
