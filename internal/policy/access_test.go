package policy

import (
	"slices"
	"testing"

	"talentbridge/internal/model"
)

// Callers of the access tests. The profile under test is expert 7 of
// Moscow, organisation "msu".
var (
	moscowCoordinator  = Caller{UserID: 2, Role: RoleCoordinator, City: model.CityMoscow}
	beijingCoordinator = Caller{UserID: 3, Role: RoleCoordinator, City: model.CityBeijing}
	msuEditor          = Caller{UserID: 4, Role: RoleOrgEditor, OrgIDs: []string{"msu"}}
	otherEditor        = Caller{UserID: 5, Role: RoleOrgEditor, OrgIDs: []string{"pku"}}
	theExpert          = Caller{UserID: 6, Role: RoleExpert, ExpertID: 7}
	otherExpert        = Caller{UserID: 8, Role: RoleExpert, ExpertID: 9}
)

func subject(visibility string, consent *model.Consent, levels map[string]string) *model.Expert {
	return &model.Expert{
		ID: 7, ExternalID: "x7", Name: model.Text{"ru": "Анна Смирнова"}, City: model.CityMoscow,
		OrgID: "msu", Organization: model.Text{"ru": "МГУ"}, Bio: model.Text{"ru": "Физик."},
		ORCID: "0000-0002-1825-0097", Email: "anna@example.org", Phone: "+7 495 000-00-01",
		Visibility: visibility, Consent: consent, FieldVisibility: levels,
	}
}

func TestExpertViewByRole(t *testing.T) {
	all := &model.Consent{Public: true, PartnerCity: true, Contact: true}
	unlisted := &model.Consent{Public: false, PartnerCity: false, Contact: true}
	private := map[string]string{model.FieldBio: model.LevelPrivate, model.FieldORCID: model.LevelRegistered}
	tests := []struct {
		name    string
		c       Caller
		e       *model.Expert
		visible bool
		shown   []string // restrictable fields shown
	}{
		{"anonymous, defaults", Anonymous(), subject("public", nil, nil), true, []string{"orcid", "organization", "bio"}},
		{"anonymous, contact consent", Anonymous(), subject("public", all, nil), true, []string{"orcid", "organization", "bio"}},
		{"anonymous, e-mail public with consent", Anonymous(), subject("public", all, map[string]string{"email": "public"}), true, []string{"email", "orcid", "organization", "bio"}},
		{"anonymous, e-mail public without consent", Anonymous(), subject("public", nil, map[string]string{"email": "public"}), true, []string{"orcid", "organization", "bio"}},
		{"anonymous, unlisted", Anonymous(), subject("public", unlisted, nil), false, nil},
		{"registered user, unlisted", otherExpert, subject("public", unlisted, nil), false, nil},
		{"registered user, restricted fields", otherExpert, subject("public", nil, private), true, []string{"orcid", "organization"}},
		{"anonymous, restricted fields", Anonymous(), subject("public", nil, private), true, []string{"organization"}},
		{"home coordinator, defaults", moscowCoordinator, subject("coordinators", nil, nil), true, []string{"orcid", "organization", "bio"}},
		{"home coordinator, contact consent", moscowCoordinator, subject("coordinators", all, nil), true, []string{"email", "phone", "orcid", "organization", "bio"}},
		{"home coordinator, unlisted", moscowCoordinator, subject("public", unlisted, nil), true, []string{"email", "phone", "orcid", "organization", "bio"}},
		{"home coordinator, private bio", moscowCoordinator, subject("public", nil, private), true, []string{"orcid", "organization"}},
		{"partner coordinator, consent", beijingCoordinator, subject("coordinators", all, nil), true, []string{"email", "phone", "orcid", "organization", "bio"}},
		{"partner coordinator, no consent", beijingCoordinator, subject("coordinators", unlisted, nil), false, nil},
		{"partner coordinator, no consent, public", beijingCoordinator, subject("public", &model.Consent{Public: true, Contact: true}, nil), true, []string{"orcid", "organization", "bio"}},
		{"organisation editor", msuEditor, subject("coordinators", nil, nil), true, []string{"orcid", "organization", "bio"}},
		{"other organisation's editor", otherEditor, subject("coordinators", nil, nil), false, nil},
		{"the expert, everything", theExpert, subject("coordinators", unlisted, private), true, []string{"email", "phone", "orcid", "organization", "bio"}},
		{"another expert", otherExpert, subject("coordinators", all, nil), false, nil},
		{"admin, everything", Admin(), subject("coordinators", unlisted, private), true, []string{"email", "phone", "orcid", "organization", "bio"}},
		{"corrupt level hides", Admin(), subject("public", nil, map[string]string{"bio": "bogus"}), true, []string{"email", "phone", "orcid", "organization"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := ExpertView(tt.c, tt.e)
			if ok != tt.visible {
				t.Fatalf("visible = %v, want %v", ok, tt.visible)
			}
			if !ok {
				return
			}
			if got := shownFields(v); !slices.Equal(got, tt.shown) {
				t.Errorf("fields shown %v, want %v", got, tt.shown)
			}
			settings := v.Consent != nil || v.FieldVisibility != nil
			wantSettings := reach(tt.c, tt.e) >= model.LevelRank(model.LevelCoordinators) && (tt.e.Consent != nil || tt.e.FieldVisibility != nil)
			if settings != wantSettings {
				t.Errorf("consent and field settings shown = %v, want %v", settings, wantSettings)
			}
		})
	}
}

