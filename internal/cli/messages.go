package cli

import (
	"errors"
	"strings"

	"talentbridge/internal/app"
	"talentbridge/internal/tabular"

	"talentbridge/internal/i18n"
)

// messages renders error codes in the user's language, chosen from
// TALENTBRIDGE_LANG, LC_ALL, LC_MESSAGES or LANG (ru_RU.UTF-8 → ru).
type messages struct {
	tr   *i18n.Translator
	lang string
}

func newTranslator() (*i18n.Translator, error) { return i18n.New() }

func (e *env) messages() messages {
	tr, err := newTranslator()
	if err != nil {
		return messages{}
	}
	lang := "en"
	for _, name := range []string{"TALENTBRIDGE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := e.getenv(name); v != "" {
			l := strings.ToLower(v)
			switch {
			case strings.HasPrefix(l, "ru"):
				lang = "ru"
			case strings.HasPrefix(l, "zh"):
				lang = "zh"
			}
			break
		}
	}
	return messages{tr: tr, lang: lang}
}

func (m messages) text(code string, params map[string]any) string {
	if m.tr == nil {
		return code
	}
	return m.tr.T(m.lang, "error."+code, params)
}

// line renders one problem of a line: "field: message", the field named
// by its path as the file has it.
func (m messages) line(le app.LineError) string {
	text := m.text(le.Code, le.Params)
	if le.Field == "" {
		return text
	}
	return le.Field + ": " + text
}

// fileError renders an error that stopped a whole file: a spreadsheet's
// code in the user's language, anything else as it is.
func (m messages) fileError(err error) string {
	var te *tabular.Error
	if errors.As(err, &te) {
		return m.text(te.Code, te.Params)
	}
	return err.Error()
}
