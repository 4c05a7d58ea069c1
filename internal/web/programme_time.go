package web

import (
	"time"

	"talentbridge/internal/model"
)

// The programme's two capitals and the zones their clocks keep. An event
// page shows its times on both clocks, whichever city it is held in.
var cityZones = []struct{ City, Zone string }{
	{model.CityMoscow, "Europe/Moscow"},
	{model.CityBeijing, "Asia/Shanghai"},
}

// zoneTimes is an event's start and end on one city's clock.
type zoneTimes struct {
	City       string
	Zone       string
	Start, End string
	Venue      bool // the clock of the venue's zone
}

// eventClocks gives the event's times on the clock of each capital.
func (p *page) eventClocks(e *model.Event) []zoneTimes {
	start, err1 := time.Parse(time.RFC3339, e.Start)
	end, err2 := time.Parse(time.RFC3339, e.End)
	if err1 != nil || err2 != nil {
		return nil
	}
	var out []zoneTimes
	for _, cz := range cityZones {
		loc, err := time.LoadLocation(cz.Zone)
		if err != nil {
			continue
		}
		s, en := start.In(loc), end.In(loc)
		out = append(out, zoneTimes{City: cz.City, Zone: cz.Zone, Start: p.dateTime(s), End: p.endTime(s, en),
			Venue: cz.Zone == e.TimeZone})
	}
	return out
}

// dateTime is a date and a 24-hour time in the reader's language.
func (p *page) dateTime(t time.Time) string {
	return p.Date(t) + ", " + t.Format("15:04")
}

// endTime leaves out the date when the event ends on the day it starts.
func (p *page) endTime(start, end time.Time) string {
	if start.Format(time.DateOnly) == end.Format(time.DateOnly) {
		return end.Format("15:04")
	}
	return p.dateTime(end)
}

// eventWhen is an event's start and end on the venue's clock, for lists.
func (p *page) eventWhen(start, end, zone string) string {
	s, err1 := time.Parse(time.RFC3339, start)
	e, err2 := time.Parse(time.RFC3339, end)
	if err1 != nil || err2 != nil {
		return start
	}
	if loc, err := time.LoadLocation(zone); err == nil {
		s, e = s.In(loc), e.In(loc)
	}
	return p.dateTime(s) + " – " + p.endTime(s, e)
}
