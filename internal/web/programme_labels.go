package web

// The message keys of the programme and report pages that are chosen by a
// value. They are spelt out, rather than built from a prefix, so that the
// locale test sees every one of them.

// progKindKeys names the singular name of each kind.
var progKindKeys = map[string]string{
	"event":     "web.prog.kind.event",
	"exchange":  "web.prog.kind.exchange",
	"project":   "web.prog.kind.project",
	"agreement": "web.prog.kind.agreement",
	"practice":  "web.prog.kind.practice",
}

// progKindsKeys names the plural name of each kind, for lists.
var progKindsKeys = map[string]string{
	"event":     "web.prog.kinds.event",
	"exchange":  "web.prog.kinds.exchange",
	"project":   "web.prog.kinds.project",
	"agreement": "web.prog.kinds.agreement",
	"practice":  "web.prog.kinds.practice",
}

// progStatusKeys names every status of every kind.
var progStatusKeys = map[string]string{
	"planned":    "web.prog.status.planned",
	"held":       "web.prog.status.held",
	"cancelled":  "web.prog.status.cancelled",
	"proposed":   "web.prog.status.proposed",
	"approved":   "web.prog.status.approved",
	"under-way":  "web.prog.status.under-way",
	"completed":  "web.prog.status.completed",
	"active":     "web.prog.status.active",
	"suspended":  "web.prog.status.suspended",
	"draft":      "web.prog.status.draft",
	"in-force":   "web.prog.status.in-force",
	"expired":    "web.prog.status.expired",
	"terminated": "web.prog.status.terminated",
	"published":  "web.prog.status.published",
	"archived":   "web.prog.status.archived",
}

// eventKindKeys names event kinds.
var eventKindKeys = map[string]string{
	"conference":  "web.prog.eventkind.conference",
	"seminar":     "web.prog.eventkind.seminar",
	"exhibition":  "web.prog.eventkind.exhibition",
	"forum":       "web.prog.eventkind.forum",
	"workshop":    "web.prog.eventkind.workshop",
	"lecture":     "web.prog.eventkind.lecture",
	"competition": "web.prog.eventkind.competition",
	"festival":    "web.prog.eventkind.festival",
}

// eventFormatKeys names event formats.
var eventFormatKeys = map[string]string{
	"online":  "web.prog.format.online",
	"offline": "web.prog.format.offline",
	"hybrid":  "web.prog.format.hybrid",
}

// exchangeKindKeys names exchange kinds.
var exchangeKindKeys = map[string]string{
	"instructor":  "web.prog.exchangekind.instructor",
	"student":     "web.prog.exchangekind.student",
	"schoolchild": "web.prog.exchangekind.schoolchild",
	"specialist":  "web.prog.exchangekind.specialist",
	"researcher":  "web.prog.exchangekind.researcher",
}

// projectKindKeys names project kinds.
var projectKindKeys = map[string]string{
	"project":    "web.prog.projectkind.project",
	"laboratory": "web.prog.projectkind.laboratory",
}

// roleKeys names participant roles.
var roleKeys = map[string]string{
	"participant": "web.prog.role.participant",
	"speaker":     "web.prog.role.speaker",
	"organiser":   "web.prog.role.organiser",
	"lead":        "web.prog.role.lead",
	"member":      "web.prog.role.member",
	"author":      "web.prog.role.author",
	"traveller":   "web.prog.role.traveller",
	"host":        "web.prog.role.host",
	"signatory":   "web.prog.role.signatory",
	"contact":     "web.prog.role.contact",
}

// reportTableKeys names report tables.
var reportTableKeys = map[string]string{
	"overview":             "web.report.table.overview",
	"events-by-sphere":     "web.report.table.events-by-sphere",
	"events-by-city":       "web.report.table.events-by-city",
	"events-by-kind":       "web.report.table.events-by-kind",
	"exchanges-by-sphere":  "web.report.table.exchanges-by-sphere",
	"exchanges-by-city":    "web.report.table.exchanges-by-city",
	"exchanges-by-kind":    "web.report.table.exchanges-by-kind",
	"agreements-by-sphere": "web.report.table.agreements-by-sphere",
	"experts-by-sphere":    "web.report.table.experts-by-sphere",
	"experts-by-city":      "web.report.table.experts-by-city",
}

// reportMeasureKeys names report measures.
var reportMeasureKeys = map[string]string{
	"events-held":          "web.report.measure.events-held",
	"exchanges-completed":  "web.report.measure.exchanges-completed",
	"agreements-in-force":  "web.report.measure.agreements-in-force",
	"projects-active":      "web.report.measure.projects-active",
	"practices-documented": "web.report.measure.practices-documented",
	"experts-added":        "web.report.measure.experts-added",
}

// reportByKeys names the heading of a report's row labels.
var reportByKeys = map[string]string{
	"measure":       "web.report.by.measure",
	"sphere":        "web.report.by.sphere",
	"city":          "web.report.by.city",
	"event-kind":    "web.report.by.event-kind",
	"exchange-kind": "web.report.by.exchange-kind",
	"total":         "web.report.by.total",
}

// label translates a value through one of the maps; an unknown value is
// shown as it is.
func (p *page) label(keys map[string]string, value string) string {
	if k, ok := keys[value]; ok {
		return p.T(k)
	}
	return value
}
