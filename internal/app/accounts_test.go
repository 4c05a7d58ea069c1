package app

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"talentbridge/internal/auth"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
)

// testAccounts: cheap hashes and a small, fast limiter.
var testAccounts = AccountsConfig{
	Password: auth.Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
	Limiter:  auth.LimiterConfig{FreeFailures: 3, BaseLockout: time.Minute, AddrBurst: 1000},
}

// accountsApp is an app over db with a memory index, a settable clock and
// an operator context.
func accountsApp(t *testing.T, db *store.DB) (*App, context.Context, *time.Time) {
	t.Helper()
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.NewMemory(an)
	if err != nil {
		t.Fatal(err)
	}
	a := New(db, nil)
	clock := time.Now()
	a.nowFunc = func() time.Time { return clock }
	if err := a.ConfigureAccounts(testAccounts); err != nil {
		t.Fatal(err)
	}
	a.UseIndex(idx, nil)
	t.Cleanup(func() { _ = a.CloseIndex() })
	// Build the (empty) index before the first write: a memory index's
	// compaction after a rebuild with documents can wait for a persister
	// that a memory index does not have.
	if _, err := a.SyncIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
	return a, WithCaller(context.Background(), policy.Admin(), "test"), &clock
}

// expertWithAccount creates an expert and the account linked to it.
func expertWithAccount(t *testing.T, a *App, ctx context.Context, e *model.Expert, login string) policy.Caller {
	t.Helper()
	if err := a.CreateExpert(ctx, e); err != nil {
		t.Fatal(err)
	}
	u, _, err := a.CreateUser(ctx, policy.Admin(), NewUser{Login: login, Role: policy.RoleExpert, ExpertID: e.ID, Password: "expert password 1"})
	if err != nil {
		t.Fatal(err)
	}
	return CallerOf(u)
}

func searchIDs(t *testing.T, a *App, c policy.Caller, text string) []int64 {
	t.Helper()
	res, err := a.SearchExperts(context.Background(), c, search.Query{Text: text, PerPage: 100})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, h := range res.Hits {
		ids = append(ids, h.Expert.ID)
	}
	return ids
}

