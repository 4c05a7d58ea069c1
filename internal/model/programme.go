package model

import "time"

// The programme of city cooperation is made of five kinds of record. They
// share a base (ProgrammeBase) and differ in their own fields; the store
// keeps them in one table keyed by kind.
const (
	KindExchange  = "exchange"
	KindEvent     = "event"
	KindProject   = "project"
	KindAgreement = "agreement"
	KindPractice  = "practice"
)

// ProgrammeKinds lists the kinds in the order the product shows them.
var ProgrammeKinds = []string{KindEvent, KindExchange, KindProject, KindAgreement, KindPractice}

// ProgrammeRecord is what every kind of programme record offers to the
// store, the search index and the reports.
type ProgrammeRecord interface {
	Kind() string
	Base() *ProgrammeBase
	Normalize()
	Validate(tax *Taxonomy) error
	// Span is the record's period as dates (2006-01-02) or RFC 3339
	// times; either may be empty.
	Span() (start, end string)
	// Organizations lists the external ids of the organisations involved.
	Organizations() []string
	// Cities lists the cities the record belongs to, for filters and
	// reports.
	Cities() []string
}

// NewProgrammeRecord returns an empty record of a kind, or nil for an
// unknown kind.
func NewProgrammeRecord(kind string) ProgrammeRecord {
	switch kind {
	case KindExchange:
		return &Exchange{}
	case KindEvent:
		return &Event{}
	case KindProject:
		return &Project{}
	case KindAgreement:
		return &Agreement{}
	case KindPractice:
		return &Practice{}
	}
	return nil
}

// ProgrammeBase holds the fields every programme record has: trilingual
// title and description, spheres, the experts taking part in roles and a
// status whose values depend on the kind.
type ProgrammeBase struct {
	ExternalID   string        `json:"id"`
	Title        Text          `json:"title"`
	Description  Text          `json:"description,omitempty"`
	Spheres      []string      `json:"spheres,omitempty"`
	Participants []Participant `json:"participants,omitempty"`
	Status       string        `json:"status"`

	ID        int64     `json:"-"`
	Version   int64     `json:"-"`
	CreatedAt time.Time `json:"-"`
	UpdatedAt time.Time `json:"-"`
}

// Base returns the shared fields; the kinds embed ProgrammeBase.
func (b *ProgrammeBase) Base() *ProgrammeBase { return b }

// Participant is an expert taking part in a programme record in a role.
type Participant struct {
	ExpertID string `json:"expert_id"` // the expert's external id
	Role     string `json:"role"`
}

// Participant roles. Each kind accepts the roles listed in its own rules.
const (
	RoleParticipant = "participant"
	RoleSpeaker     = "speaker"
	RoleOrganiser   = "organiser"
	RoleLead        = "lead"
	RoleMember      = "member"
	RoleAuthor      = "author"
	RoleTraveller   = "traveller" // the person who goes on an exchange
	RoleHost        = "host"      // the person who receives them
	RoleSignatory   = "signatory"
	RoleContact     = "contact"
)

// Document is an attached file or page: an agreement's text, a practice's
// report.
type Document struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
	Lang  string `json:"lang,omitempty"`
}

// Exchange kinds and statuses. An exchange moves proposed → approved →
// under-way → completed; any but a finished one may be cancelled.
var (
	ExchangeKinds    = []string{"instructor", "student", "schoolchild", "specialist", "researcher"}
	ExchangeStatuses = []string{"proposed", "approved", "under-way", "completed", "cancelled"}
)

// Exchange is a visit of instructors, students, schoolchildren,
// specialists or researchers from an organisation of one city to one of the
// other.
type Exchange struct {
	ProgrammeBase
	ExchangeKind string `json:"kind"`
	FromOrg      string `json:"from_organization"`
	ToOrg        string `json:"to_organization"`
	FromCity     string `json:"from_city"`
	ToCity       string `json:"to_city"`
	Start        string `json:"start,omitempty"` // 2006-01-02
	End          string `json:"end,omitempty"`
	// Minors says the travellers are under age; true for schoolchildren.
	Minors          bool             `json:"minors,omitempty"`
	GuardianConsent *GuardianConsent `json:"guardian_consent,omitempty"`
	Outcome         Text             `json:"outcome,omitempty"`
}

// GuardianConsent records that the parents or guardians of the minors on an
// exchange agreed to it: when, who recorded it and where the signed form is.
type GuardianConsent struct {
	RecordedAt string `json:"recorded_at"` // RFC 3339, UTC
	RecordedBy string `json:"recorded_by"`
	Document   string `json:"document,omitempty"`
}

// Kind reports KindExchange.
func (x *Exchange) Kind() string { return KindExchange }

// Span is the exchange's dates.
func (x *Exchange) Span() (string, string) { return x.Start, x.End }

// Organizations is the sending and the receiving organisation.
func (x *Exchange) Organizations() []string { return nonEmpty(x.FromOrg, x.ToOrg) }

