package web

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

var alertRE = regexp.MustCompile(`(?s)<p class="notice error" role="alert" id="signin-error">(.*?)</p>`)

// signInAttempt posts the sign-in form and returns the answer.
func (c *client) signInAttempt(login, password string) response {
	c.t.Helper()
	page := c.get("/signin?next=/dashboard")
	return c.post("/signin", url.Values{"csrf": {csrf(c.t, page.body)}, "login": {login}, "password": {password}, "next": {"/dashboard"}})
}

func TestSignIn(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	srv := newTestServer(t, f.app)
	c := newClient(t, srv)
	c.lang = "ru"
	ctx := context.Background()

	// A wrong password and an unknown login: the same status, the same words.
	wrong, unknown := c.signInAttempt(adminLogin, "not the password at all"), c.signInAttempt("nobody-here", testPassword)
	if wrong.status != http.StatusUnauthorized || unknown.status != http.StatusUnauthorized {
		t.Fatalf("failed sign-ins: status %d and %d", wrong.status, unknown.status)
	}
	m1, m2 := alertRE.FindStringSubmatch(wrong.body), alertRE.FindStringSubmatch(unknown.body)
	if m1 == nil || m2 == nil || m1[1] != m2[1] || !strings.Contains(m1[1], "Войти не удалось") {
		t.Fatalf("failure messages differ or are missing: %q / %q", m1, m2)
	}

	r := c.signInAttempt(adminLogin, testPassword)
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/dashboard" {
		t.Fatalf("sign in: %d to %q", r.status, r.header.Get("Location"))
	}
	var cookie string
	for _, sc := range r.header.Values("Set-Cookie") {
		if strings.HasPrefix(sc, sessionCookie+"=") {
			cookie = sc
		}
	}
	for _, attr := range []string{"HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="} {
		if !strings.Contains(cookie, attr) {
			t.Errorf("session cookie %q lacks %s", cookie, attr)
		}
	}
	if strings.Contains(cookie, "Secure") {
		t.Error("a Secure cookie over plain HTTP would not come back")
	}
	first := c.cookie(sessionCookie)
	if _, err := f.app.SessionCaller(ctx, first); err != nil {
		t.Fatalf("the cookie is not an app session: %v", err)
	}
	home := c.get("/")
	for _, s := range []string{`action="/signout"`, "Anna Admin", "администратор", `href="/admin/audit"`, `href="/requests"`} {
		if !strings.Contains(home.body, s) {
			t.Errorf("header lacks %q", s)
		}
	}

	// Signing in again starts a new session and ends the old one.
	c.signInAs(adminLogin)
	second := c.cookie(sessionCookie)
	if second == first || second == "" {
		t.Fatal("the session token did not change on sign-in")
	}
	if _, err := f.app.SessionCaller(ctx, first); err == nil {
		t.Error("the previous session lives on after a new sign-in")
	}

	// Forms need the token and must not come from another site.
	home = c.get("/")
	if r := c.post("/signout", url.Values{}); r.status != http.StatusForbidden {
		t.Errorf("sign out without token: status %d", r.status)
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/signout", strings.NewReader(url.Values{"csrf": {csrf(t, home.body)}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if resp, err := c.hc.Do(req); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site post: %v %v", resp.StatusCode, err)
	} else {
		resp.Body.Close()
	}

	if r := c.post("/signout", url.Values{"csrf": {csrf(t, home.body)}}); r.status != http.StatusSeeOther {
		t.Errorf("sign out: status %d", r.status)
	}
	if _, err := f.app.SessionCaller(ctx, second); err == nil {
		t.Error("the session lives on after signing out")
	}
	if home := c.get("/"); strings.Contains(home.body, `action="/signout"`) {
		t.Error("still signed in after signing out")
	}
}

// TestSignInThrottled: once the limiter refuses, even the right password
// gets the page of a wrong one.
func TestSignInThrottled(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	cfg := fastAccounts
	cfg.Limiter = app.LimiterConfig{FreeFailures: 1, BaseLockout: time.Hour, MaxLockout: time.Hour, AddrBurst: 1 << 30}
	if err := f.app.ConfigureAccounts(cfg); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, newTestServer(t, f.app))
	wrong := c.signInAttempt(moscowLogin, "a wrong password, twice")
	c.signInAttempt(moscowLogin, "a wrong password, twice")
	locked := c.signInAttempt(moscowLogin, testPassword)
	if locked.status != http.StatusUnauthorized {
		t.Fatalf("locked sign-in: status %d", locked.status)
	}
	m1, m2 := alertRE.FindStringSubmatch(wrong.body), alertRE.FindStringSubmatch(locked.body)
	if m1 == nil || m2 == nil || m1[1] != m2[1] {
		t.Errorf("the throttled answer differs from a wrong password's: %q / %q", m1, m2)
	}
	if c.cookie(sessionCookie) != "" {
		t.Error("a throttled sign-in got a session")
	}
}

