package ical

import (
	"strings"
	"time"

	"talentbridge/internal/model"
)

// FromEvent turns a programme event into a VEVENT whose texts are in lang
// (falling back to the other languages where a text is missing). pageURL,
// when given, is the event's page, which the calendar links to; otherwise
// the event's own link. now stamps an event never stored.
func FromEvent(e *model.Event, lang, pageURL string, now time.Time) (Event, error) {
	start, err := time.Parse(time.RFC3339, e.Start)
	if err != nil {
		return Event{}, err
	}
	end, err := time.Parse(time.RFC3339, e.End)
	if err != nil {
		return Event{}, err
	}
	stamp := e.UpdatedAt
	if stamp.IsZero() {
		stamp = now
	}
	var desc []string
	if d := pick(e.Description, lang); d != "" {
		desc = append(desc, d)
	}
	if a := pick(e.Agenda, lang); a != "" {
		desc = append(desc, a)
	}
	if e.Link != "" {
		desc = append(desc, e.Link)
	}
	loc := pick(e.Venue, lang)
	if loc == "" {
		loc = e.Link // an online event takes place at its link
	}
	url := pageURL
	if url == "" {
		url = e.Link
	}
	status := StatusConfirmed
	if e.Status == "cancelled" {
		status = StatusCancelled
	}
	return Event{
		UID:         e.ExternalID + "@talentbridge",
		Stamp:       stamp,
		Start:       start,
		End:         end,
		Summary:     pick(e.Title, lang),
		Description: strings.Join(desc, "\n\n"),
		Location:    loc,
		URL:         url,
		Status:      status,
	}, nil
}

// pick returns the text in lang, else in the first language that has it.
func pick(t model.Text, lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	for _, l := range []string{model.LangEN, model.LangRU, model.LangZH} {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}
