package app

import (
	"context"
	"sync"
	"testing"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/policy"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

// A report is computed once for a period and class of caller, shared by
// concurrent readers, and computed again after a write or its time.
func TestReportCache(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		a, ctx := programmeApp(t, db)
		clock := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
		a.nowFunc = func() time.Time { return clock }
		builds := func() int {
			a.reports.mu.Lock()
			defer a.reports.mu.Unlock()
			return a.reports.builds
		}
		eventsHeld := func(c policy.Caller) int {
			t.Helper()
			rep, err := a.ProgrammeReport(ctx, c, "2024-01-01", "2024-12-31")
			if err != nil {
				t.Fatal(err)
			}
			return tableOf(t, rep, "overview").Cells[0][0]
		}
		expertsAdded := func(c policy.Caller) int {
			t.Helper()
			rep, err := a.ProgrammeReport(ctx, c, "2000-01-01", "2099-12-31")
			if err != nil {
				t.Fatal(err)
			}
			return tableOf(t, rep, "overview").Total(5)
		}

		// The page and its five charts, at once: one computation.
		var wg sync.WaitGroup
		for range 6 {
			wg.Go(func() {
				if _, err := a.ProgrammeReport(context.Background(), policy.Anonymous(), "2024-01-01", "2024-12-31"); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if n := builds(); n != 1 {
			t.Fatalf("%d computations for six readers", n)
		}
		// Each reader has a copy of their own.
		rep, _ := a.ProgrammeReport(ctx, policy.Anonymous(), "2024-01-01", "2024-12-31")
		rep.Tables[0].Cells[0][0] = 99
		if eventsHeld(policy.Anonymous()) != 0 || builds() != 1 {
			t.Fatalf("the kept report changed, or was computed again (%d)", builds())
		}

		// Callers of another class see their own figures: the admin counts
		// the expert hidden from the public.
		if pub, all := expertsAdded(policy.Anonymous()), expertsAdded(policy.Admin()); pub != 1 || all != 2 || builds() != 3 {
			t.Fatalf("experts added: public %d, admin %d, %d computations", pub, all, builds())
		}
		// Another anonymous reader, or a second admin, is served the kept one.
		if expertsAdded(policy.Caller{Role: policy.RoleAdmin, UserID: 99}); builds() != 3 {
			t.Fatalf("%d computations", builds())
		}

		// A write moves the change log: the next report counts it.
		held := forum(func(e *model.Event) { e.Status = "held" })
		if _, err := a.SaveProgramme(ctx, policy.Admin(), held); err != nil {
			t.Fatal(err)
		}
		if n := eventsHeld(policy.Anonymous()); n != 1 || builds() != 4 {
			t.Fatalf("after a write: %d events held, %d computations", n, builds())
		}
		if eventsHeld(policy.Anonymous()); builds() != 4 {
			t.Fatalf("computed again without a write: %d", builds())
		}
		// And so does time.
		clock = clock.Add(reportTTL)
		if eventsHeld(policy.Anonymous()); builds() != 5 {
			t.Fatalf("not computed again after its time: %d", builds())
		}
	})
}
