package policy

import (
	"slices"
	"testing"

	"talentbridge/internal/model"
)

func profile(visibility string) *model.Expert {
	return &model.Expert{
		ExternalID: "x1",
		Name:       model.Text{model.LangRU: "Иван Петров"},
		City:       model.CityMoscow,
		ORCID:      "0000-0002-1825-0097",
		Email:      "ivan@example.org",
		Phone:      "+7 495 000-00-00",
		Visibility: visibility,
	}
}

func TestExpertView(t *testing.T) {
	type want struct {
		visible      bool
		email, phone bool // shown
	}
	roles := map[string]Caller{
		"anonymous":    Anonymous(),
		"empty role":   {},
		"unknown role": {Role: "superuser"},
		"admin":        Admin(),
	}
	tests := []struct {
		role       string
		visibility string
		want       want
	}{
		{"anonymous", model.VisibilityPublic, want{visible: true}},
		{"anonymous", "", want{visible: true}},
		{"anonymous", model.VisibilityRegistered, want{}},
		{"anonymous", model.VisibilityCoordinators, want{}},
		{"anonymous", "bogus", want{}},
		{"empty role", model.VisibilityPublic, want{visible: true}},
		{"empty role", model.VisibilityRegistered, want{}},
		{"unknown role", model.VisibilityPublic, want{visible: true}},
		{"unknown role", model.VisibilityCoordinators, want{}},
		{"admin", model.VisibilityPublic, want{true, true, true}},
		{"admin", model.VisibilityRegistered, want{true, true, true}},
		{"admin", model.VisibilityCoordinators, want{true, true, true}},
	}
	for _, tt := range tests {
		c := roles[tt.role]
		t.Run(tt.role+"/"+tt.visibility, func(t *testing.T) {
			e := profile(tt.visibility)
			v, ok := ExpertView(c, e)
			if ok != tt.want.visible {
				t.Fatalf("visible = %v, want %v", ok, tt.want.visible)
			}
			if !ok {
				if v != nil {
					t.Errorf("hidden profile returned %+v", v)
				}
				return
			}
			if got := v.Email != ""; got != tt.want.email {
				t.Errorf("email shown = %v, want %v", got, tt.want.email)
			}
			if got := v.Phone != ""; got != tt.want.phone {
				t.Errorf("phone shown = %v, want %v", got, tt.want.phone)
			}
			if v.ORCID != e.ORCID || v.DisplayName("ru") != "Иван Петров" || v.City != e.City {
				t.Errorf("public fields lost: %+v", v)
			}
			if e.Email == "" || e.Phone == "" {
				t.Error("ExpertView modified its argument")
			}
		})
	}
}

func TestExpertViewNil(t *testing.T) {
	if v, ok := ExpertView(Admin(), nil); ok || v != nil {
		t.Errorf("ExpertView(nil) = %v, %v", v, ok)
	}
}

func TestListableVisibilitiesAgreeWithView(t *testing.T) {
	for _, c := range []Caller{Anonymous(), Admin(), {}} {
		list := ListableVisibilities(c)
		for _, vis := range model.Visibilities {
			_, visible := ExpertView(c, profile(vis))
			listed := list == nil || slices.Contains(list, vis)
			if visible != listed {
				t.Errorf("role %q, visibility %s: view %v, listed %v", c.Role, vis, visible, listed)
			}
		}
	}
}

func TestCanWriteAndAuthenticated(t *testing.T) {
	tests := []struct {
		c             Caller
		write, authed bool
	}{
		{Anonymous(), false, false},
		{Caller{}, false, false},
		{Caller{Role: "editor"}, false, false},
		{Admin(), true, true},
	}
	for _, tt := range tests {
		if got := CanWrite(tt.c); got != tt.write {
			t.Errorf("CanWrite(%q) = %v, want %v", tt.c.Role, got, tt.write)
		}
		if got := tt.c.Authenticated(); got != tt.authed {
			t.Errorf("Caller{%q}.Authenticated() = %v, want %v", tt.c.Role, got, tt.authed)
		}
	}
}
