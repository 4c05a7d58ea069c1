package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"talentbridge/internal/model"
)

// requestsPageSize is how many requests a page of the list shows.
const requestsPageSize = 30

// requestsData is what the list of talent requests shows.
type requestsData struct {
	Status    string // the status filter ("" for all)
	Tabs      []statusTab
	Items     []*model.Request
	Next      string // URL of the next page
	First     string // URL of the first page, when not on it
	CanManage bool
}

// statusTab is one entry of the status filter, with its count.
type statusTab struct {
	Status  string // "" for all
	Count   int
	URL     string
	Current bool
}

// requestList serves GET /requests?status=&before=: talent requests,
// newest first, to signed-in readers.
func (h *handler) requestList(w http.ResponseWriter, r *http.Request, rq *request) error {
	if h.requireSignIn(w, r, rq) {
		return nil
	}
	ctx := r.Context()
	q := r.URL.Query()
	status := q.Get("status")
	if status != "" && !slices.Contains(model.RequestStatuses, status) {
		return errBadRequest
	}
	var before int64
	if s := q.Get("before"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n <= 0 {
			return errBadRequest
		}
		before = n
	}
	page, err := h.app.Requests(ctx, status, before, requestsPageSize)
	if err != nil {
		return err
	}
	counts, err := h.app.RequestCounts(ctx)
	if err != nil {
		return err
	}
	data := requestsData{Status: status, Items: page.Items, CanManage: canManageRequests(rq.caller)}
	total := 0
	for _, s := range model.RequestStatuses {
		total += counts[s]
	}
	data.Tabs = append(data.Tabs, statusTab{Count: total, URL: "/requests", Current: status == ""})
	for _, s := range model.RequestStatuses {
		data.Tabs = append(data.Tabs, statusTab{Status: s, Count: counts[s], URL: "/requests?status=" + s, Current: status == s})
	}
	link := func(before int64) string {
		v := url.Values{}
		if status != "" {
			v.Set("status", status)
		}
		if before > 0 {
			v.Set("before", strconv.FormatInt(before, 10))
		}
		if len(v) == 0 {
			return "/requests"
		}
		return "/requests?" + v.Encode()
	}
	if page.Next != 0 {
		data.Next = link(page.Next)
	}
	if before != 0 {
		data.First = link(0)
	}
	return h.render(w, r, rq, http.StatusOK, "requests", h.tr.T(rq.lang, "web.requests.title", nil), data)
}
