package api

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// handlerFunc is an API handler: it writes a response or returns an error
// for writeError.
type handlerFunc func(w http.ResponseWriter, r *http.Request, c policy.Caller) error

// route is one method and path of the API.
type route struct {
	Method string
	Path   string // a ServeMux path pattern, also the OpenAPI path
	// Write routes change data and need a caller who may write.
	Write bool
	// Signed routes need a signed-in caller (401 otherwise); the app
	// decides what the caller may do there (403).
	Signed bool
	// Scope names the record whose fields errors refer to, for their labels
	// (see i18n.FieldLabel).
	Scope  string
	Handle handlerFunc
}

// Scopes of field labels.
const (
	scopeExpert  = "expert"
	scopeOrg     = "org"
	scopeSphere  = "sphere"
	scopeRequest = "request"
	scopeAccount = "account"
	scopeConsent = "consent"
	scopeReview  = "review"
	scopeAudit   = "audit"
)

// routes lists every route of the API.
func (h *api) routes() []route {
	dups := newDuplicatesAPI(h)
	return append([]route{
		{Method: http.MethodGet, Path: "/api/v1/experts", Scope: scopeExpert, Handle: h.listExperts},
		{Method: http.MethodPost, Path: "/api/v1/experts", Write: true, Scope: scopeExpert, Handle: dups.createExpert},
		{Method: http.MethodGet, Path: "/api/v1/experts/{id}", Scope: scopeExpert, Handle: h.getExpert},
		{Method: http.MethodPut, Path: "/api/v1/experts/{id}", Write: true, Scope: scopeExpert, Handle: h.updateExpert},
		{Method: http.MethodDelete, Path: "/api/v1/experts/{id}", Write: true, Scope: scopeExpert, Handle: h.deleteExpert},
		{Method: http.MethodGet, Path: "/api/v1/experts/{id}/duplicates", Scope: scopeExpert, Handle: dups.listDuplicates},
		{Method: http.MethodPost, Path: "/api/v1/experts/{id}/merge", Write: true, Scope: scopeExpert, Handle: dups.mergeExperts},
		{Method: http.MethodGet, Path: "/api/v1/experts/{id}/similar", Scope: scopeExpert, Handle: h.similarExperts},
		{Method: http.MethodGet, Path: "/api/v1/experts/{id}/requests", Signed: true, Scope: scopeExpert, Handle: h.expertRequests},
		{Method: http.MethodGet, Path: "/api/v1/experts/{id}/vcard", Scope: scopeExpert, Handle: h.expertVCard},
		{Method: http.MethodGet, Path: "/api/v1/export", Signed: true, Scope: scopeExpert, Handle: h.exportExperts},

		{Method: http.MethodGet, Path: "/api/v1/organizations", Scope: scopeOrg, Handle: h.listOrganizations},
		{Method: http.MethodPost, Path: "/api/v1/organizations", Write: true, Scope: scopeOrg, Handle: h.createOrganization},
		{Method: http.MethodGet, Path: "/api/v1/organizations/{id}", Scope: scopeOrg, Handle: h.getOrganization},
		{Method: http.MethodPut, Path: "/api/v1/organizations/{id}", Write: true, Scope: scopeOrg, Handle: h.updateOrganization},
		{Method: http.MethodDelete, Path: "/api/v1/organizations/{id}", Write: true, Scope: scopeOrg, Handle: h.deleteOrganization},

		{Method: http.MethodGet, Path: "/api/v1/requests", Scope: scopeRequest, Handle: h.listRequests},
		{Method: http.MethodPost, Path: "/api/v1/requests", Signed: true, Scope: scopeRequest, Handle: h.createRequest},
		{Method: http.MethodGet, Path: "/api/v1/requests/{id}", Scope: scopeRequest, Handle: h.getRequest},
		{Method: http.MethodPut, Path: "/api/v1/requests/{id}", Signed: true, Scope: scopeRequest, Handle: h.updateRequest},
		{Method: http.MethodDelete, Path: "/api/v1/requests/{id}", Signed: true, Scope: scopeRequest, Handle: h.deleteRequest},
		{Method: http.MethodPost, Path: "/api/v1/requests/{id}/shortlist", Signed: true, Scope: scopeRequest, Handle: h.decide},
		{Method: http.MethodGet, Path: "/api/v1/requests/{id}/matches", Scope: scopeRequest, Handle: h.matches},
		{Method: http.MethodPost, Path: "/api/v1/match", Scope: scopeRequest, Handle: h.matchAdHoc},

		{Method: http.MethodGet, Path: "/api/v1/spheres", Scope: scopeSphere, Handle: h.listSpheres},
		{Method: http.MethodPost, Path: "/api/v1/spheres", Write: true, Scope: scopeSphere, Handle: h.addSphere},

		{Method: http.MethodGet, Path: "/api/v1/events/{id}/ical", Handle: h.eventICal},
		{Method: http.MethodGet, Path: "/api/v1/events.ics", Handle: h.eventsICal},

		{Method: http.MethodGet, Path: "/api/v1/openapi.json", Handle: h.openAPI},

		{Method: http.MethodPost, Path: "/api/v1/sessions", Scope: scopeAccount, Handle: h.signIn},
		{Method: http.MethodDelete, Path: "/api/v1/sessions/current", Signed: true, Handle: h.signOut},
		{Method: http.MethodGet, Path: "/api/v1/me", Signed: true, Handle: h.me},
		{Method: http.MethodGet, Path: "/api/v1/me/data", Signed: true, Handle: h.myData},
		{Method: http.MethodPut, Path: "/api/v1/me/profile", Signed: true, Scope: scopeExpert, Handle: h.submitOwnProfile},
		{Method: http.MethodPost, Path: "/api/v1/me/erasure", Signed: true, Handle: h.eraseMe},
		{Method: http.MethodGet, Path: "/api/v1/me/tokens", Signed: true, Handle: h.listTokens},
		{Method: http.MethodPost, Path: "/api/v1/me/tokens", Signed: true, Scope: scopeAccount, Handle: h.createToken},
		{Method: http.MethodDelete, Path: "/api/v1/me/tokens/{id}", Signed: true, Handle: h.revokeToken},
		{Method: http.MethodGet, Path: "/api/v1/experts/{id}/consent", Signed: true, Handle: h.consentHistory},
		{Method: http.MethodPut, Path: "/api/v1/experts/{id}/consent", Signed: true, Scope: scopeConsent, Handle: h.setConsent},
		{Method: http.MethodGet, Path: "/api/v1/reviews", Signed: true, Handle: h.reviewQueue},
		{Method: http.MethodPost, Path: "/api/v1/reviews/{id}/approve", Signed: true, Handle: h.approveReview},
		{Method: http.MethodPost, Path: "/api/v1/reviews/{id}/reject", Signed: true, Scope: scopeReview, Handle: h.rejectReview},
		{Method: http.MethodGet, Path: "/api/v1/audit", Signed: true, Scope: scopeAudit, Handle: h.listAudit},
	}, h.programmeRoutes()...)
}