func shownFields(v *model.Expert) []string {
	var out []string
	for _, f := range []struct {
		name string
		has  bool
	}{
		{"email", v.Email != ""}, {"phone", v.Phone != ""}, {"orcid", v.ORCID != ""},
		{"organization", len(v.Organization) > 0 && v.OrgID != ""}, {"bio", len(v.Bio) > 0},
	} {
		if f.has {
			out = append(out, f.name)
		}
	}
	return out
}

// TestListsAgreeWithView checks, over every combination of caller,
// visibility and consent, that a list filtered by ListableVisibilities and
// ListReach (as the database and the index apply them) holds exactly the
// profiles ExpertView shows.
func TestListsAgreeWithView(t *testing.T) {
	callers := []Caller{Anonymous(), Admin(), moscowCoordinator, beijingCoordinator, msuEditor, otherEditor, theExpert, otherExpert, {Role: RoleCoordinator}}
	for _, c := range callers {
		for _, vis := range model.Visibilities {
			for bits := range 8 {
				consent := &model.Consent{Public: bits&1 != 0, PartnerCity: bits&2 != 0, Contact: bits&4 != 0}
				e := subject(vis, consent, nil)
				_, visible := ExpertView(c, e)
				if listed := listedBy(c, e); listed != visible {
					t.Errorf("%s %+v, %s %+v: view %v, list %v", c.Role, c, vis, *consent, visible, listed)
				}
			}
		}
	}
}

// listedBy applies the list filter the way the store and the index do.
func listedBy(c Caller, e *model.Expert) bool {
	vis := ListableVisibilities(c)
	listed := e.ListedVisibility()
	if vis == nil || slices.Contains(vis, listed) {
		return true
	}
	r := ListReach(c)
	if r.ExpertID != 0 && r.ExpertID == e.ID {
		return true
	}
	if listed != model.VisibilityCoordinators {
		return false
	}
	return r.City != "" && e.City == r.City || slices.Contains(r.OrgIDs, e.OrgID) || r.Partner && e.EffectiveConsent().PartnerCity
}

func TestIndexViewHoldsWhatEveryViewerSees(t *testing.T) {
	e := subject("public", &model.Consent{Public: true, PartnerCity: true, Contact: true},
		map[string]string{"email": "public", "bio": "registered"})
	v := IndexView(e)
	if v.Email != "" || v.Phone != "" {
		t.Error("contact details in the index view")
	}
	if len(v.Bio) != 0 {
		t.Error("a registered-only bio of a public profile in the index view")
	}
	if len(v.Organization) == 0 || v.Consent == nil {
		t.Error("public fields or the consent lost")
	}
	coord := subject("coordinators", nil, map[string]string{"bio": "coordinators"})
	if len(IndexView(coord).Bio) == 0 {
		t.Error("a coordinators-level bio of a coordinators-level profile left out")
	}
}

func TestDisclosed(t *testing.T) {
	all := &model.Consent{Public: true, PartnerCity: true, Contact: true}
	tests := []struct {
		c    Caller
		e    *model.Expert
		want []string
	}{
		{Anonymous(), subject("public", all, nil), nil},
		{otherExpert, subject("public", nil, nil), nil},
		{otherExpert, subject("public", nil, map[string]string{"bio": "registered"}), []string{"bio"}},
		{moscowCoordinator, subject("public", all, nil), []string{"email", "phone"}},
		{moscowCoordinator, subject("coordinators", nil, nil), []string{"profile"}},
		{beijingCoordinator, subject("coordinators", &model.Consent{PartnerCity: true}, nil), []string{"profile"}},
		{beijingCoordinator, subject("coordinators", nil, nil), nil}, // hidden: nothing shown
		{Admin(), subject("public", nil, nil), []string{"email", "phone"}},
	}
	for i, tt := range tests {
		if got := Disclosed(tt.c, tt.e); !slices.Equal(got, tt.want) {
			t.Errorf("%d (%s): Disclosed = %v, want %v", i, tt.c.Role, got, tt.want)
		}
	}
}

func TestScopesAndRights(t *testing.T) {
	readOnlyAdmin := Caller{Role: RoleAdmin, UserID: 1, Scopes: []string{ScopeRead}}
	writeAdmin := Caller{Role: RoleAdmin, UserID: 1, Scopes: []string{ScopeRead, ScopeWrite}}
	e := subject("public", nil, nil)
	tests := []struct {
		name                                  string
		c                                     Caller
		write, administer, reviewMSK, consent bool
	}{
		{"session admin", Admin(), true, true, true, true},
		{"read-only admin token", readOnlyAdmin, false, false, false, false},
		{"write admin token", writeAdmin, true, false, true, true},
		{"moscow coordinator", moscowCoordinator, false, false, true, false},
		{"beijing coordinator", beijingCoordinator, false, false, false, false},
		{"the expert", theExpert, false, false, false, true},
		{"the expert, read-only token", Caller{Role: RoleExpert, ExpertID: 7, Scopes: []string{ScopeRead}}, false, false, false, false},
		{"another expert", otherExpert, false, false, false, false},
		{"anonymous", Anonymous(), false, false, false, false},
	}
	for _, tt := range tests {
		got := [4]bool{CanWrite(tt.c), CanAdminister(tt.c), CanReview(tt.c, model.CityMoscow), CanSetConsent(tt.c, e)}
		want := [4]bool{tt.write, tt.administer, tt.reviewMSK, tt.consent}
		if got != want {
			t.Errorf("%s: write, administer, review, consent = %v, want %v", tt.name, got, want)
		}
	}
}
