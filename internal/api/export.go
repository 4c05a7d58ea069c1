package api

import (
	"net/http"
	"slices"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// exportTypes are the media types of the export formats. JSON Lines has
// no registered type; application/x-ndjson is the one tools know.
var exportTypes = map[string]string{
	app.ExportJSONL: "application/x-ndjson",
	app.ExportCSV:   "text/csv",
	app.ExportXLSX:  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// csvCharsets are the charset parameters of the CSV encodings.
var csvCharsets = map[string]string{"": "utf-8", "utf-8": "utf-8", "windows-1251": "windows-1251", "gb18030": "gb18030"}

// exportExperts serves GET /api/v1/export: the experts the caller may see,
// or those a search finds (the search parameters of /api/v1/experts, but
// ?availability= for the availability formats, since ?format= names the
// file format), as a file to download. Headers and labels of a sheet are in
// the language of the messages (?ui_lang= or Accept-Language).
func (h *api) exportExperts(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	v := r.URL.Query()
	spec := app.ExportSpec{Format: v.Get("format"), Lang: requestLang(r)}
	if spec.Format == "" {
		spec.Format = app.ExportJSONL
	}
	if !slices.Contains(app.ExportFormats, spec.Format) {
		return &model.ValidationError{Errors: []model.FieldError{{
			Field: "format", Code: model.CodeUnknownValue, Params: map[string]any{"value": spec.Format}}}}
	}
	charset, ok := csvCharsets[v.Get("encoding")]
	if !ok || (spec.Format != app.ExportCSV && v.Has("encoding")) {
		return model.Invalid("encoding", model.CodeUnknownValue)
	}
	spec.CSV.Encoding = v.Get("encoding")
	switch v.Get("separator") {
	case "", "comma":
	case "semicolon":
		spec.CSV.Separator = ';'
	case "tab":
		spec.CSV.Separator = '\t'
	default:
		return model.Invalid("separator", model.CodeUnknownValue)
	}
	q, err := h.searchQuery(exportSearchRequest(r))
	if err != nil {
		return err
	}
	if q.Text != "" && !h.app.HasIndex() {
		return errUnavailable
	}
	spec.Query = &q
	ctype := exportTypes[spec.Format]
	if spec.Format == app.ExportCSV {
		ctype += "; charset=" + charset
	}
	name := "experts-" + time.Now().UTC().Format("2006-01-02") + "." + spec.Format
	out := &attachment{w: w, ctype: ctype, filename: name}
	res, err := h.app.Export(r.Context(), c, spec, out)
	if err != nil {
		if !out.started {
			return err
		}
		// Part of the file has gone: break the connection rather than
		// end the response, so that the client cannot take it for whole.
		h.log.ErrorContext(r.Context(), "export failed midway", "format", spec.Format, "experts", res.Experts, "err", err)
		panic(http.ErrAbortHandler)
	}
	out.start() // an empty export is an empty file
	return nil
}

// exportSearchRequest returns r with ?availability= as the ?format= filter
// of a search, and without the file format, for searchQuery.
func exportSearchRequest(r *http.Request) *http.Request {
	v := r.URL.Query()
	v.Del("format")
	if a, ok := v["availability"]; ok {
		v["format"] = a
		v.Del("availability")
	}
	r2 := r.Clone(r.Context())
	r2.URL.RawQuery = v.Encode()
	return r2
}

// attachment is a response written as a download. Its headers go out with
// the first byte, so that an error met before then can still be answered
// as an ordinary JSON error.
type attachment struct {
	w               http.ResponseWriter
	ctype, filename string
	started         bool
}

func (a *attachment) start() {
	if a.started {
		return
	}
	a.started = true
	hdr := a.w.Header()
	hdr.Set("Content-Type", a.ctype)
	hdr.Set("Content-Disposition", `attachment; filename="`+a.filename+`"`)
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("X-Content-Type-Options", "nosniff")
	a.w.WriteHeader(http.StatusOK)
}

func (a *attachment) Write(p []byte) (int, error) {
	a.start()
	return a.w.Write(p)
}
