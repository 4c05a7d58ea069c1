package i18n

import "talentbridge/internal/model"

// ErrorKey is the message key of an error or validation code.
func ErrorKey(code string) string { return "error." + code }

// FieldError renders one validation problem in lang as "<label>: <message>",
// naming the field by its label (or its path when it has none). See
// FieldLabel for scope.
func (t *Translator) FieldError(lang, scope string, fe model.FieldError) string {
	msg := t.T(lang, ErrorKey(fe.Code), fe.Params)
	if fe.Field == "" {
		return msg
	}
	label, ok := t.FieldLabel(lang, scope, fe.Field)
	if !ok {
		label = fe.Field
	}
	return t.T(lang, "format.field_error", map[string]any{"field": label, "message": msg})
}
