package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
	"talentbridge/internal/tabular"
)

func line(xid, extra string) string {
	return fmt.Sprintf(`{"external_id":%q,"name":{"zh":"张伟","en":"Zhang Wei"},"city":"beijing","spheres":["public-health.epidemic-control"]%s}`, xid, extra)
}

func codes(rep *ImportReport) []string {
	var out []string
	for _, e := range rep.Errors {
		out = append(out, fmt.Sprintf("%d:%s:%s", e.Line, e.Field, e.Code))
	}
	return out
}

func TestImportOnBothDatabases(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		file := strings.Join([]string{
			line("bj-1", `,"organization_id":"org-bj-cdc","organization":{"zh":"北京市疾病预防控制中心"}`),
			line("bj-2", `,"organization_id":"org-bj-cdc","organization":{"zh":"北京市疾病预防控制中心"}`),
			line("bj-3", `,"organization_id":"org-unknown"`), // no names to create it from
			`{"external_id":"bj-4"`,
			line("bj-5", `,"languages":["zh","xx"]`),
			line("bj-1", ``),
			line("bj-6", ``),
		}, "\n")
		rep, err := a.ImportExperts(ctx, strings.NewReader(file), ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"3:organization_id:unknown_value", "4::bad_json", "5:languages[1]:unknown_language", "6:external_id:duplicate"}
		if got := codes(rep); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("errors %v, want %v", got, want)
		}
		if rep.Created != 3 || rep.Failed != 4 || rep.OrgsCreated != 1 || rep.Lines != 7 {
			t.Fatalf("report %+v", rep)
		}
		n, _ := db.CountExperts(ctx, store.ExpertFilter{OrgID: "org-bj-cdc"})
		if n != 2 {
			t.Fatalf("%d experts linked to the created organisation, want 2", n)
		}
		// Again: nothing changes; an edited line updates.
		rep, err = a.ImportExperts(ctx, strings.NewReader(file), ImportOptions{})
		if err != nil || rep.Unchanged != 3 || rep.Created != 0 || rep.Updated != 0 {
			t.Fatalf("re-import: %+v %v", rep, err)
		}
		rep, err = a.ImportExperts(ctx, strings.NewReader(line("bj-6", `,"languages":["zh","ru"]`)), ImportOptions{})
		if err != nil || rep.Updated != 1 {
			t.Fatalf("update: %+v %v", rep, err)
		}
	})
}

func TestImportDryRunReportsExactlyAndWritesNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		var b strings.Builder
		for i := 0; i < importBatch+10; i++ { // two batches: the organisation is counted once
			b.WriteString(line(fmt.Sprintf("x-%d", i), `,"organization_id":"org-x","organization":{"en":"X Institute"}`) + "\n")
		}
		rep, err := a.ImportExperts(ctx, strings.NewReader(b.String()), ImportOptions{DryRun: true})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Created != importBatch+10 || rep.OrgsCreated != 1 || rep.Failed != 0 {
			t.Fatalf("dry run report %+v", rep)
		}
		if n, _ := db.CountExperts(ctx, store.ExpertFilter{}); n != 0 {
			t.Fatalf("dry run stored %d experts", n)
		}
		if seq, _ := db.LastChangeSeq(ctx); seq != 0 {
			t.Fatalf("dry run left change-log rows (last seq %d)", seq)
		}
	})
}

func TestImportCancelledLeavesWholeLinesOnly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx, cancel := context.WithCancel(context.Background())
		a := New(db, nil)
		var b bytes.Buffer
		for i := 0; i < 3*importBatch; i++ {
			b.WriteString(line(fmt.Sprintf("c-%d", i), "") + "\n")
		}
		calls := 0
		_, err := a.ImportExperts(ctx, &b, ImportOptions{Progress: func(int64) {
			if calls++; calls == 1 {
				cancel()
			}
		}})
		if err == nil {
			t.Fatal("a cancelled import returned no error")
		}
		n, _ := db.CountExperts(context.Background(), store.ExpertFilter{})
		if n%importBatch != 0 || n == 3*importBatch {
			t.Fatalf("%d experts stored: not whole batches, or the cancel was ignored", n)
		}
	})
}

func TestCRUDAndTaxonomy(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		a := New(db, nil)
		e := &model.Expert{Name: model.Text{"ru": "Смирнов Алексей Игоревич"}, Spheres: []string{"transport.cable-cars"}}
		if err := a.CreateExpert(ctx, e); err == nil {
			t.Fatal("unknown sphere accepted")
		}
		s, err := a.AddSphere(ctx, model.Sphere{Slug: "transport.cable-cars",
			Labels: model.Text{"ru": "Канатные дороги", "zh": "索道", "en": "Cable cars"}})
		if err != nil || s.Parent != "transport" {
			t.Fatalf("add sphere: %+v %v", s, err)
		}
		if err := a.CreateExpert(ctx, e); err != nil {
			t.Fatalf("create with the new sphere: %v", err)
		}
		if !strings.HasPrefix(e.ExternalID, "tb-") || e.ID == 0 || e.Version != 1 {
			t.Fatalf("created %+v", e)
		}
		e.City = "moscow"
		if err := a.UpdateExpert(ctx, e.ID, e, 1); err != nil {
			t.Fatal(err)
		}
		if err := a.UpdateExpert(ctx, e.ID, e, 1); err == nil {
			t.Fatal("stale version accepted")
		}
		p, err := a.Experts(ctx, ExpertFilter{Sphere: "transport"}, 0, 10)
		if err != nil || p.Total != 1 || p.Items[0].City != "moscow" {
			t.Fatalf("list: %+v %v", p, err)
		}
		if err := a.DeleteExpert(ctx, e.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := a.Expert(ctx, e.ID); err == nil {
			t.Fatal("deleted expert still readable")
		}
	})
}

// TestSpreadsheetImportReportsProgress: a workbook read in place (an
// *os.File) reports progress in bytes of the file after each batch,
// ending at its size, although its rows are compressed.
func TestSpreadsheetImportReportsProgress(t *testing.T) {
	db := storetest.OpenSQLite(t, t.TempDir())
	ctx := context.Background()
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "experts.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	sheet, err := tabular.NewXLSXWriter(f, "Experts")
	if err != nil {
		t.Fatal(err)
	}
	w, err := tabular.NewExpertWriter(sheet, tabular.ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 2*importBatch + 500
	for i := 0; i < n; i++ {
		e := model.Expert{ExternalID: fmt.Sprintf("p-%d", i), Name: model.Text{"en": fmt.Sprintf("Person Number%d", i)}, City: "moscow"}
		if err := w.Write(&e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	st, _ := os.Stat(path)
	in, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var seen []int64
	rep, err := New(db, nil).ImportFile(ctx, in, path, FileOptions{}, ImportOptions{DryRun: true, AllowDuplicates: true,
		Progress: func(b int64) { seen = append(seen, b) }})
	if err != nil || rep.Created != n {
		t.Fatalf("import: %+v %v", rep, err)
	}
	if len(seen) != 3 || seen[0] <= 0 || seen[0] >= seen[1] || seen[2] != st.Size() {
		t.Errorf("progress %v, want three rising values ending at %d", seen, st.Size())
	}
}
