package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
)

// testPassword is the password of every account of the fixture.
const testPassword = "correct horse battery staple"

// Logins of the fixture's accounts.
const (
	adminLogin  = "admin"
	moscowLogin = "coord-msk" // coordinator of Moscow
	expertLogin = "wang"      // Wang Wei's own account
)

// fastAccounts: cheap password hashes, and a limiter that never engages
// (tests sign in many times from one address).
var fastAccounts = app.AccountsConfig{
	Password: app.PasswordParams{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
	Limiter:  app.LimiterConfig{FreeFailures: 1 << 30, AddrBurst: 1 << 30},
}

// testCSP is the policy the server package sets on every response; the
// tests set it too, so that the browser refuses anything inline.
const testCSP = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"

// fixture is a small registry in three languages.
type fixture struct {
	app                          *app.App
	ivanov, wang, smith, petrova *model.Expert
	metro                        *model.Organization
}

func fixtureOrgs() []model.Organization {
	return []model.Organization{
		{ExternalID: "mosmetro", Name: model.Text{"ru": "Московский метрополитен", "en": "Moscow Metro", "zh": "莫斯科地铁"},
			City: "moscow", Country: "RU", Kind: "transport-operator", Website: "https://mosmetro.example"},
		{ExternalID: "bjtu", Name: model.Text{"zh": "北京交通大学", "en": "Beijing Jiaotong University"},
			City: "beijing", Country: "CN", Kind: "university"},
	}
}

func fixtureExperts() []model.Expert {
	return []model.Expert{
		{ExternalID: "ivanov", NativeLang: "ru", City: "moscow", Country: "RU", OrgID: "mosmetro",
			Name:         model.Text{"ru": "Иванов Пётр Сергеевич", "en": "Petr Ivanov", "zh": "伊万诺夫"},
			Organization: model.Text{"ru": "Московский метрополитен", "en": "Moscow Metro"},
			Position:     model.Text{"ru": "Главный инженер", "en": "Chief engineer"},
			Spheres:      []string{"transport.subway"},
			Keywords:     model.Terms{"ru": {"метрополитен", "тоннели"}, "en": {"subway", "tunnelling"}, "zh": {"地铁"}},
			Bio:          model.Text{"ru": "Строительство и эксплуатация метрополитена, проходка тоннелей.", "en": "Builds and runs subway lines; tunnelling."},
			Languages:    []string{"ru", "en"}, Email: "ivanov@mosmetro.example", Phone: "+7 495 123-45-67",
			Outputs:      []model.Output{{Kind: "patent", Title: "Tunnel lining", Year: 2019}},
			Availability: &model.Availability{Formats: []string{"lecture", "consulting"}, From: "2026-03-01"}},
		{ExternalID: "wang", NativeLang: "zh", City: "beijing", Country: "CN", OrgID: "bjtu",
			Name:         model.Text{"zh": "王伟", "en": "Wang Wei", "ru": "Ван Вэй"},
			Organization: model.Text{"zh": "北京交通大学"},
			Position:     model.Text{"zh": "教授"},
			Spheres:      []string{"transport.subway", "science-technology.materials"},
			Keywords:     model.Terms{"zh": {"地铁运营", "材料"}, "en": {"subway operations"}},
			Bio:          model.Text{"zh": "研究地铁运营与隧道材料。"},
			Languages:    []string{"zh", "en"}},
		{ExternalID: "smith", NativeLang: "en", City: "other", Country: "GB",
			Name:     model.Text{"en": "John Smith"},
			Position: model.Text{"en": "Curator"},
			Spheres:  []string{"culture.museums"},
			Keywords: model.Terms{"en": {"museum curation"}},
			Bio:      model.Text{"en": "Curates exhibitions of Russian and Chinese art."}},
		{ExternalID: "petrova", NativeLang: "ru", City: "moscow", Visibility: model.VisibilityCoordinators,
			Name:     model.Text{"ru": "Петрова Анна"},
			Spheres:  []string{"transport.subway"},
			Keywords: model.Terms{"ru": {"метрополитен"}}},
	}
}

// newFixture fills db with the fixture and attaches a search index.
func newFixture(t testing.TB, db *store.DB) *fixture {
	t.Helper()
	ctx := context.Background()
	a := app.New(db, nil)
	if err := a.ConfigureAccounts(fastAccounts); err != nil {
		t.Fatal(err)
	}
	if err := a.LoadOrganizations(ctx, fixtureOrgs()); err != nil {
		t.Fatal(err)
	}
	f := &fixture{app: a}
	for _, e := range fixtureExperts() {
		if err := a.CreateExpert(ctx, &e); err != nil {
			t.Fatalf("%s: %v", e.ExternalID, err)
		}
		switch e.ExternalID {
		case "ivanov":
			f.ivanov = &e
		case "wang":
			f.wang = &e
		case "smith":
			f.smith = &e
		case "petrova":
			f.petrova = &e
		}
	}
	var err error
	if f.metro, err = a.OrganizationByExternalID(ctx, "mosmetro"); err != nil {
		t.Fatal(err)
	}
	for _, nu := range []app.NewUser{
		{Login: adminLogin, DisplayName: "Anna Admin", Role: policy.RoleAdmin},
		{Login: moscowLogin, DisplayName: "Mikhail Coordinator", Role: policy.RoleCoordinator, City: model.CityMoscow},
		{Login: expertLogin, Role: policy.RoleExpert, ExpertID: f.wang.ID},
	} {
		nu.Password = testPassword
		if _, _, err := a.CreateUser(app.WithCaller(ctx, policy.Admin(), "test"), policy.Admin(), nu); err != nil {
			t.Fatalf("account %s: %v", nu.Login, err)
		}
	}
	if err := a.UseScratchIndex(ctx, filepath.Join(t.TempDir(), "index")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.CloseIndex() })
	return f
}

