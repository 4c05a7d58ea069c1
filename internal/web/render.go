package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"
)

//go:embed templates
var templateFS embed.FS

// templates holds one template set per page: the layout and the shared
// partials, plus the page's own file defining "content".
type templates struct {
	byName map[string]*template.Template
}

// sharedTemplates are the files every page's set includes.
func sharedTemplates() []string {
	return []string{"templates/layout.html", "templates/partials.html"}
}

func parseTemplates(a *assets) *templates {
	funcs := template.FuncMap{
		"asset": a.URL,
		"add":   func(a, b int) int { return a + b },
	}
	shared := sharedTemplates()
	base := template.Must(template.New("layout").Funcs(funcs).ParseFS(templateFS, shared...))
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	t := &templates{byName: map[string]*template.Template{}}
	for _, file := range names {
		if slices.Contains(shared, file) {
			continue
		}
		name := strings.TrimSuffix(strings.TrimPrefix(file, "templates/"), ".html")
		t.byName[name] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, file))
	}
	return t
}

// render writes a whole page: the layout around the named page's content.
// The page is rendered into a buffer first, so that a template error becomes
// an error page rather than half a page.
func (h *handler) render(w http.ResponseWriter, r *http.Request, rq *request, status int, name, title string, data any) error {
	t, ok := h.pages.byName[name]
	if !ok {
		panic("web: no template " + name)
	}
	tax, err := h.app.Taxonomy(r.Context())
	if err != nil {
		return err
	}
	p := &page{
		Lang: rq.lang, Title: title, Data: data, Path: r.URL.RequestURI(),
		Caller: rq.caller, tr: h.tr, tax: tax,
		pr: newPrinter(rq.lang),
	}
	p.CSRF = rq.csrf
	p.Account = accountName(rq)
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		return err
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	hdr.Set("Content-Language", rq.lang)
	hdr.Set("Content-Length", strconv.Itoa(buf.Len()))
	// Pages depend on who asks and in which language: never shared caches.
	hdr.Set("Cache-Control", "private, no-cache")
	hdr.Set("Vary", "Cookie, Accept-Language")
	w.WriteHeader(status)
	_, err = w.Write(buf.Bytes())
	return err
}

// accountName is how the header names a signed-in reader: their display
// name, else their login.
func accountName(rq *request) string {
	switch {
	case rq.account == nil:
		return ""
	case rq.account.DisplayName != "":
		return rq.account.DisplayName
	}
	return rq.account.Login
}

// redirect answers a form post with 303 See Other (Post/Redirect/Get).
func redirect(w http.ResponseWriter, r *http.Request, to string) {
	http.Redirect(w, r, to, http.StatusSeeOther)
}
