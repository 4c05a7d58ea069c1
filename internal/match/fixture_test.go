package match

import (
	"sync"

	"talentbridge/internal/textproc"
	"talentbridge/internal/thesaurus"
)

// fixture is the analyser and thesaurus, loaded once per test binary:
// loading the Chinese dictionary takes a second or two.
type fixture struct {
	an *textproc.Analyzer
	th *thesaurus.Thesaurus
}

var loadFixture = sync.OnceValues(func() (fixture, error) {
	an, err := textproc.New()
	if err != nil {
		return fixture{}, err
	}
	th, err := thesaurus.Default(an)
	return fixture{an, th}, err
})
