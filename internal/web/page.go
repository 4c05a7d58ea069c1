package web

import (
	"net/url"
	"time"

	"golang.org/x/text/message"

	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// page is what every template gets: the page's own Data and, as methods,
// everything that depends on the reader's language.
type page struct {
	Lang   string
	Title  string
	Path   string // the request URI, for links back to this page
	CSRF   string // the reader's form token ("" until they have one)
	Caller policy.Caller
	// Account names the signed-in reader in the header: their display name,
	// else their login ("" for anonymous readers).
	Account string
	Data    any

	tr  *i18n.Translator
	tax *model.Taxonomy
	pr  *message.Printer // not safe for concurrent use: one per page
}

// T translates a key; kv are parameter names and values in turn.
func (p *page) T(key string, kv ...any) string {
	var params map[string]any
	if len(kv) > 0 {
		params = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			if k, ok := kv[i].(string); ok {
				params[k] = kv[i+1]
			}
		}
	}
	return p.tr.T(p.Lang, key, params)
}

// Count translates a message with plural forms for n, which it also passes
// formatted for the locale as "n" ("1 эксперт", "5 экспертов", "12 345 experts").
func (p *page) Count(key string, n int) string {
	return p.tr.T(p.Lang, key, map[string]any{"count": n, "n": p.N(n)})
}

// N formats an integer with the locale's digit grouping.
func (p *page) N(n int) string { return p.pr.Sprintf("%d", n) }

// Date formats a time as a calendar date in the reader's language.
func (p *page) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatDate(p.tr, p.Lang, t)
}

// DateString formats a stored date (2006-01-02); other text is returned as is.
func (p *page) DateString(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return formatDate(p.tr, p.Lang, t)
}

// Sphere is the label of a sphere slug in the reader's language.
func (p *page) Sphere(slug string) string { return p.tax.Label(slug, p.Lang) }

// City is the name of a city value.
func (p *page) City(c string) string {
	if c == "" {
		return ""
	}
	return p.T("web.city." + c)
}

// Language is the name of a language code in the reader's language.
func (p *page) Language(code string) string { return languageName(p.Lang, code) }

// Country is the name of an ISO 3166 country code in the reader's language.
func (p *page) Country(code string) string { return countryName(p.Lang, code) }

// LangName is the name of a product language in itself, as the switch shows it.
func (p *page) LangName(code string) string { return selfName(code) }

// Text picks the reader's language from a multilingual text.
func (p *page) Text(t model.Text) localText { return pickText(t, p.Lang) }

// Name is an expert's name for the reader.
func (p *page) Name(e *model.Expert) nameView { return expertName(e, p.Lang) }

// SignedIn reports whether the reader has signed in.
func (p *page) SignedIn() bool { return p.Caller.Authenticated() }

// CanWrite reports whether the reader may edit records.
func (p *page) CanWrite() bool { return policy.CanWrite(p.Caller) }

// CanReview reports whether the reader decides on experts' own edits.
func (p *page) CanReview() bool { return canReview(p.Caller) }

// CanAudit reports whether the reader may read the audit log.
func (p *page) CanAudit() bool { return policy.CanAdminister(p.Caller) }

// CanManageRequests reports whether the reader records talent requests and
// shortlists experts for them.
func (p *page) CanManageRequests() bool { return canManageRequests(p.Caller) }

// Role is the name of the reader's role in their language.
func (p *page) Role() string { return p.T("web.role." + p.Caller.Role) }

// Langs are the entries of the language switch.
func (p *page) Langs() []langLink {
	out := make([]langLink, 0, len(i18n.Languages()))
	for _, l := range []string{model.LangRU, model.LangZH, model.LangEN} {
		out = append(out, langLink{
			Code: l, Name: selfName(l), Current: l == p.Lang,
			URL: "/lang/" + l + "?next=" + url.QueryEscape(p.Path),
		})
	}
	return out
}

// langLink is one entry of the language switch.
type langLink struct {
	Code, Name, URL string
	Current         bool
}

// cardList is a list of experts with the page, for the shared "cards"
// template, which needs the page's language methods.
type cardList struct {
	P     *page
	Items []card
}

// Cards wraps a list of experts for the "cards" template.
func (p *page) Cards(items []card) cardList { return cardList{p, items} }
