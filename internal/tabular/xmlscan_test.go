package tabular

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// scanAll renders the tokens of a document as S(name attrs)/E(name)/T(text).
func scanAll(doc string, attrNames ...string) (string, error) {
	sc := newXMLScanner(strings.NewReader(doc))
	var out []string
	for {
		tok, err := sc.next()
		if errors.Is(err, io.EOF) {
			return strings.Join(out, " "), nil
		}
		if err != nil {
			return strings.Join(out, " "), err
		}
		switch tok {
		case tokStart:
			s := "S(" + string(sc.name)
			for _, a := range attrNames {
				if v := sc.attr(a); v != "" {
					s += fmt.Sprintf(" %s=%s", a, v)
				}
			}
			if sc.self {
				s += "/"
			}
			out = append(out, s+")")
		case tokEnd:
			out = append(out, "E("+string(sc.name)+")")
		case tokText:
			out = append(out, "T("+string(sc.text)+")")
		}
	}
}

func TestXMLScanner(t *testing.T) {
	tests := []struct {
		doc, want string
	}{
		{`<?xml version="1.0"?><a><b r="A1" t='s'>x</b></a>`, `S(a) S(b r=A1 t=s) T(x) E(b) E(a)`},
		{`<x:row r="2"><x:c r="B2"/></x:row>`, `S(row r=2) S(c r=B2/) E(row)`},
		{`<t>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#1071;&#x42f; &unknown; &</t>`, `S(t) T(a <b> & "c" 'd' ЯЯ &unknown; &) E(t)`},
		{`<c r="a>b" t="x&amp;y"/>`, `S(c r=a>b t=x&y/)`},
		{`<t><!-- a > comment --><![CDATA[<not a tag> & ]]></t>`, `S(t) T(<not a tag> & ) E(t)`},
		{`<c  r = "C3"  t="inlineStr" ><is><t xml:space="preserve"> x </t></is></c>`, `S(c r=C3 t=inlineStr) S(is) S(t) T( x ) E(t) E(is) E(c)`},
	}
	for _, tt := range tests {
		got, err := scanAll(tt.doc, "r", "t")
		if err != nil || got != tt.want {
			t.Errorf("%s\n got %s (%v)\nwant %s", tt.doc, got, err, tt.want)
		}
	}
	if _, err := scanAll(`<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>`); !errors.Is(err, errDTD) {
		t.Errorf("DTD: %v", err)
	}
	if _, err := scanAll(`<row><c r="A1`); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("cut tag: %v", err)
	}
}
