package tabular

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"talentbridge/internal/model"
)

// VCardOptions tune WriteVCard.
type VCardOptions struct {
	Version  string          // "3.0" or "4.0" (the default)
	Lang     string          // preferred language of the card's texts
	Taxonomy *model.Taxonomy // for sphere labels; nil for the built-in spheres
}

// WriteVCard writes one expert as a vCard (RFC 6350 for 4.0, RFC 2426 for
// 3.0). It writes every non-empty field it is given and nothing else: the
// caller removes what the viewer may not see (policy) before calling.
//
// The formatted name (FN) and the structured name (N) are the name in the
// expert's native script, as the person writes it; the forms in the other
// scripts follow as NICKNAME, so that a contact list finds "Maria Ivanova"
// and "玛丽亚" as well as "Иванова". Version 4.0 carries the organisation
// and position in each language present, as alternatives of one another
// (ALTID) tagged with LANGUAGE, the preferred language (Lang) first;
// version 3.0 has no such notion and carries the preferred language only.
func WriteVCard(w io.Writer, e *model.Expert, o VCardOptions) error {
	v4 := o.Version != "3.0"
	tax := o.Taxonomy
	if tax == nil {
		tax = model.NewTaxonomy()
	}
	lang := o.Lang
	if lang == "" {
		lang = model.LangEN
	}
	native := firstLang(e.Name, e.NativeLang)
	c := &cardWriter{w: bufio.NewWriter(w)}
	c.line("BEGIN", nil, "VCARD")
	if v4 {
		c.line("VERSION", nil, "4.0")
		c.line("KIND", nil, "individual")
		c.line("FN", langParam(native), escape(e.Name[native]))
	} else {
		c.line("VERSION", nil, "3.0")
		c.line("FN", nil, escape(e.Name[native]))
	}
	c.line("N", nil, structuredName(e.Name[native], native))
	var others []string
	for _, l := range model.Langs {
		if s := e.Name[l]; l != native && s != "" && s != e.Name[native] {
			if v4 {
				c.line("NICKNAME", langParam(l), escape(s))
			} else {
				others = append(others, escape(s))
			}
		}
	}
	if len(others) > 0 {
		c.line("NICKNAME", nil, strings.Join(others, ","))
	}
	if v4 {
		c.texts("ORG", e.Organization, lang)
		c.texts("TITLE", e.Position, lang)
	} else {
		c.optional("ORG", escape(pick(e.Organization, lang)))
		c.optional("TITLE", escape(pick(e.Position, lang)))
	}
	if e.Email != "" {
		if v4 {
			c.line("EMAIL", []string{"TYPE=work"}, escape(e.Email))
		} else {
			c.line("EMAIL", []string{"TYPE=INTERNET,WORK"}, escape(e.Email))
		}
	}
	if e.Phone != "" {
		if v4 {
			c.line("TEL", []string{"TYPE=work", "VALUE=text"}, escape(e.Phone))
		} else {
			c.line("TEL", []string{"TYPE=WORK,VOICE"}, escape(e.Phone))
		}
	}
	if e.ORCID != "" {
		c.line("URL", nil, "https://orcid.org/"+e.ORCID)
	}
	if v4 {
		for i, l := range e.Languages {
			if i == 0 {
				c.line("LANG", []string{"PREF=1"}, l)
			} else {
				c.line("LANG", nil, l)
			}
		}
	}
	if len(e.Spheres) > 0 {
		labels := make([]string, len(e.Spheres))
		for i, s := range e.Spheres {
			labels[i] = escape(tax.Label(s, lang))
		}
		c.line("CATEGORIES", nil, strings.Join(labels, ","))
	}
	c.optional("NOTE", escape(pick(e.Bio, lang)))
	c.line("END", nil, "VCARD")
	if c.err != nil {
		return c.err
	}
	return c.w.Flush()
}

func langParam(lang string) []string {
	if lang == "" {
		return nil
	}
	return []string{"LANGUAGE=" + lang}
}

