package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/policy"
)

// TestChangePassword: the current password and the new one twice; the
// browser stays signed in, the account's other sessions end.
func TestChangePassword(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	srv := newTestServer(t, f.app)
	c, other := newClient(t, srv), newClient(t, srv)
	c.signInAs(moscowLogin)
	other.signInAs(moscowLogin)
	const newPassword = "a brand new passphrase here"

	page := c.get("/account/password")
	if page.status != 200 || !strings.Contains(page.body, `autocomplete="new-password"`) {
		t.Fatalf("form: status %d", page.status)
	}
	token := csrf(t, page.body)
	tests := []struct {
		name                     string
		current, password, again string
		want                     string
	}{
		{"wrong current", "not it", newPassword, newPassword, `id="err-f-current"`},
		{"mismatch", testPassword, newPassword, newPassword + "!", `id="err-f-confirm"`},
		{"too short", testPassword, "short", "short", "Too short"},
	}
	for _, tt := range tests {
		r := c.post("/account/password", url.Values{"csrf": {token}, "current": {tt.current}, "password": {tt.password}, "confirm": {tt.again}})
		if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, tt.want) {
			t.Errorf("%s: status %d, %q shown %v", tt.name, r.status, tt.want, strings.Contains(r.body, tt.want))
		}
	}
	if r := c.post("/account/password", url.Values{"current": {testPassword}, "password": {newPassword}, "confirm": {newPassword}}); r.status != http.StatusForbidden {
		t.Errorf("without the form token: status %d", r.status)
	}

	r := c.post("/account/password", url.Values{"csrf": {token}, "current": {testPassword}, "password": {newPassword}, "confirm": {newPassword}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/account/password?done=1" {
		t.Fatalf("change: status %d to %q\n%s", r.status, r.header.Get("Location"), r.body)
	}
	if r := c.get("/account/password?done=1"); r.status != 200 || !strings.Contains(r.body, "Your password has been changed") {
		t.Errorf("this browser is no longer signed in: status %d", r.status)
	}
	if r := other.get("/requests"); r.status != http.StatusSeeOther {
		t.Errorf("another session of the account survived the change: status %d", r.status)
	}
	if _, _, err := f.app.SignIn(context.Background(), moscowLogin, newPassword, "test"); err != nil {
		t.Errorf("sign in with the new password: %v", err)
	}
	if r := newClient(t, srv).get("/account/password"); r.status != http.StatusSeeOther {
		t.Errorf("anonymous: status %d", r.status)
	}
}

// TestOneTimePassword: an account created with a one-time password is sent
// to the password page from any page until it has chosen its own.
func TestOneTimePassword(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
	_, oneTime, err := f.app.CreateUser(ctx, policy.Admin(), app.NewUser{Login: "newcomer", Role: policy.RoleCoordinator, City: "beijing"})
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, newTestServer(t, f.app))
	page := c.get("/signin")
	r := c.post("/signin", url.Values{"csrf": {csrf(t, page.body)}, "login": {"newcomer"}, "password": {oneTime}, "next": {"/requests"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/requests" {
		t.Fatalf("sign in: status %d to %q", r.status, r.header.Get("Location"))
	}
	r = c.get("/requests")
	if want := "/account/password?next=%2Frequests"; r.status != http.StatusSeeOther || r.header.Get("Location") != want {
		t.Fatalf("gate: status %d to %q, want %q", r.status, r.header.Get("Location"), want)
	}
	page = c.get(r.header.Get("Location"))
	if page.status != 200 || !strings.Contains(page.body, "one-time password") || !strings.Contains(page.body, `name="next" value="/requests"`) {
		t.Fatalf("password page: status %d\n%s", page.status, page.body)
	}
	const mine = "my own long passphrase"
	r = c.post("/account/password", url.Values{"csrf": {csrf(t, page.body)}, "current": {oneTime}, "password": {mine}, "confirm": {mine}, "next": {"/requests"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/requests" {
		t.Fatalf("change: status %d to %q\n%s", r.status, r.header.Get("Location"), r.body)
	}
	if r := c.get("/requests"); r.status != 200 {
		t.Errorf("after the change: status %d", r.status)
	}
}
