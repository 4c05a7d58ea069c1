package api

import (
	"net/http"
	"slices"
	"strings"

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
	// Scope names the record whose fields errors refer to, for their labels
	// (see i18n.FieldLabel).
	Scope  string
	Handle handlerFunc
}

// Scopes of field labels.
const (
	scopeExpert = "expert"
	scopeOrg    = "org"
	scopeSphere = "sphere"
)

// routes lists every route of the API.
func (h *api) routes() []route {
	return []route{
		{Method: http.MethodGet, Path: "/api/v1/experts", Scope: scopeExpert, Handle: h.listExperts},
		{Method: http.MethodPost, Path: "/api/v1/experts", Write: true, Scope: scopeExpert, Handle: h.createExpert},
		{Method: http.MethodGet, Path: "/api/v1/experts/{id}", Scope: scopeExpert, Handle: h.getExpert},
		{Method: http.MethodPut, Path: "/api/v1/experts/{id}", Write: true, Scope: scopeExpert, Handle: h.updateExpert},
		{Method: http.MethodDelete, Path: "/api/v1/experts/{id}", Write: true, Scope: scopeExpert, Handle: h.deleteExpert},

		{Method: http.MethodGet, Path: "/api/v1/organizations", Scope: scopeOrg, Handle: h.listOrganizations},
		{Method: http.MethodPost, Path: "/api/v1/organizations", Write: true, Scope: scopeOrg, Handle: h.createOrganization},
		{Method: http.MethodGet, Path: "/api/v1/organizations/{id}", Scope: scopeOrg, Handle: h.getOrganization},
		{Method: http.MethodPut, Path: "/api/v1/organizations/{id}", Write: true, Scope: scopeOrg, Handle: h.updateOrganization},
		{Method: http.MethodDelete, Path: "/api/v1/organizations/{id}", Write: true, Scope: scopeOrg, Handle: h.deleteOrganization},

		{Method: http.MethodGet, Path: "/api/v1/spheres", Scope: scopeSphere, Handle: h.listSpheres},
		{Method: http.MethodPost, Path: "/api/v1/spheres", Write: true, Scope: scopeSphere, Handle: h.addSphere},

		{Method: http.MethodGet, Path: "/api/v1/openapi.json", Handle: h.openAPI},
	}
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
	r.Body = http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes)
	return rt.Handle(w, r, c)
}