func TestSignIn(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, clock := accountsApp(t, db)
		u, _, err := a.CreateUser(ctx, policy.Admin(), NewUser{Login: "Coord@Example.org", Role: policy.RoleCoordinator,
			City: "moscow", Password: "correct horse battery"})
		if err != nil {
			t.Fatal(err)
		}
		tok1, c, err := a.SignIn(ctx, "coord@example.org ", "correct horse battery", "192.0.2.1:1")
		if err != nil || c.UserID != u.ID || c.City != "moscow" {
			t.Fatalf("SignIn = %+v, %v", c, err)
		}
		tok2, _, _ := a.SignIn(ctx, "coord@example.org", "correct horse battery", "192.0.2.1:1")
		if tok1 == tok2 {
			t.Error("two sign-ins share a session id")
		}
		if got, err := a.SessionCaller(ctx, tok1); err != nil || got.UserID != u.ID {
			t.Errorf("SessionCaller = %+v, %v", got, err)
		}

		// Wrong password, unknown account, disabled account: one answer.
		_, _, errWrong := a.SignIn(ctx, "coord@example.org", "wrong horse battery", "192.0.2.2:1")
		_, _, errUnknown := a.SignIn(ctx, "nobody@example.org", "wrong horse battery", "192.0.2.2:1")
		if !errors.Is(errWrong, model.ErrUnauthorized) || errWrong.Error() != errUnknown.Error() {
			t.Errorf("wrong password %q and unknown account %q differ", errWrong, errUnknown)
		}

		// The limiter engages alike for both after the free failures.
		for _, login := range []string{"coord@example.org", "nobody@example.org"} {
			for range 3 {
				_, _, _ = a.SignIn(ctx, login, "still wrong", "192.0.2.3:1")
			}
			_, _, err := a.SignIn(ctx, login, "correct horse battery", "192.0.2.3:1")
			var rl *RateLimitError
			if !errors.As(err, &rl) || !errors.Is(err, model.ErrRateLimited) || rl.RetryAfter() < time.Second {
				t.Errorf("%s: after the free failures got %v, want a rate limit", login, err)
			}
		}

		// Sessions end when idle and at their absolute end.
		*clock = clock.Add(DefaultIdleTimeout + time.Second)
		if _, err := a.SessionCaller(ctx, tok1); !errors.Is(err, model.ErrUnauthorized) {
			t.Errorf("an idle session still works: %v", err)
		}
		for _, bad := range []string{"", "tbs_short", tok1 + "x", "tbt_" + tok1[4:]} {
			if _, err := a.SessionCaller(ctx, bad); !errors.Is(err, model.ErrUnauthorized) {
				t.Errorf("SessionCaller(%q) = %v", bad, err)
			}
		}

		// Disabling an account ends its sessions and sign-ins.
		*clock = clock.Add(2 * time.Minute) // past the limiter's lock
		tok3, _, err := a.SignIn(ctx, "coord@example.org", "correct horse battery", "192.0.2.4:1")
		if err != nil {
			t.Fatal(err)
		}
		if err := a.SetDisabled(ctx, policy.Admin(), u.ID, true); err != nil {
			t.Fatal(err)
		}
		if _, err := a.SessionCaller(ctx, tok3); !errors.Is(err, model.ErrUnauthorized) {
			t.Errorf("a disabled account's session works: %v", err)
		}
		if _, _, err := a.SignIn(ctx, "coord@example.org", "correct horse battery", "192.0.2.4:1"); err == nil || err.Error() != errUnknown.Error() {
			t.Errorf("a disabled account signs in or answers differently: %v", err)
		}

		// Every attempt is in the audit log, without passwords.
		entries, err := a.Audit(ctx, policy.Admin(), AuditFilter{Action: "signin."})
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range entries {
			actions = append(actions, e.Action)
			for _, v := range e.Detail {
				if s, ok := v.(string); ok && (s == "wrong horse battery" || s == "nobody@example.org") {
					t.Errorf("audit entry %d holds what was typed: %v", e.ID, e.Detail)
				}
			}
		}
		for _, want := range []string{ActSignIn, ActSignInFailed, ActSignInThrottle} {
			if !slices.Contains(actions, want) {
				t.Errorf("no %s in the audit log: %v", want, actions)
			}
		}
	})
}

func TestAPITokens(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, _ := accountsApp(t, db)
		u, _, err := a.CreateUser(ctx, policy.Admin(), NewUser{Login: "ed", Role: policy.RoleOrgEditor, OrgIDs: []string{"x"}, Password: "editor password"})
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := a.CreateAPIToken(ctx, policy.Admin(), u.ID, "", []string{policy.ScopeAdmin}); !errors.Is(err, model.ErrForbidden) {
			t.Errorf("admin scope for an editor: %v", err)
		}
		tok, meta, err := a.CreateAPIToken(ctx, policy.Admin(), u.ID, "script", []string{"read"})
		if err != nil {
			t.Fatal(err)
		}
		c, err := a.BearerCaller(ctx, tok)
		if err != nil || c.UserID != u.ID || !slices.Equal(c.Scopes, []string{"read"}) || c.HasScope(policy.ScopeWrite) {
			t.Fatalf("BearerCaller = %+v, %v", c, err)
		}
		list, _ := a.APITokens(ctx, c, u.ID)
		if len(list) != 1 || list[0].LastUsedAt == nil {
			t.Errorf("tokens = %+v, want one, used", list)
		}
		if err := a.RevokeAPIToken(ctx, CallerOf(u), meta.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := a.BearerCaller(ctx, tok); !errors.Is(err, model.ErrUnauthorized) {
			t.Errorf("a revoked token works: %v", err)
		}
	})
}

