package api

import (
	"bytes"
	"net/http"
	"strconv"

	"talentbridge/internal/policy"
)

// expertVCard serves GET /api/v1/experts/{id}/vcard: the profile as a vCard
// 4.0 to add to an address book, with what the caller may see of it (an
// anonymous caller's card has no e-mail or telephone). Texts come first in
// the language of the messages (?ui_lang= or Accept-Language).
func (h *api) expertVCard(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	v, err := h.app.WriteVCard(r.Context(), c, id, requestLang(r), &buf)
	if err != nil {
		return err
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "text/vcard; charset=utf-8")
	hdr.Set("Content-Disposition", `attachment; filename="`+v.ExternalID+`.vcf"`)
	hdr.Set("Content-Length", strconv.Itoa(buf.Len()))
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
	return nil
}