// sqliteDB opens a fresh, migrated SQLite database.
func sqliteDB(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), store.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

func newTranslator(t testing.TB) *i18n.Translator {
	t.Helper()
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// newTestServer serves the pages over a with the site's security policy.
func newTestServer(t testing.TB, a *app.App) *httptest.Server {
	t.Helper()
	h := New(a, newTranslator(t), Config{}, slog.New(slog.DiscardHandler))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", testCSP)
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// client is a browser stand-in: it keeps cookies and does not follow
// redirects, so that tests see them.
type client struct {
	t    testing.TB
	base string
	hc   *http.Client
	lang string
	app  *app.App // for reading records back
}

// expert reads a stored record.
func (c *client) expert(id int64) (*model.Expert, error) {
	return c.app.Expert(context.Background(), id)
}

// cookie returns the value of the named cookie the client holds.
func (c *client) cookie(name string) string {
	u, _ := url.Parse(c.base)
	for _, ck := range c.hc.Jar.Cookies(u) {
		if ck.Name == name {
			return ck.Value
		}
	}
	return ""
}

func newClient(t testing.TB, srv *httptest.Server) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: t, base: srv.URL, lang: "en", hc: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// response is a finished exchange.
type response struct {
	status int
	header http.Header
	body   string
}

func (c *client) do(method, path string, form url.Values) response {
	c.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Accept-Language", c.lang)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

func (c *client) get(path string) response { c.t.Helper(); return c.do(http.MethodGet, path, nil) }

func (c *client) post(path string, form url.Values) response {
	c.t.Helper()
	return c.do(http.MethodPost, path, form)
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf reads the form token from a page.
func csrf(t testing.TB, body string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no CSRF token on the page")
	}
	return m[1]
}

// signIn signs the client in as administrator.
func (c *client) signIn() { c.t.Helper(); c.signInAs(adminLogin) }

// signInAs signs the client in with one of the fixture's accounts.
func (c *client) signInAs(login string) {
	c.t.Helper()
	page := c.get("/signin")
	r := c.post("/signin", url.Values{"csrf": {csrf(c.t, page.body)}, "login": {login}, "password": {testPassword}, "next": {"/"}})
	if r.status != http.StatusSeeOther {
		c.t.Fatalf("sign in as %s: status %d", login, r.status)
	}
}
