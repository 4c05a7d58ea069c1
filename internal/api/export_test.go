package api

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/textproc"
	"talentbridge/internal/translit"
)

// exportWorld is an API over three experts (one with contacts, one whose
// name tries formula injection, one for coordinators only) with a search
// index and a Beijing coordinator's token.
type exportWorld struct {
	a          *app.App
	h          http.Handler
	ids        map[string]int64
	coordToken string
}

func newExportWorld(t *testing.T, db *store.DB) *exportWorld {
	t.Helper()
	ctx := app.WithCaller(context.Background(), policy.Admin(), "test")
	an, err := textproc.New()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.NewMemory(an)
	if err != nil {
		t.Fatal(err)
	}
	a := app.New(db, nil)
	if err := a.ConfigureAccounts(fastAccounts); err != nil {
		t.Fatal(err)
	}
	a.UseIndex(idx, translit.Aliases)
	t.Cleanup(func() { _ = a.CloseIndex() })
	experts := []model.Expert{
		{ExternalID: "msk-1", Name: model.Text{"ru": "Иванова Мария Сергеевна", "en": "Maria Ivanova", "zh": "玛丽亚·伊万诺娃"},
			NativeLang: "ru", City: "moscow", Spheres: []string{"transport.subway"},
			Keywords:     model.Terms{"ru": {"тоннельная вентиляция"}},
			Organization: model.Text{"ru": "ГУП «Московский метрополитен», служба тоннельных сооружений; отдел вентиляции"},
			Email:        "private-box-7@example.org", Phone: "+7 495 000-00-00", Languages: []string{"ru", "en"},
			Availability: &model.Availability{Formats: []string{"lecture"}}},
		{ExternalID: "bj-1", Name: model.Text{"zh": "张伟", "en": "=1+2"}, City: "beijing",
			Spheres: []string{"public-health.epidemic-control"}, Position: model.Text{"en": "@SUM(A1)"}},
		{ExternalID: "msk-2", Name: model.Text{"ru": "Петров Олег Ильич"}, City: "moscow", Visibility: "coordinators",
			Spheres: []string{"transport.subway"}},
	}
	w := &exportWorld{a: a, ids: map[string]int64{}}
	for i := range experts {
		if err := a.CreateExpert(ctx, &experts[i]); err != nil {
			t.Fatal(err)
		}
		w.ids[experts[i].ExternalID] = experts[i].ID
	}
	u, _, err := a.CreateUser(ctx, policy.Admin(), app.NewUser{Login: "coord-bj@example.org", Password: "coordinator password 1",
		Role: policy.RoleCoordinator, City: "beijing"})
	if err != nil {
		t.Fatal(err)
	}
	if w.coordToken, _, err = a.CreateAPIToken(ctx, policy.Admin(), u.ID, "export", []string{policy.ScopeRead}); err != nil {
		t.Fatal(err)
	}
	tr, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	w.h = New(a, tr, Config{AdminToken: adminToken}, nil)
	return w
}

func (w *exportWorld) get(path, token string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodGet, path, nil)
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	w.h.ServeHTTP(rec, r)
	return rec
}

func TestExportAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newExportWorld(t, db)
		tests := []struct {
			name, path, token string
			status            int
			ctype             string
			want, notWant     []string
		}{
			{"anonymous", "/api/v1/export?format=csv", "", http.StatusUnauthorized, "application/json", nil, nil},
			{"admin csv", "/api/v1/export?format=csv&ui_lang=en", adminToken, http.StatusOK, "text/csv; charset=utf-8",
				[]string{"External ID,Name (ru)", "private-box-7@example.org", "Петров Олег Ильич", "'=1+2", "'@SUM(A1)"}, nil},
			{"admin jsonl by default", "/api/v1/export", adminToken, http.StatusOK, "application/x-ndjson",
				[]string{`"external_id":"msk-2"`, `"email":"private-box-7@example.org"`}, nil},
			{"coordinator of Beijing", "/api/v1/export?format=csv&ui_lang=zh", w.coordToken, http.StatusOK, "text/csv; charset=utf-8",
				[]string{"姓名（俄文）", "Иванова Мария Сергеевна", "张伟"}, []string{"Петров", "private-box-7", "495"}},
			{"search", "/api/v1/export?format=jsonl&q=" + "вентиляция", adminToken, http.StatusOK, "application/x-ndjson",
				[]string{`"external_id":"msk-1"`}, []string{"bj-1", "msk-2"}},
			{"availability filter", "/api/v1/export?format=jsonl&availability=lecture&city=moscow", adminToken, http.StatusOK, "application/x-ndjson",
				[]string{`"external_id":"msk-1"`}, []string{"msk-2"}},
			{"nothing matches", "/api/v1/export?format=jsonl&availability=mentoring", adminToken, http.StatusOK, "application/x-ndjson", nil, []string{"external_id"}},
			{"windows-1251 with semicolons", "/api/v1/export?format=csv&encoding=windows-1251&separator=semicolon&ui_lang=ru", adminToken,
				http.StatusOK, "text/csv; charset=windows-1251", []string{"\xc2\xed\xe5\xf8\xed\xe8\xe9 ID;"}, nil},
			{"unknown format", "/api/v1/export?format=xls", adminToken, http.StatusBadRequest, "application/json", []string{`"field":"format"`}, nil},
			{"encoding of a workbook", "/api/v1/export?format=xlsx&encoding=gb18030", adminToken, http.StatusBadRequest, "application/json", nil, nil},
			{"unknown sphere", "/api/v1/export?sphere=castles", adminToken, http.StatusBadRequest, "application/json", []string{`"field":"sphere"`}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rec := w.get(tt.path, tt.token)
				if rec.Code != tt.status {
					t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body.String())
				}
				if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
					t.Errorf("Content-Type %q, want %q", ct, tt.ctype)
				}
				cd := rec.Header().Get("Content-Disposition")
				if (tt.status == http.StatusOK) != strings.HasPrefix(cd, `attachment; filename="experts-`) {
					t.Errorf("Content-Disposition %q", cd)
				}
				body := rec.Body.String()
				for _, s := range tt.want {
					if !strings.Contains(body, s) {
						t.Errorf("body lacks %q:\n%s", s, body)
					}
				}
				for _, s := range tt.notWant {
					if strings.Contains(body, s) {
						t.Errorf("body has %q:\n%s", s, body)
					}
				}
			})
		}

		rec := w.get("/api/v1/export?format=xlsx", adminToken)
		f, err := excelize.OpenReader(bytes.NewReader(rec.Body.Bytes()))
		if err != nil {
			t.Fatalf("xlsx: %v", err)
		}
		defer f.Close()
		rows, err := f.GetRows(f.GetSheetName(0))
		if err != nil || len(rows) != 4 {
			t.Fatalf("xlsx: %d rows, %v", len(rows), err)
		}

		entries, err := w.a.Audit(context.Background(), policy.Admin(), app.AuditFilter{Action: app.ActExport, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 8 { // every 200 above
			t.Errorf("%d exports audited, want 8", len(entries))
		}
		for _, e := range entries {
			if e.Detail["format"] == nil || e.Detail["experts"] == nil {
				t.Errorf("audit entry without format or count: %+v", e)
			}
		}
	})
}

func TestVCardAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		w := newExportWorld(t, db)
		msk1 := "/api/v1/experts/" + strconv.FormatInt(w.ids["msk-1"], 10) + "/vcard"
		tests := []struct {
			name, path, token string
			status            int
			want, notWant     []string
		}{
			{"anonymous", msk1, "", http.StatusOK,
				[]string{"BEGIN:VCARD\r\nVERSION:4.0\r\n", "FN;LANGUAGE=ru:Иванова Мария Сергеевна\r\n",
					"N:Иванова;Мария;Сергеевна;;\r\n", "NICKNAME;LANGUAGE=zh:玛丽亚·伊万诺娃\r\n", "NICKNAME;LANGUAGE=en:Maria Ivanova\r\n",
					`ГУП «Московский метрополитен»\, служба`, `сооружений\; отдел`},
				[]string{"EMAIL", "TEL", "private-box-7", "495"}},
			{"admin", msk1 + "?ui_lang=en", adminToken, http.StatusOK,
				[]string{"EMAIL;TYPE=work:private-box-7@example.org\r\n", "TEL;TYPE=work;VALUE=text:+7 495 000-00-00\r\n", "CATEGORIES:"}, nil},
			{"hidden profile", "/api/v1/experts/" + strconv.FormatInt(w.ids["msk-2"], 10) + "/vcard", "", http.StatusNotFound, nil, nil},
			{"no such profile", "/api/v1/experts/999999/vcard", adminToken, http.StatusNotFound, nil, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rec := w.get(tt.path, tt.token)
				if rec.Code != tt.status {
					t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body.String())
				}
				if tt.status != http.StatusOK {
					return
				}
				if ct := rec.Header().Get("Content-Type"); ct != "text/vcard; charset=utf-8" {
					t.Errorf("Content-Type %q", ct)
				}
				if cd := rec.Header().Get("Content-Disposition"); cd != `attachment; filename="msk-1.vcf"` {
					t.Errorf("Content-Disposition %q", cd)
				}
				raw := rec.Body.String()
				for _, l := range strings.Split(strings.TrimSuffix(raw, "\r\n"), "\r\n") {
					if len(l) > 75 {
						t.Errorf("line of %d octets: %q", len(l), l)
					}
				}
				card := strings.ReplaceAll(raw, "\r\n ", "")
				for _, s := range tt.want {
					if !strings.Contains(card, s) {
						t.Errorf("card lacks %q:\n%s", s, card)
					}
				}
				for _, s := range tt.notWant {
					if strings.Contains(card, s) {
						t.Errorf("card has %q:\n%s", s, card)
					}
				}
			})
		}
		entries, err := w.a.Audit(context.Background(), policy.Admin(), app.AuditFilter{Action: app.ActExpertView, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var vcards []string
		for _, e := range entries {
			if e.Detail["via"] == "vcard" {
				vcards = append(vcards, e.Actor.Role)
				if fields, _ := e.Detail["fields"].([]any); !slices.Contains(toStrings(fields), "email") {
					t.Errorf("vcard view recorded without the e-mail: %+v", e.Detail)
				}
			}
		}
		if len(vcards) != 1 || vcards[0] != policy.RoleAdmin {
			t.Errorf("vcard views audited for %v, want the admin's only", vcards)
		}
	})
}

func toStrings(v []any) []string {
	out := make([]string, len(v))
	for i, x := range v {
		out[i], _ = x.(string)
	}
	return out
}
