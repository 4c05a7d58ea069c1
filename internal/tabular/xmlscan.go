package tabular

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// xmlScanner is a small XML tokenizer for the two large parts of a
// workbook, the worksheet and the shared strings. Those parts are written by
// programs in a plain subset of XML, and encoding/xml, which handles all of
// XML, spent most of an import's parsing time on them. The scanner reports
// start tags (local name and raw attributes), end tags and text with the
// predefined and numeric entities decoded; it skips the XML declaration,
// processing instructions and comments, returns CDATA as text and refuses a
// document type declaration (no entity of a DTD is ever expanded).
type xmlScanner struct {
	r     *bufio.Reader
	tag   []byte // the tag's text between < and >, reused
	name  []byte // local name of the last tag (a slice of tag)
	attrs []byte // raw attributes of the last start tag (a slice of tag)
	self  bool   // the last start tag was self-closing (<c/>)
	text  []byte // decoded text of the last text token, reused
}

type xmlToken int

const (
	tokStart xmlToken = iota + 1
	tokEnd
	tokText
)

var errDTD = errors.New("xml: document type declarations are not accepted")

func newXMLScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: bufio.NewReaderSize(r, 64<<10)}
}

// next reads the next token; io.EOF at the end of the input.
func (s *xmlScanner) next() (xmlToken, error) {
	for {
		c, err := s.r.ReadByte()
		if err != nil {
			return 0, err
		}
		if c != '<' {
			if err := s.r.UnreadByte(); err != nil {
				return 0, err
			}
			return tokText, s.readText()
		}
		if err := s.readTag(); err != nil {
			return 0, unexpectedEOF(err)
		}
		t := s.tag
		switch {
		case len(t) == 0:
			return 0, errors.New("xml: empty tag")
		case t[0] == '?', bytes.HasPrefix(t, []byte("!--")):
			continue
		case bytes.HasPrefix(t, []byte("![CDATA[")):
			s.text = append(s.text[:0], t[len("![CDATA["):len(t)-len("]]")]...)
			return tokText, nil
		case t[0] == '!':
			return 0, errDTD
		case t[0] == '/':
			s.name = localName(bytes.TrimSpace(t[1:]))
			return tokEnd, nil
		}
		s.self = t[len(t)-1] == '/'
		if s.self {
			t = t[:len(t)-1]
		}
		end := bytes.IndexAny(t, " \t\r\n")
		if end < 0 {
			end = len(t)
		}
		s.name, s.attrs = localName(t[:end]), t[end:]
		return tokStart, nil
	}
}

func unexpectedEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// readTag reads up to the '>' that closes the tag, which may appear inside
// quoted attribute values, comments and CDATA sections.
func (s *xmlScanner) readTag() error {
	s.tag = s.tag[:0]
	for {
		chunk, err := s.r.ReadSlice('>')
		s.tag = append(s.tag, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return err
		}
		if s.tagComplete() {
			s.tag = s.tag[:len(s.tag)-1] // drop '>'
			return nil
		}
	}
}

func (s *xmlScanner) tagComplete() bool {
	t := s.tag
	switch {
	case bytes.HasPrefix(t, []byte("!--")):
		return bytes.HasSuffix(t, []byte("-->")) && len(t) >= len("!---->")
	case bytes.HasPrefix(t, []byte("![CDATA[")):
		return bytes.HasSuffix(t, []byte("]]>"))
	}
	var quote byte
	for _, c := range t {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		}
	}
	return quote == 0
}

func (s *xmlScanner) readText() error {
	s.text = s.text[:0]
	for {
		chunk, err := s.r.ReadSlice('<')
		if err == nil {
			s.text = append(s.text, chunk[:len(chunk)-1]...)
			if err := s.r.UnreadByte(); err != nil {
				return err
			}
			break
		}
		s.text = append(s.text, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			break
		}
		return err
	}
	s.text = decodeEntities(s.text)
	return nil
}

// localName drops a namespace prefix: "x:row" → "row".
func localName(b []byte) []byte {
	if i := bytes.IndexByte(b, ':'); i >= 0 {
		return b[i+1:]
	}
	return b
}

// is reports whether the last tag's local name is name.
func (s *xmlScanner) is(name string) bool { return string(s.name) == name }

// attr returns the decoded value of the last start tag's attribute with
// this local name, or "".
func (s *xmlScanner) attr(name string) string { return string(s.attrBytes(name)) }

// attrBytes is attr without a copy when the value has no references; the
// result is valid until the next call of next.
func (s *xmlScanner) attrBytes(name string) []byte {
	a := s.attrs
	for len(a) > 0 {
		eq := bytes.IndexByte(a, '=')
		if eq < 0 {
			return nil
		}
		key := localName(bytes.TrimSpace(a[:eq]))
		rest := bytes.TrimLeft(a[eq+1:], " \t\r\n")
		if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
			return nil
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return nil
		}
		if string(key) == name {
			v := rest[1 : 1+end]
			if bytes.IndexByte(v, '&') >= 0 {
				v = decodeEntities(append([]byte(nil), v...))
			}
			return v
		}
		a = rest[end+2:]
	}
	return nil
}

// decodeEntities replaces the predefined and numeric character references
// in place; an unknown reference is kept as written.
func decodeEntities(b []byte) []byte {
	amp := bytes.IndexByte(b, '&')
	if amp < 0 {
		return b
	}
	out := b[:amp]
	for i := amp; i < len(b); {
		if b[i] != '&' {
			out = append(out, b[i])
			i++
			continue
		}
		semi := bytes.IndexByte(b[i:], ';')
		if semi < 0 || semi > 12 {
			out = append(out, b[i])
			i++
			continue
		}
		ref := string(b[i+1 : i+semi])
		var r rune = -1
		switch ref {
		case "lt":
			r = '<'
		case "gt":
			r = '>'
		case "amp":
			r = '&'
		case "quot":
			r = '"'
		case "apos":
			r = '\''
		default:
			if len(ref) > 1 && ref[0] == '#' {
				base, digits := 10, ref[1:]
				if digits[0] == 'x' || digits[0] == 'X' {
					base, digits = 16, digits[1:]
				}
				if n, err := strconv.ParseUint(digits, base, 32); err == nil && utf8.ValidRune(rune(n)) {
					r = rune(n)
				}
			}
		}
		if r < 0 {
			out = append(out, b[i])
			i++
			continue
		}
		// The decoded form is never longer than the reference, so writing
		// into the same array does not overtake the reading.
		out = utf8.AppendRune(out, r)
		i += semi + 1
	}
	return out
}