func TestAuditPage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		srv := newTestServer(t, f.app)
		anon, coord, admin := newClient(t, srv), newClient(t, srv), newClient(t, srv)
		coord.signInAs(moscowLogin)
		admin.signInAs(adminLogin)
		// Views of a profile hidden from the public are audited.
		ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
		for range auditPageSize + 5 {
			if _, err := f.app.ViewExpert(ctx, policy.Admin(), f.petrova.ID); err != nil {
				t.Fatal(err)
			}
		}

		if r := anon.get("/admin/audit"); r.status != http.StatusSeeOther || r.header.Get("Location") != "/signin?next=%2Fadmin%2Faudit" {
			t.Errorf("anonymous: %d to %q", r.status, r.header.Get("Location"))
		}
		if r := coord.get("/admin/audit"); r.status != http.StatusForbidden {
			t.Errorf("coordinator: status %d", r.status)
		}
		if r := coord.get("/"); strings.Contains(r.body, `href="/admin/audit"`) {
			t.Error("the menu offers the audit log to a coordinator")
		}

		r := admin.get("/admin/audit?action=signin.")
		if r.status != http.StatusOK || !strings.Contains(r.body, "signin.success") || !strings.Contains(r.body, moscowLogin) ||
			strings.Contains(r.body, "<code>expert.view</code>") {
			t.Errorf("sign-ins: status %d\n%s", r.status, r.body)
		}
		r = admin.get("/admin/audit?action=signin.&actor=" + moscowLogin)
		if !strings.Contains(r.body, "<code>signin.success</code>") || strings.Count(r.body, "<tr>") != 2 { // header + one
			t.Errorf("by actor: %d rows", strings.Count(r.body, "<tr>")-1)
		}
		if r := admin.get("/admin/audit?actor=nobody-at-all"); !strings.Contains(r.body, "No entries match") {
			t.Error("an unknown actor shows entries")
		}
		r = admin.get("/admin/audit?action=expert.view&object_type=expert&object_id=" + itoa(f.petrova.ID))
		if strings.Count(r.body, "<code>expert.view</code>") != auditPageSize || !strings.Contains(r.body, `rel="next"`) {
			t.Fatalf("first page: %d entries", strings.Count(r.body, "<code>expert.view</code>"))
		}
		next := regexp.MustCompile(`href="([^"]+)" rel="next"`).FindStringSubmatch(r.body)[1]
		r = admin.get(strings.ReplaceAll(next, "&amp;", "&"))
		if n := strings.Count(r.body, "<code>expert.view</code>"); n != 5 || strings.Contains(r.body, `rel="next"`) {
			t.Errorf("second page: %d entries", n)
		}
		today := time.Now().UTC().Format(time.DateOnly)
		if r := admin.get("/admin/audit?from=" + today + "&until=" + today + "&action=signin.success"); !strings.Contains(r.body, "signin.success") {
			t.Error("today's entries are not found by date")
		}
		if r := admin.get("/admin/audit?from=2026-13-01"); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="err-a-from"`) {
			t.Errorf("bad date: status %d", r.status)
		}
	})
}

// TestPrivateFields: a coordinator sees an expert's e-mail only when the
// policy allows (the expert agreed to be contacted), and every view of a
// non-public field is in the audit log.
func TestPrivateFields(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	srv := newTestServer(t, f.app)
	anon, coord, admin := newClient(t, srv), newClient(t, srv), newClient(t, srv)
	coord.signInAs(moscowLogin)
	admin.signInAs(adminLogin)
	const email = "ivanov@mosmetro.example"
	profile := expertURL(f.ivanov.ID)
	// views lists the audited reads of the profile page itself (the search
	// for similar experts records its own).
	views := func() []model.AuditEntry {
		t.Helper()
		list, err := f.app.Audit(context.Background(), policy.Admin(),
			app.AuditFilter{Action: app.ActExpertView, ObjectType: app.ObjExpert, ObjectID: f.ivanov.ID, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var out []model.AuditEntry
		for _, e := range list {
			if e.Detail["via"] == "read" {
				out = append(out, e)
			}
		}
		return out
	}

	if r := anon.get(profile); r.status != 200 || strings.Contains(r.body, email) {
		t.Errorf("anonymous: status %d, e-mail shown %v", r.status, strings.Contains(r.body, email))
	}
	if r := coord.get(profile); r.status != 200 || strings.Contains(r.body, email) {
		t.Errorf("coordinator without the expert's consent to contact: status %d, e-mail shown %v", r.status, strings.Contains(r.body, email))
	}
	if n := len(views()); n != 0 {
		t.Errorf("%d views audited while only public fields were shown", n)
	}

	if r := admin.get(profile); !strings.Contains(r.body, email) {
		t.Error("the admin does not see the e-mail")
	}
	got := views()
	if len(got) != 1 || got[0].Actor.Role != policy.RoleAdmin || !strings.Contains(strings.Join(anyStrings(got[0].Detail["fields"]), ","), "email") {
		t.Fatalf("admin's view: audit %+v", got)
	}

	ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
	if _, err := f.app.SetConsent(ctx, policy.Admin(), f.ivanov.ID, model.Consent{Public: true, PartnerCity: true, Contact: true}); err != nil {
		t.Fatal(err)
	}
	if r := coord.get(profile); !strings.Contains(r.body, email) {
		t.Error("the Moscow coordinator does not see the e-mail of a Moscow expert who agreed to be contacted")
	}
	got = views()
	if len(got) != 2 || got[1].Actor.Role != policy.RoleCoordinator {
		t.Errorf("coordinator's view: audit %+v", got)
	}
	if r := anon.get(profile); strings.Contains(r.body, email) {
		t.Error("the e-mail is public")
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func anyStrings(v any) []string {
	var out []string
	if list, ok := v.([]any); ok {
		for _, x := range list {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
	}
	if list, ok := v.([]string); ok {
		out = list
	}
	return out
}
