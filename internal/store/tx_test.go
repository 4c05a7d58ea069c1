package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestInTxRollsBack(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		boom := errors.New("boom")
		err := db.InTx(ctx, func(tx *store.Tx) error {
			if _, err := tx.UpsertExpert(ctx, newExpert("r-1")); err != nil {
				return err
			}
			return boom
		})
		if err != boom {
			t.Fatalf("InTx returned %v, want fn's error unchanged", err)
		}
		assertEmpty(t, db)
	})
}

// TestSavepointRollback imports a batch in which one line fails: that line
// leaves nothing behind (no row, no spheres, no change) and the others stay.
func TestSavepointRollback(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		lines := []*model.Expert{
			newExpert("s-1"),
			newExpert("s-2", func(e *model.Expert) { e.OrgID = "ghost" }), // fails after nothing
			newExpert("s-3"),
		}
		failing := errors.New("line rejected after its write")
		var errs []error
		inTx(t, db, func(tx *store.Tx) error {
			for i, e := range lines {
				errs = append(errs, tx.Savepoint(ctx, func() error {
					if _, err := tx.UpsertExpert(ctx, e); err != nil {
						return err
					}
					if i == 2 {
						return failing // written, then rejected: must be undone
					}
					return nil
				}))
			}
			return nil
		})
		wantKind(t, errs[0], nil)
		wantKind(t, errs[1], model.ErrInvalid)
		wantKind(t, errs[2], failing)

		got, err := db.ListExperts(ctx, store.ExpertFilter{}, 0, 10)
		if err != nil || len(got) != 1 || got[0].ExternalID != "s-1" {
			t.Fatalf("after the batch: %v, %v; want only s-1", xids(got), err)
		}
		if n, _ := db.CountExperts(ctx, store.ExpertFilter{Sphere: "transport"}); n != 1 {
			t.Fatalf("%d experts by sphere, want 1: a rolled-back line left spheres", n)
		}
		changes, _ := db.ChangesSince(ctx, 0, 10)
		if len(changes) != 1 || changes[0].EntityID != got[0].ID {
			t.Fatalf("changes %+v, want one for s-1", changes)
		}
	})
}

func TestNestedSavepoints(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		inner := errors.New("inner")
		inTx(t, db, func(tx *store.Tx) error {
			return tx.Savepoint(ctx, func() error {
				if err := tx.CreateExpert(ctx, newExpert("n-outer")); err != nil {
					return err
				}
				err := tx.Savepoint(ctx, func() error {
					if err := tx.CreateExpert(ctx, newExpert("n-inner")); err != nil {
						return err
					}
					return inner
				})
				if err != inner {
					return fmt.Errorf("inner savepoint returned %v", err)
				}
				return nil
			})
		})
		got, _ := db.ListExperts(ctx, store.ExpertFilter{}, 0, 10)
		if len(got) != 1 || got[0].ExternalID != "n-outer" {
			t.Fatalf("experts %v, want only n-outer", xids(got))
		}
	})
}

// TestConcurrentWriters runs many writing goroutines against one DB.
func TestConcurrentWriters(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		writeConcurrently(t, db, db)
	})
}

// TestTwoProcessesOneFile opens one SQLite file twice, as two processes
// would: the busy timeout and BEGIN IMMEDIATE must turn contention into
// waiting, never into SQLITE_BUSY errors.
func TestTwoProcessesOneFile(t *testing.T) {
	dir := t.TempDir()
	a := storetest.OpenSQLite(t, dir)
	if _, err := a.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	b := storetest.OpenSQLite(t, dir)
	writeConcurrently(t, a, b)
}

func writeConcurrently(t *testing.T, a, b *store.DB) {
	t.Helper()
	ctx := context.Background()
	const writers, perWriter = 8, 20
	var wg sync.WaitGroup
	for w := range writers {
		db := a
		if w%2 == 1 {
			db = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWriter {
				err := db.InTx(ctx, func(tx *store.Tx) error {
					_, err := tx.UpsertExpert(ctx, newExpert(xidOf(w, i)))
					return err
				})
				if err != nil {
					t.Errorf("writer %d: %v", w, err)
					return
				}
				// Reads run alongside the writes.
				if _, err := db.CountExperts(ctx, store.ExpertFilter{}); err != nil {
					t.Errorf("reader %d: %v", w, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if n, err := a.CountExperts(ctx, store.ExpertFilter{}); err != nil || n != writers*perWriter {
		t.Fatalf("%d experts, %v; want %d", n, err, writers*perWriter)
	}
}

func assertEmpty(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	n, err := db.CountExperts(ctx, store.ExpertFilter{})
	seq, err2 := db.LastChangeSeq(ctx)
	if err != nil || err2 != nil || n != 0 || seq != 0 {
		t.Fatalf("database not empty: %d experts (%v), last change %d (%v)", n, err, seq, err2)
	}
}

// TestOrgCacheFollowsRollback: an organisation created and resolved inside
// a savepoint that is rolled back is not resolved from the transaction's
// cache afterwards.
func TestOrgCacheFollowsRollback(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		undo := errors.New("undo")
		var after error
		inTx(t, db, func(tx *store.Tx) error {
			err := tx.Savepoint(ctx, func() error {
				o := &model.Organization{ExternalID: "org-gone", Name: model.Text{"en": "Gone"}, City: "moscow"}
				o.Normalize()
				if _, err := tx.UpsertOrganization(ctx, o); err != nil {
					return err
				}
				if _, err := tx.UpsertExpert(ctx, newExpert("c-1", func(e *model.Expert) { e.OrgID = "org-gone" })); err != nil {
					return err
				}
				return undo
			})
			wantKind(t, err, undo)
			_, after = tx.UpsertExpert(ctx, newExpert("c-2", func(e *model.Expert) { e.OrgID = "org-gone" }))
			return nil
		})
		wantKind(t, after, model.ErrInvalid)
	})
}
