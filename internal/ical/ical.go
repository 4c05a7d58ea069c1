// Package ical writes iCalendar (RFC 5545) calendars of events, so that
// the programme's events can be added to any calendar application.
//
// Only what the product needs is written: a VCALENDAR of VEVENTs with
// times in UTC, which every client reads the same way and which needs no
// VTIMEZONE component.
package ical

import (
	"bufio"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// MediaType is the content type of an iCalendar file.
const MediaType = "text/calendar; charset=utf-8"

// Calendar is a VCALENDAR: the product that made it, an optional name that
// clients show (X-WR-CALNAME) and its events.
type Calendar struct {
	ProdID string
	Name   string
	Events []Event
}

// Event is a VEVENT. UID must be unique and stable across exports so that
// clients update, rather than duplicate, an event imported twice; Stamp is
// when the event's information was last revised.
type Event struct {
	UID         string
	Stamp       time.Time
	Start, End  time.Time
	Summary     string
	Description string
	Location    string
	URL         string
	Status      string // TENTATIVE, CONFIRMED or CANCELLED; empty for none
	Categories  []string
}

// Statuses of an event.
const (
	StatusTentative = "TENTATIVE"
	StatusConfirmed = "CONFIRMED"
	StatusCancelled = "CANCELLED"
)

// Encode writes the calendar with CRLF line ends and lines folded at 75
// octets.
func Encode(w io.Writer, c Calendar) error {
	bw := bufio.NewWriter(w)
	line := func(name, value string) {
		writeFolded(bw, name+":"+value)
	}
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", c.ProdID)
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	if c.Name != "" {
		line("X-WR-CALNAME", EscapeText(c.Name))
	}
	for _, e := range c.Events {
		line("BEGIN", "VEVENT")
		line("UID", EscapeText(e.UID))
		line("DTSTAMP", utc(e.Stamp))
		line("DTSTART", utc(e.Start))
		if !e.End.IsZero() {
			line("DTEND", utc(e.End))
		}
		line("SUMMARY", EscapeText(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION", EscapeText(e.Description))
		}
		if e.Location != "" {
			line("LOCATION", EscapeText(e.Location))
		}
		if e.URL != "" {
			line("URL", e.URL) // a URI, not TEXT: written as is
		}
		if e.Status != "" {
			line("STATUS", e.Status)
		}
		if len(e.Categories) > 0 {
			cats := make([]string, len(e.Categories))
			for i, s := range e.Categories {
				cats[i] = EscapeText(s)
			}
			line("CATEGORIES", strings.Join(cats, ","))
		}
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return bw.Flush()
}

// utc formats a time as a UTC DATE-TIME (form #2 of RFC 5545, 3.3.5).
func utc(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// EscapeText escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon
// and comma are preceded by a backslash, line breaks become \n. Control
// characters, which the grammar forbids, are dropped.
func EscapeText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue // CRLF is one line break
			}
			b.WriteString(`\n`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteByte(c) // HTAB is allowed
		default:
			if c < 0x20 || c == 0x7f {
				continue
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// maxLine is the longest a content line may be, in octets, without its
// CRLF (RFC 5545, 3.1).
const maxLine = 75

// writeFolded writes a content line, breaking it into lines of at most 75
// octets, each continuation starting with a space, and never inside a
// UTF-8 sequence.
func writeFolded(w *bufio.Writer, s string) {
	limit := maxLine
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut == 0 { // not UTF-8 after all: cut anywhere rather than loop
			cut = limit
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = maxLine - 1 // the leading space counts
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}
