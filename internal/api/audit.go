package api

import (
	"net/http"
	"strconv"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// auditFilter reads the filters of GET /api/v1/audit: since and until
// (RFC 3339), actor (a user id), action (an action or a prefix ending in
// "."), object_type, object_id, after (the cursor) and limit.
func auditFilter(r *http.Request) (app.AuditFilter, error) {
	q := r.URL.Query()
	var f app.AuditFilter
	var err error
	if f.Since, err = timeParam(q.Get("since"), "since"); err != nil {
		return f, err
	}
	if f.Until, err = timeParam(q.Get("until"), "until"); err != nil {
		return f, err
	}
	if f.ActorUserID, err = idParam(q.Get("actor"), "actor"); err != nil {
		return f, err
	}
	if f.ObjectID, err = idParam(q.Get("object_id"), "object_id"); err != nil {
		return f, err
	}
	f.Action, f.ObjectType = q.Get("action"), q.Get("object_type")
	if len(f.Action) > 100 || len(f.ObjectType) > 100 {
		return f, model.Invalid("action", model.CodeTooLong)
	}
	f.AfterID, f.Limit, err = pageParams(r)
	return f, err
}

func timeParam(s, field string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, model.Invalid(field, model.CodeBadDate)
	}
	return t, nil
}

func idParam(s, field string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, model.Invalid(field, model.CodeBadFormat)
	}
	return id, nil
}

// listAudit serves GET /api/v1/audit to administrators: entries oldest
// first, paged by id.
func (h *api) listAudit(w http.ResponseWriter, r *http.Request, c policy.Caller) error {
	f, err := auditFilter(r)
	if err != nil {
		return err
	}
	entries, err := h.app.Audit(r.Context(), c, f)
	if err != nil {
		return err
	}
	if entries == nil {
		entries = []model.AuditEntry{}
	}
	next := ""
	if len(entries) == f.Limit {
		next = cursor(entries[len(entries)-1].ID)
	}
	return writeJSON(w, http.StatusOK, listBody[model.AuditEntry]{Items: entries, Next: next, Total: len(entries)})
}