func TestEnsureAdmin(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, _ := accountsApp(t, db)
		login, pw, err := a.EnsureAdmin(ctx)
		if err != nil || login != "admin" || len(pw) < auth.MinPasswordLen {
			t.Fatalf("EnsureAdmin = %q, %q, %v", login, pw, err)
		}
		if _, c, err := a.SignIn(ctx, login, pw, "127.0.0.1:1"); err != nil || c.Role != policy.RoleAdmin {
			t.Errorf("the first admin cannot sign in: %v", err)
		}
		if _, pw2, err := a.EnsureAdmin(ctx); err != nil || pw2 != "" {
			t.Errorf("a second EnsureAdmin = %q, %v", pw2, err)
		}
	})
}

// TestPrivateContactNeverFound: an anonymous search (or anyone's) for a
// private e-mail address or phone number finds nothing, and neither does a
// search for a public one: contact details are never indexed.
func TestPrivateContactNeverFound(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, _ := accountsApp(t, db)
		experts := []*model.Expert{
			{ExternalID: "priv", Name: model.Text{"ru": "Тихонова Вера"}, City: "moscow",
				Email: "vera.private@example.org", Phone: "+7 495 123-45-67"},
			{ExternalID: "pub", Name: model.Text{"en": "Open Person"}, City: "beijing", Email: "open.person@example.org",
				Phone: "+86 10 8888 7777", Consent: &model.Consent{Public: true, Contact: true},
				FieldVisibility: map[string]string{"email": "public", "phone": "public"}},
		}
		for _, e := range experts {
			if err := a.CreateExpert(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range []policy.Caller{policy.Anonymous(), policy.Admin()} {
			for _, q := range []string{"vera.private@example.org", `"vera.private@example.org"`, "vera.private",
				"+7 495 123-45-67", `"495 123-45-67"`, "1234567", `"open.person@example.org"`, `"8888 7777"`} {
				if got := searchIDs(t, a, c, q); len(got) != 0 {
					t.Errorf("%s searching %q finds %v", c.Role, q, got)
				}
			}
		}
		// Reads show the public one's contact details and not the other's.
		v, err := a.ViewExpert(ctx, policy.Anonymous(), experts[0].ID)
		if err != nil || v.Email != "" || v.Phone != "" {
			t.Errorf("anonymous view of private contacts: %+v, %v", v, err)
		}
		v, err = a.ViewExpert(ctx, policy.Anonymous(), experts[1].ID)
		if err != nil || v.Email == "" || v.Phone == "" {
			t.Errorf("anonymous view of public contacts: %+v, %v", v, err)
		}
	})
}

// TestWithdrawnConsent: the partner city's coordinator sees a shared
// profile, and on the very next request after the expert withdraws the
// consent, no longer finds, lists or reads it.
func TestWithdrawnConsent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, _ := accountsApp(t, db)
		e := &model.Expert{ExternalID: "shared", Name: model.Text{"ru": "Орлова Нина"}, City: "moscow",
			Bio: model.Text{"ru": "Гидроакустика."}, Visibility: "coordinators",
			Consent: &model.Consent{Public: true, PartnerCity: true}}
		self := expertWithAccount(t, a, ctx, e, "nina@example.org")
		beijing := policy.Caller{UserID: 99, Role: policy.RoleCoordinator, City: "beijing"}
		moscow := policy.Caller{UserID: 98, Role: policy.RoleCoordinator, City: "moscow"}
		sees := func(c policy.Caller) (read, found, listed bool) {
			_, err := a.ViewExpert(ctx, c, e.ID)
			read = err == nil
			found = slices.Contains(searchIDs(t, a, c, "Орлова"), e.ID)
			page, err := a.VisibleExperts(ctx, c, ExpertFilter{}, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			listed = slices.ContainsFunc(page.Items, func(x *model.Expert) bool { return x.ID == e.ID })
			return read, found, listed
		}
		if r, f, l := sees(beijing); !r || !f || !l {
			t.Fatalf("before: the partner coordinator reads %v, finds %v, lists %v", r, f, l)
		}
		if _, err := a.SetConsent(ctx, self, e.ID, model.Consent{Public: true, PartnerCity: false}); err != nil {
			t.Fatal(err)
		}
		if r, f, l := sees(beijing); r || f || l {
			t.Errorf("after withdrawal: the partner coordinator reads %v, finds %v, lists %v", r, f, l)
		}
		if r, f, l := sees(moscow); !r || !f || !l {
			t.Errorf("after withdrawal: the home coordinator reads %v, finds %v, lists %v", r, f, l)
		}
		hist, err := a.ConsentHistory(ctx, self, e.ID)
		if err != nil || len(hist) != 2 || hist[1].Consent.PartnerCity || hist[1].Actor.UserID != self.UserID {
			t.Errorf("consent history = %+v, %v", hist, err)
		}
		// A write that does not carry the consent keeps it.
		upd := *e
		upd.Consent = nil
		if err := a.UpdateExpert(ctx, e.ID, &upd, 0); err != nil {
			t.Fatal(err)
		}
		if r, _, _ := sees(beijing); r {
			t.Error("an update without consent restored the withdrawn one")
		}
	})
}

