package web

import "testing"

func TestSnippetHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"the <mark>subway</mark> line", "the <mark>subway</mark> line"},
		{"&lt;b&gt; &amp; <mark>метро</mark>", "&lt;b&gt; &amp; <mark>метро</mark>"},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"<mark>open", "<mark>open</mark>"},
		{"x</mark>y", "x&lt;/mark&gt;y"},
		{`<mark onclick="x">a</mark>`, `&lt;mark onclick=&#34;x&#34;&gt;a&lt;/mark&gt;`},
		{"&lt;mark&gt;fake&lt;/mark&gt;", "&lt;mark&gt;fake&lt;/mark&gt;"},
		{"<mark>地铁</mark>建设与<mark>运营</mark>", "<mark>地铁</mark>建设与<mark>运营</mark>"},
	}
	for _, tt := range tests {
		if got := string(snippetHTML(tt.in)); got != tt.want {
			t.Errorf("snippetHTML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
