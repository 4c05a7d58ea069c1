package web

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"talentbridge/internal/model"
)

// chromiumPath finds the browser: $TALENTBRIDGE_CHROMIUM, else chromium on
// the PATH. Without one the browser tests are skipped, except under CI,
// where they must run.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("TALENTBRIDGE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium required under CI: install it or set TALENTBRIDGE_CHROMIUM")
	}
	t.Skip("no Chromium: set TALENTBRIDGE_CHROMIUM or put chromium on the PATH")
	return ""
}

// browser is a headless Chromium tab that records what the page logs.
type browser struct {
	t    *testing.T
	ctx  context.Context
	base string

	mu   sync.Mutex
	logs []string // errors and warnings the pages wrote
}

func newBrowser(t *testing.T, base string) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	b := &browser{t: t, ctx: ctx, base: base}
	messages := chromedp.Console(ctx) // starts the browser
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.IsException() {
				b.mu.Lock()
				b.logs = append(b.logs, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// do runs steps with a time limit, failing the test on error.
func (b *browser) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// text returns the text of the first element matching sel.
func (b *browser) text(sel string) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

func (b *browser) open(path string) {
	b.t.Helper()
	b.do("open "+path, chromedp.Navigate(b.base+path), chromedp.WaitReady(chromedp.CSS("main")))
}

// lang switches the site's language with its own switch.
func (b *browser) lang(l string) {
	b.t.Helper()
	if cur, err := chromedp.Run(b.ctx, chromedp.Evaluate[string]("document.documentElement.lang")); err == nil && cur == l {
		return // clicking would reload, and the wait below would not wait for it
	}
	b.do("switch to "+l, chromedp.Click(chromedp.CSS(`.langs a[hreflang="`+l+`"]`)),
		chromedp.WaitReady(chromedp.CSS(`html[lang="`+l+`"] main`)))
}

// quiet fails the test if a page logged errors or warnings, such as a
// refusal by the Content-Security-Policy, other than the expected ones.
func (b *browser) quiet(expected ...string) {
	b.t.Helper()
	time.Sleep(200 * time.Millisecond) // let the last messages arrive
	b.mu.Lock()
	defer b.mu.Unlock()
next:
	for _, m := range b.logs {
		for _, e := range expected {
			if strings.Contains(m, e) {
				continue next
			}
		}
		b.t.Errorf("browser console: %s", m)
	}
	b.logs = nil
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are long")
	}
	chromiumPath(t) // skip early, before building the fixture
	f := newFixture(t, sqliteDB(t))
	srv := newTestServer(t, f.app)
	b := newBrowser(t, srv.URL)

	t.Run("search in each language and open a hit", func(t *testing.T) {
		b.t = t
		tests := []struct{ lang, query, hit, profile string }{
			{"ru", "тоннели", "Иванов Пётр Сергеевич", "Иванов Пётр Сергеевич"},
			{"zh", "地铁运营", "王伟", "王伟"},
			{"en", "museum curation", "John Smith", "John Smith"},
		}
		for _, tt := range tests {
			b.open("/")
			b.lang(tt.lang)
			b.do("search "+tt.query,
				chromedp.SendKeys(chromedp.CSS("#home-q"), tt.query),
				chromedp.Submit(chromedp.CSS("#home-q")),
				// The home page lists experts too: wait for the results' own list.
				chromedp.WaitVisible(chromedp.CSS(".hits .cards .card")))
			if got := b.text(".hits .cards .card h3"); !strings.Contains(got, tt.hit) {
				t.Errorf("%s: first hit %q, want %q", tt.lang, got, tt.hit)
			}
			if got := b.text("h2.found"); got == "" {
				t.Errorf("%s: no count of hits", tt.lang)
			}
			b.do("open the hit", chromedp.Click(chromedp.CSS(".hits .cards .card h3 a")), chromedp.WaitVisible(chromedp.CSS(".profile h1")))
			if got := b.text(".profile h1"); !strings.Contains(got, tt.profile) {
				t.Errorf("%s: profile %q, want %q", tt.lang, got, tt.profile)
			}
		}
		b.quiet()
	})

	t.Run("filter by a facet", func(t *testing.T) {
		b.t = t
		b.lang("en")
		b.open("/experts?q=subway")
		b.do("tick Beijing", chromedp.Click(chromedp.CSS("#f-city-beijing")),
			chromedp.WaitVisible(chromedp.CSS(".chips")))
		loc, err := chromedp.Run(b.ctx, chromedp.Location())
		if err != nil || !strings.Contains(loc, "city=beijing") {
			t.Fatalf("address after filtering: %q, %v", loc, err)
		}
		if got := b.text(".hits"); !strings.Contains(got, "Wang Wei") || strings.Contains(got, "Petr Ivanov") {
			t.Errorf("filtered hits: %q", got)
		}
		b.quiet()
	})

	t.Run("sign in, edit, see the error, fix it", func(t *testing.T) {
		b.t = t
		edit := expertURL(f.ivanov.ID) + "/edit"
		b.open("/")
		b.lang("ru")
		b.open(edit) // sends us to sign in first
		b.do("a wrong password", chromedp.WaitVisible(chromedp.CSS("#login")),
			chromedp.SendKeys(chromedp.CSS("#login"), adminLogin),
			chromedp.SendKeys(chromedp.CSS("#password"), "not the password"),
			chromedp.Submit(chromedp.CSS("#password")),
			chromedp.WaitVisible(chromedp.CSS("#signin-error")))
		if got := b.text("#signin-error"); !strings.Contains(got, "неверный логин или пароль") {
			t.Errorf("sign-in error: %q", got)
		}
		b.do("sign in", chromedp.SetValue(chromedp.CSS("#password"), testPassword),
			chromedp.Submit(chromedp.CSS("#password")),
			chromedp.WaitVisible(chromedp.CSS("#f-orcid")))
		if got := b.text(".who"); !strings.Contains(got, "Anna Admin") || !strings.Contains(got, "администратор") {
			t.Errorf("header after sign-in: %q", got)
		}
		b.do("type a wrong ORCID",
			chromedp.SetValue(chromedp.CSS("#f-orcid"), "0000-0002-1825-0098"),
			chromedp.Submit(chromedp.CSS("#f-orcid")),
			chromedp.WaitVisible(chromedp.CSS("#err-f-orcid")))
		if got := b.text("#err-f-orcid"); !strings.Contains(got, "Контрольная цифра не сходится") {
			t.Errorf("error next to the field: %q", got)
		}
		if got := b.text(".error-summary"); !strings.Contains(got, "ORCID") {
			t.Errorf("error summary: %q", got)
		}
		b.screenshot("form-error-1280.png")
		b.do("fix it",
			chromedp.SetValue(chromedp.CSS("#f-orcid"), "0000-0002-1825-0097"),
			chromedp.Submit(chromedp.CSS("#f-orcid")),
			chromedp.WaitVisible(chromedp.CSS(".notice.success")))
		if got := b.text(".details"); !strings.Contains(got, "0000-0002-1825-0097") {
			t.Errorf("saved profile: %q", got)
		}
		b.quiet("status of 422", "status of 401") // forms shown again with their problems
	})

	t.Run("browse the audit log", func(t *testing.T) {
		b.t = t
		b.lang("en")
		b.open("/admin/audit")
		b.do("filter sign-ins", chromedp.SetValue(chromedp.CSS("#a-action"), "signin."),
			chromedp.Submit(chromedp.CSS("#a-action")),
			chromedp.WaitVisible(chromedp.CSS("table.audit")))
		got := b.text("table.audit")
		if !strings.Contains(got, "signin.failure") || !strings.Contains(got, "signin.success") || strings.Contains(got, "expert.update") {
			t.Errorf("sign-ins in the audit log: %q", got)
		}
		b.screenshot("audit.png")
		b.quiet()
	})

	t.Run("create a talent request and shortlist a match", func(t *testing.T) {
		b.t = t
		buildMatcher(t, f)
		b.lang("en")
		b.open("/requests/new")
		b.do("submit it empty", chromedp.Submit(chromedp.CSS("#f-title")), chromedp.WaitVisible(chromedp.CSS("#err-f-title")))
		b.do("fill it in",
			chromedp.SendKeys(chromedp.CSS("#f-title"), "Tunnel boring for a new subway line"),
			chromedp.SendKeys(chromedp.CSS("#f-description"), "A consultant on tunnelling and subway operations."),
			chromedp.Click(chromedp.CSS(`#lang-ru`)),
			chromedp.SetValue(chromedp.CSS("#f-city"), "beijing"),
			chromedp.Submit(chromedp.CSS("#f-title")),
			chromedp.WaitVisible(chromedp.CSS(".match")))
		if got := b.text(".match"); !strings.Contains(got, "Petr Ivanov") || !strings.Contains(got, "% match") || !strings.Contains(got, "Keywords") {
			t.Errorf("first match: %q", got)
		}
		b.do("shortlist", chromedp.Click(chromedp.CSS(`#m-ivanov button[value="proposed"]`)),
			chromedp.WaitVisible(chromedp.CSS(".notice.success")))
		if got := b.text(".shortlist"); !strings.Contains(got, "Petr Ivanov") || !strings.Contains(got, "Shortlisted") {
			t.Errorf("shortlist: %q", got)
		}
		b.quiet("status of 422")
	})

	t.Run("open a profile and follow its similar experts", func(t *testing.T) {
		b.t = t
		b.lang("en")
		profile := expertURL(f.ivanov.ID)
		b.open(profile)
		// The link, or below a list computed already, the link to them all.
		b.do("follow Similar experts", chromedp.Click(chromedp.CSS(`.profile a[href="`+profile+`/similar"]`)),
			chromedp.WaitVisible(chromedp.CSS(".similar .card")))
		if got := b.text(".similar"); !strings.Contains(got, "Wang Wei") || !strings.Contains(got, "% match") {
			t.Errorf("similar experts: %q", got)
		}
		b.do("back to the profile", chromedp.Click(chromedp.CSS(`.crumbs a`)), chromedp.WaitVisible(chromedp.CSS("#similar-h")))
		if got := b.text(".profile .similar"); !strings.Contains(got, "Wang Wei") {
			t.Errorf("the profile's similar experts: %q", got)
		}
		b.quiet()
	})

	t.Run("switch language", func(t *testing.T) {
		b.t = t
		b.open(expertURL(f.wang.ID))
		b.lang("zh")
		if got := b.text(".main-nav"); !strings.Contains(got, "专家") || !strings.Contains(got, "机构") {
			t.Errorf("Chinese menu: %q", got)
		}
		b.lang("ru")
		if got := b.text(".main-nav"); !strings.Contains(got, "Эксперты") {
			t.Errorf("Russian menu: %q", got)
		}
		if got := b.text(".profile h1"); !strings.Contains(got, "Ван Вэй") || !strings.Contains(got, "王伟") {
			t.Errorf("name for a Russian reader: %q", got)
		}
		b.quiet()
	})
}

// screenshotDir is where screenshots go: $TALENTBRIDGE_SCREENSHOTS, else
// testdata/screenshots, which git ignores.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("TALENTBRIDGE_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("testdata", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// screenshot saves the whole current page.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(screenshotDir(b.t), name), shot, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// TestScreenshots renders the main pages at a desktop and a phone width
// over demo data into $TALENTBRIDGE_SCREENSHOTS (default
// testdata/screenshots, which git ignores), for people to look at.
func TestScreenshots(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are long")
	}
	chromiumPath(t)
	dir := screenshotDir(t)
	f := newFixture(t, sqliteDB(t))
	loadDemo(t, f.app, 300)
	if _, err := f.app.SyncIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
	buildMatcher(t, f)
	req := &model.Request{Title: "Подземная транспортная инфраструктура", Spheres: []string{"transport.subway"},
		Description: "Нужен эксперт по проходке тоннелей и эксплуатации метрополитена; 需要地铁运营经验。",
		Languages:   []string{"ru", "zh"}, Formats: []string{"consulting", "lecture"}, City: model.CityBeijing, OrgID: "bjtu"}
	if err := f.app.CreateRequest(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	srv := newTestServer(t, f.app)
	b := newBrowser(t, srv.URL)
	b.open("/signin")
	b.do("sign in", chromedp.SendKeys(chromedp.CSS("#login"), moscowLogin),
		chromedp.SendKeys(chromedp.CSS("#password"), testPassword),
		chromedp.Submit(chromedp.CSS("#password")), chromedp.WaitVisible(chromedp.CSS(".who")))
	pages := []struct{ name, lang, path string }{
		{"home", "ru", "/"},
		{"results", "en", "/experts?q=" + url.QueryEscape("subway metro")},
		{"profile", "zh", expertURL(f.ivanov.ID)},
		{"dashboard", "ru", "/dashboard"},
		{"request", "ru", requestURL(req.ExternalID)},
	}
	for _, width := range []int64{1280, 375} {
		for _, p := range pages {
			b.open("/")
			b.lang(p.lang)
			b.do("viewport", chromedp.EmulateViewport(width, 800))
			b.open(p.path)
			b.screenshot(fmt.Sprintf("%s-%d.png", p.name, width))
			// The first screen alone, as a phone shows it without scrolling.
			top, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d-top.png", p.name, width)), top, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	b.quiet()
	t.Logf("screenshots in %s", dir)
}
