package match

import (
	"strings"

	"talentbridge/internal/textproc"
)

// boilerplate are the words every request for expertise uses and no profile
// answers: "we need an expert in …", «нужен специалист по …», «需要…方面的专家».
// They would make nearly every profile a candidate (every biography says
// «эксперт») without telling anyone apart. English "expert" stays: "expert
// system" is a subject.
var boilerplate = []string{
	"need needed needs seek seeking looking require required request wanted",
	"нужен нужна нужно нужны требуется требуются ищем ищется необходим необходима эксперт эксперта специалист специалиста консультант",
	"需要 寻找 专家 方面 相关",
}

// boilerplateTerms analyses the boilerplate words the way requests are analysed.
func boilerplateTerms(an *textproc.Analyzer) map[string]bool {
	out := map[string]bool{}
	for _, line := range boilerplate {
		for _, w := range strings.Fields(line) {
			for _, t := range an.Tokens(w, textproc.ModeFull) {
				out[t.Term] = true
			}
		}
	}
	return out
}