// TestErasure: the expert's erasure leaves no trace in the database or the
// search index, and one audit entry without personal data.
func TestErasure(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, _ := accountsApp(t, db)
		e := &model.Expert{ExternalID: "gone", Name: model.Text{"ru": "Забытова Ирина", "en": "Irina Zabytova"}, City: "moscow",
			Keywords: model.Terms{"ru": {"палеоботаника"}}, Bio: model.Text{"ru": "Ископаемые папоротники."},
			Consent: &model.Consent{Public: true, PartnerCity: true, Contact: true}}
		self := expertWithAccount(t, a, ctx, e, "irina@example.org")
		if _, err := a.SubmitOwnProfile(ctx, self, &model.Expert{Name: model.Text{"ru": "Забытова Ирина"}}); err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"Забытова", "Zabytova", "палеоботаника", "папоротники"} {
			if got := searchIDs(t, a, policy.Admin(), q); !slices.Equal(got, []int64{e.ID}) {
				t.Fatalf("before erasure %q finds %v", q, got)
			}
		}
		if err := a.EraseOwnProfile(WithCaller(context.Background(), self, "203.0.113.5:1"), self); err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"Забытова", "Zabytova", "Ирина", "палеоботаника", "папоротники", "gone"} {
			if got := searchIDs(t, a, policy.Admin(), q); len(got) != 0 {
				t.Errorf("after erasure %q finds %v", q, got)
			}
		}
		if n, err := a.SyncIndex(ctx); err != nil || n != 0 {
			t.Errorf("SyncIndex after erasure = %d, %v; want 0 (erasure syncs)", n, err)
		}
		for _, sc := range []search.Scope{{}, {Expert: e.ID}} {
			res, err := a.Index().Search(ctx, search.Query{Audience: search.AudienceAdmin, Scope: sc})
			if err != nil || res.Total != 0 {
				t.Errorf("scope %+v: the index still holds %d documents (%v): %+v", sc, res.Total, err, res.Hits)
			}
		}
		if _, err := a.Expert(ctx, e.ID); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("the profile is still there: %v", err)
		}
		if _, err := db.UserByLogin(ctx, "irina@example.org"); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("the account is still there: %v", err)
		}
		if h, _ := db.ConsentHistory(ctx, e.ID); len(h) != 0 {
			t.Errorf("consent history remains: %v", h)
		}
		if v, _ := db.VersionsOf(ctx, e.ID); len(v) != 0 {
			t.Errorf("versions remain: %v", v)
		}
		entries, err := a.Audit(ctx, policy.Admin(), AuditFilter{Action: ActExpertErase})
		if err != nil || len(entries) != 1 {
			t.Fatalf("erasure entries = %v, %v", entries, err)
		}
		if en := entries[0]; en.Actor.Addr != "" || en.Actor.UserID != 0 || len(en.Detail) != 0 || en.ObjectID != e.ID {
			t.Errorf("the erasure entry holds more than the row id: %+v", en)
		}
	})
}

