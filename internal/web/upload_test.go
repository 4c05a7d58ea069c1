package web

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/policy"
)

// upload posts a file as the upload form does: the token first.
func (c *client) upload(token, name string, data []byte) response {
	c.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	_ = mw.WriteField("csrf", token)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		c.t.Fatal(err)
	}
	_, _ = fw.Write(data)
	_ = mw.Close()
	req, err := http.NewRequest(http.MethodPost, c.base+"/import", &body)
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Accept-Language", c.lang)
	resp, err := c.hc.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

var jobRE = regexp.MustCompile(`^/import/([A-Za-z0-9_-]+)$`)

// settle reloads a job's page until it stops refreshing itself.
func (c *client) settle(path string) response {
	c.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r := c.get(path)
		if r.status != http.StatusOK {
			c.t.Fatalf("%s: status %d", path, r.status)
		}
		if r.header.Get("Refresh") == "" {
			return r
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("%s still running", path)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func uploadCSV(rows ...string) []byte {
	return []byte("Внешний ID,ФИО,Город,Сферы,Электронная почта\r\n" + strings.Join(rows, "\r\n") + "\r\n")
}

func TestImportPageDryRunConfirmAndDiscard(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	srv := newTestServer(t, f.app)

	anon := newClient(t, srv)
	if r := anon.get("/import"); r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/signin") {
		t.Fatalf("anonymous: %d %s", r.status, r.header.Get("Location"))
	}
	coord := newClient(t, srv)
	coord.signInAs(moscowLogin)
	if r := coord.get("/import"); r.status != http.StatusForbidden {
		t.Fatalf("coordinator: %d", r.status)
	}

	c := newClient(t, srv)
	c.signIn()
	form := c.get("/import")
	if form.status != http.StatusOK || !strings.Contains(form.body, `enctype="multipart/form-data"`) {
		t.Fatalf("form: %d", form.status)
	}
	token := csrf(t, form.body)
	file := uploadCSV(
		"up-1,Кузнецов Павел Андреевич,moscow,transport.subway,p.kuznetsov@example.org",
		"up-2,Li Na,beijing,education,",
		"up-3,Castle Keeper,moscow,castles,",
	)
	if r := c.upload("forged", "list.csv", file); r.status != http.StatusForbidden {
		t.Fatalf("forged token: %d", r.status)
	}
	if r := c.upload(token, "", nil); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "Choose a file") {
		t.Fatalf("no file: %d", r.status)
	}

	r := c.upload(token, "list.csv", file)
	m := jobRE.FindStringSubmatch(r.header.Get("Location"))
	if r.status != http.StatusSeeOther || m == nil {
		t.Fatalf("upload: %d %q", r.status, r.header.Get("Location"))
	}
	job := m[0]
	page := c.settle(job)
	for _, want := range []string{"What the import would do", "New experts: 2", "rejected: 1", "There is no sphere “castles”", "<td class=\"num\">4</td>"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("dry run page lacks %q:\n%s", want, page.body)
		}
	}
	if _, err := f.app.ExpertByExternalID(context.Background(), "up-1"); err == nil {
		t.Fatal("the dry run stored an expert")
	}
	if other := coord.get(job); other.status != http.StatusForbidden {
		t.Errorf("another reader sees the job: %d", other.status)
	}

	if r := c.post(job+"/confirm", url.Values{"csrf": {token}}); r.status != http.StatusSeeOther {
		t.Fatalf("confirm: %d", r.status)
	}
	page = c.settle(job)
	if !strings.Contains(page.body, "The import is complete.") || !strings.Contains(page.body, "What the import did") {
		t.Errorf("import page:\n%s", page.body)
	}
	e, err := f.app.ExpertByExternalID(context.Background(), "up-1")
	if err != nil || e.Email != "p.kuznetsov@example.org" {
		t.Fatalf("imported expert: %+v %v", e, err)
	}
	// A second confirmation (a reload of the post) changes nothing.
	if r := c.post(job+"/confirm", url.Values{"csrf": {token}}); r.status != http.StatusSeeOther {
		t.Fatalf("confirm again: %d", r.status)
	}

	// Discarding a checked file stores nothing.
	r = c.upload(token, "second.csv", uploadCSV("up-9,Discarded Person,moscow,education,"))
	job = r.header.Get("Location")
	c.settle(job)
	if r := c.post(job+"/cancel", url.Values{"csrf": {token}}); r.status != http.StatusSeeOther {
		t.Fatalf("discard: %d", r.status)
	}
	if page := c.get(job); !strings.Contains(page.body, "Cancelled: nothing was stored.") {
		t.Errorf("discarded page:\n%s", page.body)
	}
	if _, err := f.app.ExpertByExternalID(context.Background(), "up-9"); err == nil {
		t.Error("a discarded file was imported")
	}
	if r := c.post(job+"/confirm", url.Values{"csrf": {token}}); r.status != http.StatusSeeOther {
		t.Fatalf("confirm a discarded job: %d", r.status)
	}
	if _, err := f.app.ExpertByExternalID(context.Background(), "up-9"); err == nil {
		t.Error("a discarded file was imported on a late confirmation")
	}
}

// TestImportPageCancelKeepsWholeRows cancels an import under way: what
// was stored before the cancel is whole batches of complete rows.
func TestImportPageCancelKeepsWholeRows(t *testing.T) {
	f := newFixture(t, sqliteDB(t))
	srv := newTestServer(t, f.app)
	c := newClient(t, srv)
	c.signIn()
	token := csrf(t, c.get("/import").body)
	const n = 3000
	rows := make([]string, n)
	for i := range rows {
		rows[i] = fmt.Sprintf("bulk-%d,Bulk Person %d,moscow,education,bulk%d@example.org", i, i, i)
	}
	job := c.upload(token, "bulk.csv", uploadCSV(rows...)).header.Get("Location")
	if !strings.Contains(c.settle(job).body, "New experts: 3,000") {
		t.Fatal("dry run did not check every row")
	}
	c.post(job+"/confirm", url.Values{"csrf": {token}})
	c.post(job+"/cancel", url.Values{"csrf": {token}})
	page := c.settle(job)
	stored := 0
	err := f.app.EachVisibleExpert(context.Background(), policy.Admin(), func(xid string) error {
		if strings.HasPrefix(xid, "bulk-") {
			stored++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d rows stored when the cancel took effect", stored, n)
	switch {
	case strings.Contains(page.body, "The import is complete."):
		if stored != n {
			t.Errorf("complete import stored %d of %d", stored, n)
		}
	case strings.Contains(page.body, "Cancelled"):
		if stored%1000 != 0 {
			t.Errorf("cancel left %d rows: not whole batches", stored)
		}
	default:
		t.Fatalf("unexpected page:\n%s", page.body)
	}
	for i := 0; i < stored && i < n; i += 997 {
		e, err := f.app.ExpertByExternalID(context.Background(), fmt.Sprintf("bulk-%d", i))
		if err == nil && (e.Email == "" || len(e.Spheres) != 1) {
			t.Errorf("stored row %d is not whole: %+v", i, e)
		}
	}
}
