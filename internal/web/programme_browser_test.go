package web

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestProgrammeReportBrowser opens the reports page over the demo programme
// in Chromium: every chart must load as a non-empty SVG image, under the
// site's Content-Security-Policy. An event's page must show its times on
// the Moscow and the Beijing clock. The reports page is then photographed
// at a desktop and a phone width, like the other screenshots.
func TestProgrammeReportBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are long")
	}
	chromiumPath(t)
	f := newFixture(t, sqliteDB(t))
	loadDemo(t, f.app, 200)
	loadDemoProgramme(t, f.app, 200)
	srv := newTestServer(t, f.app)
	b := newBrowser(t, srv.URL)

	b.open("/")
	b.lang("en")
	b.open("/reports")
	b.do("wait for the charts", chromedp.Poll[chromedp.Void](`[...document.images].length > 0 && [...document.images].every(i => i.complete)`))
	charts, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]map[string]any](
		`[...document.querySelectorAll(".report-chart img")].map(i => ({src: i.getAttribute("src"), w: i.naturalWidth, h: i.naturalHeight}))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(charts) != len(chartedTables) {
		t.Errorf("%d charts on the page, want %d", len(charts), len(chartedTables))
	}
	for _, c := range charts {
		if w, _ := c["w"].(float64); w <= 0 {
			t.Errorf("chart %v did not render", c["src"])
		}
	}
	// The image is an SVG with drawing in it, as the browser fetched it.
	svg, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](
		`fetch(document.querySelector(".report-chart img").src).then(r => r.text())`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(svg, "<svg") || !strings.Contains(svg, "<path") {
		t.Errorf("chart is not a drawn SVG: %.120q", svg)
	}
	if rows := b.text(".report-table table tbody"); !strings.Contains(rows, "Events held") {
		t.Errorf("overview table: %q", rows)
	}

	b.open("/programme/events/ev-0001")
	moscow, beijing := b.text(".clock-moscow"), b.text(".clock-beijing")
	if moscow == "" || beijing == "" || moscow == beijing {
		t.Errorf("clocks: Moscow %q, Beijing %q", moscow, beijing)
	}
	b.quiet()

	dir := screenshotDir(t)
	for _, width := range []int64{1280, 375} {
		b.do("viewport", chromedp.EmulateViewport(width, 800))
		b.open("/reports")
		b.do("wait for the charts", chromedp.Poll[chromedp.Void](`[...document.images].every(i => i.complete)`))
		b.screenshot(fmt.Sprintf("reports-%d.png", width))
		top, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("reports-%d-top.png", width)), top, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b.quiet()
}
