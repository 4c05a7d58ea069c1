package web

// pager is the page navigation under a list.
type pager struct {
	Prev, Next string
	Pages      []pageLink
	Current    int
	Last       int
}

// pageLink is a numbered page; a zero N is a gap ("…").
type pageLink struct {
	N       int
	URL     string
	Current bool
}

// pagerWindow is how many pages either side of the current one are linked.
const pagerWindow = 2

func newPager(p searchParams, total int) pager {
	last := min((total+perPage-1)/perPage, maxPage)
	pg := pager{Current: p.Page, Last: last}
	if last <= 1 {
		return pg
	}
	if p.Page > 1 {
		pg.Prev = p.url(p.Page - 1)
	}
	if p.Page < last {
		pg.Next = p.url(p.Page + 1)
	}
	for n := 1; n <= last; n++ {
		near := n >= p.Page-pagerWindow && n <= p.Page+pagerWindow
		if n != 1 && n != last && !near {
			if len(pg.Pages) > 0 && pg.Pages[len(pg.Pages)-1].N != 0 {
				pg.Pages = append(pg.Pages, pageLink{})
			}
			continue
		}
		pg.Pages = append(pg.Pages, pageLink{N: n, URL: p.url(n), Current: n == p.Page})
	}
	return pg
}
