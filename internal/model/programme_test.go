package model

import (
	"errors"
	"testing"
)

// firstCodes returns field → code of every validation problem.
func codesOf(t *testing.T, err error) map[string]string {
	t.Helper()
	out := map[string]string{}
	var ve *ValidationError
	if err != nil && !errors.As(err, &ve) {
		t.Fatalf("error %v is not a *ValidationError", err)
	}
	if ve != nil {
		for _, e := range ve.Errors {
			out[e.Field] = e.Code
		}
	}
	return out
}

func validExchange() *Exchange {
	return &Exchange{
		ProgrammeBase: ProgrammeBase{ExternalID: "ex-1", Title: Text{"ru": "Летняя школа", "en": "Summer school"},
			Spheres: []string{"education.school-exchange"}, Participants: []Participant{{ExpertID: "exp-1", Role: "host"}}},
		ExchangeKind: "schoolchild", FromOrg: "org-msk-1", ToOrg: "org-bj-1", FromCity: "moscow", ToCity: "beijing",
		Start: "2023-07-01", End: "2023-07-14",
	}
}

func TestProgrammeRefusals(t *testing.T) {
	tax := NewTaxonomy()
	tests := []struct {
		name  string
		rec   ProgrammeRecord
		field string
		code  string
	}{
		{"schoolchild exchange approved without guardian consent", func() ProgrammeRecord {
			x := validExchange()
			x.Status = "approved"
			return x
		}(), "guardian_consent", CodeGuardianConsent},
		{"exchange to the same organisation", func() ProgrammeRecord {
			x := validExchange()
			x.ToOrg = x.FromOrg
			return x
		}(), "to_organization", CodeSameOrganization},
		{"event ending before it starts", &Event{
			ProgrammeBase: ProgrammeBase{ExternalID: "ev-1", Title: Text{"zh": "论坛"}},
			EventKind:     "forum", Format: "online", Link: "https://example.org/live",
			Start: "2023-05-10T10:00:00+03:00", End: "2023-05-10T09:00:00+03:00", TimeZone: "Europe/Moscow",
		}, "end", CodeDateOrder},
		{"offline event without a venue", &Event{
			ProgrammeBase: ProgrammeBase{ExternalID: "ev-2", Title: Text{"en": "Seminar"}},
			EventKind:     "seminar", Format: "offline",
			Start: "2023-05-10T10:00:00+08:00", End: "2023-05-10T12:00:00+08:00", TimeZone: "Asia/Shanghai",
		}, "venue", CodeVenueRequired},
		{"event in an unknown time zone", &Event{
			ProgrammeBase: ProgrammeBase{ExternalID: "ev-3", Title: Text{"en": "Seminar"}},
			EventKind:     "seminar", Format: "online", Link: "https://example.org/",
			Start: "2023-05-10T10:00:00+08:00", End: "2023-05-10T12:00:00+08:00", TimeZone: "Mars/Olympus",
		}, "time_zone", CodeUnknownTimeZone},
		{"agreement without two parties", &Agreement{
			ProgrammeBase: ProgrammeBase{ExternalID: "ag-1", Title: Text{"ru": "Соглашение о сотрудничестве метрополитенов"}},
			Parties:       []string{"org-msk-metro"}, Signed: "2019-04-01", Expires: "2024-04-01",
		}, "parties", CodeTooFew},
		{"agreement expiring before it is signed", &Agreement{
			ProgrammeBase: ProgrammeBase{ExternalID: "ag-2", Title: Text{"en": "Memorandum"}},
			Parties:       []string{"org-a", "org-b"}, Signed: "2021-04-01", Expires: "2020-04-01",
		}, "expires", CodeDateOrder},
		{"project with one party", &Project{
			ProgrammeBase: ProgrammeBase{ExternalID: "pr-1", Title: Text{"en": "Joint lab"}},
			ProjectKind:   "laboratory", Parties: []string{"org-a"},
		}, "parties", CodeTooFew},
		{"practice author in a wrong role", &Practice{
			ProgrammeBase: ProgrammeBase{ExternalID: "bp-1", Title: Text{"en": "Transport for the Winter Olympics"},
				Participants: []Participant{{ExpertID: "exp-1", Role: "speaker"}}},
		}, "participants[0].role", CodeUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.rec.Normalize()
			got := codesOf(t, tt.rec.Validate(tax))
			if got[tt.field] != tt.code {
				t.Errorf("%s: got %v, want %s=%s", tt.name, got, tt.field, tt.code)
			}
		})
	}
}

func TestProgrammeValidRecordsPass(t *testing.T) {
	tax := NewTaxonomy()
	x := validExchange()
	x.Status = "approved"
	x.GuardianConsent = &GuardianConsent{RecordedAt: "2023-06-01T09:00:00Z", RecordedBy: "coordinator-msk"}
	ev := &Event{ProgrammeBase: ProgrammeBase{ExternalID: "ev-9", Title: Text{"ru": "Форум", "zh": "论坛"}, Status: "held"},
		EventKind: "forum", Format: "hybrid", Venue: Text{"ru": "Технополис «Москва»"}, Link: "https://example.org/live",
		Start: "2023-05-10T10:00:00+03:00", End: "2023-05-11T18:00:00+03:00", TimeZone: "Europe/Moscow"}
	for _, r := range []ProgrammeRecord{x, ev} {
		r.Normalize()
		if err := r.Validate(tax); err != nil {
			t.Errorf("%s %s: %v", r.Kind(), r.Base().ExternalID, err)
		}
	}
	if !x.Minors {
		t.Error("a schoolchild exchange is not marked as minors")
	}
}

func TestExchangeTransitions(t *testing.T) {
	tests := []struct {
		from, to string
		ok       bool
	}{
		{"proposed", "approved", true},
		{"proposed", "completed", false},
		{"approved", "under-way", true},
		{"under-way", "completed", true},
		{"completed", "cancelled", false},
		{"cancelled", "approved", false},
		{"approved", "cancelled", true},
	}
	for _, tt := range tests {
		if got := ProgrammeTransition(KindExchange, tt.from, tt.to); got != tt.ok {
			t.Errorf("%s → %s = %v, want %v", tt.from, tt.to, got, tt.ok)
		}
	}
	if !ProgrammeTransition(KindEvent, "planned", "held") || ProgrammeTransition(KindEvent, "planned", "approved") {
		t.Error("event transitions wrong")
	}
}
