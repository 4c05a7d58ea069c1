package api

import (
	"bytes"
	"net/http"
	"strconv"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/ical"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// icalProdID names the product in the calendars it writes.
const icalProdID = "-//TalentBridge//Programme//EN"

// maxICalEvents bounds a calendar of a filtered list: far more than the
// programme holds in years, and a calendar client would choke on more.
const maxICalEvents = 10000

// eventICal serves GET /api/v1/events/{id}/ical: one event of the programme
// as an iCalendar file, its texts in the language of the messages.
func (h *api) eventICal(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	rec, err := h.app.Programme(r.Context(), c, model.KindEvent, r.PathValue("id"))
	if err != nil {
		return err
	}
	ev, err := icalEvent(r, rec.(*model.Event))
	if err != nil {
		return err
	}
	return writeICal(w, rec.Base().ExternalID+".ics", ical.Calendar{ProdID: icalProdID, Events: []ical.Event{ev}})
}

// eventsICal serves GET /api/v1/events.ics: the events matching the filters
// of the list as one calendar.
func (h *api) eventsICal(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	q := r.URL.Query()
	f := app.ProgrammeFilter{Kind: model.KindEvent, Status: q.Get("status"), Sphere: q.Get("sphere"), City: q.Get("city"),
		OrgID: q.Get("org"), ExpertID: q.Get("expert"), From: q.Get("from"), Until: q.Get("until"), Query: q.Get("q")}
	cal := ical.Calendar{ProdID: icalProdID, Name: "TalentBridge"}
	var after int64
	for {
		page, err := h.app.ListProgramme(r.Context(), c, f, after, maxLimit)
		if err != nil {
			return err
		}
		for _, rec := range page.Items {
			ev, err := icalEvent(r, rec.(*model.Event))
			if err != nil {
				return err
			}
			cal.Events = append(cal.Events, ev)
		}
		if page.Next == 0 || len(cal.Events) >= maxICalEvents {
			break
		}
		after = page.Next
	}
	return writeICal(w, "events.ics", cal)
}

// icalEvent converts an event, linking it to its page on this server.
func icalEvent(r *http.Request, e *model.Event) (ical.Event, error) {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	page := scheme + "://" + r.Host + "/programme/events/" + e.ExternalID
	return ical.FromEvent(e, requestLang(r), page, time.Now())
}

func writeICal(w http.ResponseWriter, name string, cal ical.Calendar) error {
	var buf bytes.Buffer
	if err := ical.Encode(&buf, cal); err != nil {
		return err
	}
	hdr := w.Header()
	hdr.Set("Content-Type", ical.MediaType)
	hdr.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	hdr.Set("Content-Length", strconv.Itoa(buf.Len()))
	hdr.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
	return nil
}
