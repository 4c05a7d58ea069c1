package web

import (
	"html"
	"html/template"
	"strings"
)

// snippetHTML makes a search snippet safe to insert as HTML. Snippets come
// from the index HTML-escaped with the matched words in <mark></mark>; this
// does not trust that: it decodes the text between the marks and escapes it
// again, so that the only markup that can reach the page is <mark>, balanced.
func snippetHTML(s string) template.HTML {
	var b strings.Builder
	open := false
	for s != "" {
		tag := "<mark>"
		if open {
			tag = "</mark>"
		}
		i := strings.Index(s, tag)
		if i < 0 {
			b.WriteString(template.HTMLEscapeString(html.UnescapeString(s)))
			break
		}
		b.WriteString(template.HTMLEscapeString(html.UnescapeString(s[:i])))
		b.WriteString(tag)
		open = !open
		s = s[i+len(tag):]
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}