// router registers the routes on a ServeMux and wraps it so that requests
// matching no route get a JSON error rather than the mux's plain text.
func (h *api) router() http.Handler {
	mux := http.NewServeMux()
	var methods []string
	for _, rt := range h.routes() {
		mux.Handle(rt.Method+" "+rt.Path, h.endpoint(rt))
		if !slices.Contains(methods, rt.Method) {
			methods = append(methods, rt.Method)
		}
	}
	return &router{api: h, mux: mux, methods: methods}
}

type router struct {
	api     *api
	mux     *http.ServeMux
	methods []string // every method some route uses
}

func (rt *router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := rt.mux.Handler(r); pattern != "" {
		rt.mux.ServeHTTP(w, r)
		return
	}
	// No route: 405 with Allow when the path exists with other methods,
	// else 404.
	var allow []string
	for _, m := range rt.methods {
		alt := r.WithContext(r.Context())
		alt.Method = m
		if _, pattern := rt.mux.Handler(alt); pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) == 0 {
		rt.api.writeError(w, r, "", errNoRoute)
		return
	}
	if slices.Contains(allow, http.MethodGet) {
		allow = append(allow, http.MethodHead)
	}
	w.Header().Set("Allow", strings.Join(allow, ", "))
	rt.api.writeError(w, r, "", errMethodNotAllowed)
}

// endpoint adapts a route to http.Handler: it identifies the caller, checks
// that a write route's caller may write, bounds the body, runs the handler
// and reports its error.
func (h *api) endpoint(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h.serve(rt, w, r); err != nil {
			h.writeError(w, r, rt.Scope, err)
		}
	})
}

func (h *api) serve(rt route, w http.ResponseWriter, r *http.Request) error {
	c, err := h.caller(r)
	if err != nil {
		return err
	}
	if rt.Write {
		if err := authorizeWrite(c); err != nil {
			return err
		}
	}
	if rt.Signed && !c.Authenticated() {
		return fmt.Errorf("api: %s needs credentials: %w", rt.Path, model.ErrUnauthorized)
	}
	r = r.WithContext(app.WithCaller(r.Context(), c, r.RemoteAddr))
	r.Body = http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes)
	return rt.Handle(w, r, c)
}