// firstLang is the native language if the text has it, else the first of
// ru, zh, en present.
func firstLang(t model.Text, native string) string {
	if t[native] != "" {
		return native
	}
	for _, l := range model.Langs {
		if t[l] != "" {
			return l
		}
	}
	return native
}

func pick(t model.Text, lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	return t[firstLang(t, "")]
}

// structuredName splits a full name into the N components family; given;
// additional; prefixes; suffixes by the conventions of its language: Russian
// "Фамилия Имя Отчество", Chinese family name first without spaces (one
// character, or two for the common compound surnames), English given names
// first and the family name last.
func structuredName(name, lang string) string {
	words := strings.Fields(name)
	var family, given, additional string
	switch {
	case len(words) == 0:
	case lang == model.LangRU:
		family = words[0]
		if len(words) > 1 {
			given = words[1]
		}
		if len(words) > 2 {
			additional = strings.Join(words[2:], " ")
		}
	case lang == model.LangZH && len(words) == 1:
		n := 1
		if utf8.RuneCountInString(name) > 2 && compoundSurname(name) {
			n = 2
		}
		family, given = splitRunes(name, n)
	case lang == model.LangZH:
		family, given = words[0], strings.Join(words[1:], " ")
	default:
		family = words[len(words)-1]
		if len(words) > 1 {
			given = words[0]
		}
		if len(words) > 2 {
			additional = strings.Join(words[1:len(words)-1], " ")
		}
	}
	return strings.Join([]string{escape(family), escape(given), escape(additional), "", ""}, ";")
}

// compoundSurnames are the two-character family names common enough to
// recognise; any other name is read with a one-character family name.
var compoundSurnames = []string{"欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙", "宇文", "长孙", "端木", "西门"}

func compoundSurname(name string) bool {
	for _, s := range compoundSurnames {
		if strings.HasPrefix(name, s) {
			return true
		}
	}
	return false
}

func splitRunes(s string, n int) (string, string) {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], s[i:]
}

// escape escapes a text value: backslash, comma, semicolon and line
// breaks; other control characters, which no content line may hold, go.
func escape(s string) string {
	s = vcardEscaper.Replace(s)
	if strings.IndexFunc(s, isControl) >= 0 {
		s = strings.Map(func(r rune) rune {
			if isControl(r) {
				return -1
			}
			return r
		}, s)
	}
	return s
}

var vcardEscaper = strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

func isControl(r rune) bool { return (r < 0x20 && r != '\t') || r == 0x7f }

// cardWriter writes content lines, folded at 75 octets without splitting a
// UTF-8 sequence, with CRLF line ends.
type cardWriter struct {
	w   *bufio.Writer
	err error
}

func (c *cardWriter) optional(name, value string) {
	if value != "" {
		c.line(name, nil, value)
	}
}

// texts writes one property per language present, preferred language
// first, as alternatives of one value.
func (c *cardWriter) texts(name string, t model.Text, pref string) {
	if len(t) == 0 {
		return
	}
	order := []string{pref}
	for _, l := range model.Langs {
		if l != pref {
			order = append(order, l)
		}
	}
	for _, l := range order {
		if s := t[l]; s != "" {
			c.line(name, []string{"ALTID=1", "LANGUAGE=" + l}, escape(s))
		}
	}
}

func (c *cardWriter) line(name string, params []string, value string) {
	if c.err != nil {
		return
	}
	s := name
	for _, p := range params {
		s += ";" + p
	}
	s += ":" + value
	const limit = 75
	for first := true; ; first = false {
		max := limit
		if !first {
			max-- // the leading space of a continuation line counts
		}
		if len(s) <= max {
			c.write(s)
			break
		}
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		c.write(s[:cut])
		s = s[cut:]
		c.writeRaw("\r\n ")
	}
	c.writeRaw("\r\n")
}

func (c *cardWriter) write(s string) { c.writeRaw(s) }

func (c *cardWriter) writeRaw(s string) {
	if c.err == nil {
		_, c.err = c.w.WriteString(s)
	}
}