// Cities is the sending and the receiving city.
func (x *Exchange) Cities() []string { return nonEmpty(x.FromCity, x.ToCity) }

// Event kinds, formats and statuses.
var (
	EventKinds    = []string{"conference", "seminar", "exhibition", "forum", "workshop", "lecture", "competition", "festival"}
	EventFormats  = []string{"online", "offline", "hybrid"}
	EventStatuses = []string{"planned", "held", "cancelled"}
)

// Event is a conference, seminar, exhibition or forum, held online, offline
// or both. Start and End are RFC 3339 times with their offset; TimeZone is
// the IANA zone of the venue, in which the times are first shown.
type Event struct {
	ProgrammeBase
	EventKind  string   `json:"kind"`
	Format     string   `json:"format"`
	City       string   `json:"city,omitempty"`
	Venue      Text     `json:"venue,omitempty"`
	Link       string   `json:"link,omitempty"`
	Start      string   `json:"start"`
	End        string   `json:"end"`
	TimeZone   string   `json:"time_zone"`
	Agenda     Text     `json:"agenda,omitempty"`
	Organizers []string `json:"organizations,omitempty"` // organisation external ids
}

// Kind reports KindEvent.
func (e *Event) Kind() string { return KindEvent }

// Span is the event's start and end.
func (e *Event) Span() (string, string) { return e.Start, e.End }

// Organizations lists the organisers.
func (e *Event) Organizations() []string { return e.Organizers }

// Cities is the host city.
func (e *Event) Cities() []string { return nonEmpty(e.City) }

// Project kinds and statuses.
var (
	ProjectKinds    = []string{"project", "laboratory"}
	ProjectStatuses = []string{"planned", "active", "completed", "suspended"}
)

// Project is a joint project or a joint laboratory of organisations of the
// two cities; its lead experts are participants with the role "lead".
type Project struct {
	ProgrammeBase
	ProjectKind string   `json:"kind"`
	Parties     []string `json:"parties"` // organisation external ids
	PartyCities []string `json:"cities,omitempty"`
	Start       string   `json:"start,omitempty"`
	End         string   `json:"end,omitempty"`
	Outputs     []Output `json:"outputs,omitempty"`
}

// Kind reports KindProject.
func (p *Project) Kind() string { return KindProject }

// Span is the project's dates.
func (p *Project) Span() (string, string) { return p.Start, p.End }

// Organizations lists the parties.
func (p *Project) Organizations() []string { return p.Parties }

// Cities lists the parties' cities.
func (p *Project) Cities() []string { return p.PartyCities }

// Agreement statuses. An agreement is in force from its signing until its
// term ends, unless renewed or terminated.
var AgreementStatuses = []string{"draft", "in-force", "expired", "terminated"}

// Agreement is a signed agreement between organisations: a cooperation
// agreement between two subways, a memorandum of two clusters.
type Agreement struct {
	ProgrammeBase
	Parties     []string   `json:"parties"` // organisation external ids, at least two
	PartyCities []string   `json:"cities,omitempty"`
	Signed      string     `json:"signed,omitempty"`  // 2006-01-02
	Expires     string     `json:"expires,omitempty"` // the end of its term
	Renewal     string     `json:"renewal,omitempty"` // when renewal is due or was made
	Documents   []Document `json:"documents,omitempty"`
}

// Kind reports KindAgreement.
func (a *Agreement) Kind() string { return KindAgreement }

// Span is from signing to the end of the term.
func (a *Agreement) Span() (string, string) { return a.Signed, a.Expires }

// Organizations lists the parties.
func (a *Agreement) Organizations() []string { return a.Parties }

// Cities lists the parties' cities.
func (a *Agreement) Cities() []string { return a.PartyCities }

// Practice statuses: a documented practice is a draft until published.
var PracticeStatuses = []string{"draft", "published", "archived"}

// Practice is a documented best practice: a solution one city applied that
// the other may use (subway technology, transport for the Winter Olympics,
// control of an epidemic). Its authors are participants with the role
// "author"; the matcher uses it as evidence of their expertise.
type Practice struct {
	ProgrammeBase
	OrgID       string     `json:"organization_id,omitempty"`
	City        string     `json:"city,omitempty"`
	Year        int        `json:"year,omitempty"`
	Results     Text       `json:"results,omitempty"`
	Attachments []Document `json:"attachments,omitempty"`
}

// Kind reports KindPractice.
func (p *Practice) Kind() string { return KindPractice }

// Span is empty: a practice has a year, not a period.
func (p *Practice) Span() (string, string) { return "", "" }

// Organizations is the practice's organisation.
func (p *Practice) Organizations() []string { return nonEmpty(p.OrgID) }

// Cities is the practice's city.
func (p *Practice) Cities() []string { return nonEmpty(p.City) }

func nonEmpty(list ...string) []string {
	var out []string
	for _, s := range list {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