// TestReviewFlow: an expert's edit waits for their city's coordinator; the
// published profile stays until approval.
func TestReviewFlow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, _ := accountsApp(t, db)
		e := &model.Expert{ExternalID: "rev", Name: model.Text{"ru": "Правкина Ольга"}, City: "moscow", Bio: model.Text{"ru": "Старая биография."}}
		self := expertWithAccount(t, a, ctx, e, "olga@example.org")
		moscow := policy.Caller{UserID: 50, Role: policy.RoleCoordinator, City: "moscow"}
		beijing := policy.Caller{UserID: 51, Role: policy.RoleCoordinator, City: "beijing"}
		edit := &model.Expert{Name: model.Text{"ru": "Правкина Ольга"}, Bio: model.Text{"ru": "Новая биография."}, City: "beijing"}
		v, err := a.SubmitOwnProfile(ctx, self, edit)
		if err != nil {
			t.Fatal(err)
		}
		pub, _ := a.ViewExpert(ctx, policy.Anonymous(), e.ID)
		if pub.Bio["ru"] != "Старая биография." {
			t.Errorf("the edit is public before review: %v", pub.Bio)
		}
		if q, _ := a.ReviewQueue(ctx, beijing); len(q) != 0 {
			t.Errorf("the Beijing coordinator's queue holds a Moscow profile: %v", q)
		}
		q, err := a.ReviewQueue(ctx, moscow)
		if err != nil || len(q) != 1 || !slices.Contains(q[0].Changed, "bio") || slices.Contains(q[0].Changed, "city") {
			t.Fatalf("queue = %+v, %v", q, err)
		}
		if _, err := a.ApproveVersion(ctx, beijing, v.ID); !errors.Is(err, model.ErrForbidden) {
			t.Errorf("the Beijing coordinator approves: %v", err)
		}
		if _, err := a.ApproveVersion(ctx, self, v.ID); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("the expert approves their own edit: %v", err)
		}
		if _, err := a.ApproveVersion(ctx, moscow, v.ID); err != nil {
			t.Fatal(err)
		}
		pub, _ = a.ViewExpert(ctx, policy.Anonymous(), e.ID)
		if pub.Bio["ru"] != "Новая биография." || pub.City != "moscow" {
			t.Errorf("after approval: %v, city %s", pub.Bio, pub.City)
		}
		if _, err := a.ApproveVersion(ctx, moscow, v.ID); !errors.Is(err, model.ErrConflict) {
			t.Errorf("approving twice: %v", err)
		}
		data, err := a.MyData(ctx, self)
		if err != nil || len(data.Versions) != 1 || data.Profile.ID != e.ID || len(data.Audit) == 0 {
			t.Fatalf("MyData = %+v, %v", data, err)
		}
	})
}

// TestDisclosuresAudited: a read that shows more than the public view is
// recorded, one that shows only public fields is not.
func TestDisclosuresAudited(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx, _ := accountsApp(t, db)
		e := &model.Expert{ExternalID: "d", Name: model.Text{"en": "Disclosed Person"}, City: "moscow",
			Email: "d@example.org", Consent: &model.Consent{Public: true, Contact: true}}
		if err := a.CreateExpert(ctx, e); err != nil {
			t.Fatal(err)
		}
		coord := policy.Caller{UserID: 7, Role: policy.RoleCoordinator, City: "moscow"}
		if _, err := a.ViewExpert(ctx, policy.Anonymous(), e.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := a.ViewExpert(WithCaller(ctx, coord, "198.51.100.7:1"), coord, e.ID); err != nil {
			t.Fatal(err)
		}
		searchIDs(t, a, coord, "Disclosed")
		entries, err := a.Audit(ctx, policy.Admin(), AuditFilter{Action: ActExpertView, ObjectType: ObjExpert, ObjectID: e.ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 2 {
			t.Fatalf("view entries = %+v, want the coordinator's read and search", entries)
		}
		if en := entries[0]; en.Actor.UserID != 7 || en.Actor.Addr != "198.51.100.7:1" || en.Detail["via"] != "read" {
			t.Errorf("entry = %+v", en)
		}
	})
}
