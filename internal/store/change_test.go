package store_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"talentbridge/internal/model"
	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestChangeLog(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if seq, err := db.LastChangeSeq(ctx); err != nil || seq != 0 {
			t.Fatalf("empty log: %d, %v", seq, err)
		}
		org := newOrg("org")
		putOrgs(t, db, org)
		a := put(t, db, newExpert("a"))[0]
		b := put(t, db, newExpert("b"))[0]
		put(t, db, newExpert("a", func(e *model.Expert) { e.City = model.CityOther }))
		inTx(t, db, func(tx *store.Tx) error { return tx.DeleteExpert(ctx, b.ID) })

		want := []struct {
			entity string
			id     int64
			op     string
		}{
			{store.EntityOrganization, org.ID, store.OpUpsert},
			{store.EntityExpert, a.ID, store.OpUpsert},
			{store.EntityExpert, b.ID, store.OpUpsert},
			{store.EntityExpert, a.ID, store.OpUpsert},
			{store.EntityExpert, b.ID, store.OpDelete},
		}
		// Read in pages of two to exercise the cursor.
		var got []store.Change
		var after int64
		for {
			page, err := db.ChangesSince(ctx, after, 2)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			got = append(got, page...)
			after = page[len(page)-1].Seq
		}
		if len(got) != len(want) {
			t.Fatalf("%d changes, want %d: %+v", len(got), len(want), got)
		}
		for i, w := range want {
			c := got[i]
			if c.Entity != w.entity || c.EntityID != w.id || c.Op != w.op || c.At.IsZero() {
				t.Errorf("change %d = %+v, want %s %d %s", i, c, w.entity, w.id, w.op)
			}
			if i > 0 && c.Seq <= got[i-1].Seq {
				t.Errorf("seq not increasing at %d: %d after %d", i, c.Seq, got[i-1].Seq)
			}
		}
		if last, _ := db.LastChangeSeq(ctx); last != got[len(got)-1].Seq {
			t.Fatalf("LastChangeSeq = %d, want %d", last, got[len(got)-1].Seq)
		}
	})
}

// TestChangeLogConcurrentFollower runs writers while a follower reads the
// log with a cursor, as the indexer does. Every change must be seen exactly
// once: a seq that became visible after a higher one would be skipped.
func TestChangeLogConcurrentFollower(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		const writers, perWriter = 4, 25
		var wg sync.WaitGroup
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range perWriter {
					err := db.InTx(ctx, func(tx *store.Tx) error {
						_, err := tx.UpsertExpert(ctx, newExpert(xidOf(w, i)))
						return err
					})
					if err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()

		seen := map[int64]bool{}
		var after int64
		follow := func() {
			page, err := db.ChangesSince(ctx, after, 7)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range page {
				seen[c.EntityID] = true
				after = c.Seq
			}
		}
	loop:
		for {
			select {
			case <-done:
				break loop
			default:
				follow()
			}
		}
		for range writers * perWriter {
			follow() // drain what was committed after the last read
		}
		if len(seen) != writers*perWriter {
			t.Fatalf("follower saw %d experts, want %d", len(seen), writers*perWriter)
		}
	})
}

func xidOf(w, i int) string { return fmt.Sprintf("w%d-%d", w, i) }

// TestChangeLogCommitOrder holds a transaction open after it has logged a
// change and checks that a second writer cannot commit a later change
// meanwhile: if it could, a follower would read the later seq, move its
// cursor past the earlier one and never see it.
func TestChangeLogCommitOrder(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		logged, release := make(chan struct{}), make(chan struct{})
		firstDone, secondDone := make(chan error, 1), make(chan error, 1)
		go func() {
			firstDone <- db.InTx(ctx, func(tx *store.Tx) error {
				if _, err := tx.UpsertExpert(ctx, newExpert("first")); err != nil {
					return err
				}
				close(logged)
				<-release
				return nil
			})
		}()
		<-logged
		go func() {
			secondDone <- db.InTx(ctx, func(tx *store.Tx) error {
				_, err := tx.UpsertExpert(ctx, newExpert("second"))
				return err
			})
		}()
		select {
		case err := <-secondDone:
			t.Errorf("second writer committed (%v) while the first held an uncommitted change", err)
		case <-time.After(300 * time.Millisecond):
		}
		close(release)
		if err := <-firstDone; err != nil {
			t.Fatal(err)
		}
		if t.Failed() {
			return
		}
		if err := <-secondDone; err != nil {
			t.Fatal(err)
		}
		changes, _ := db.ChangesSince(ctx, 0, 10)
		first, _ := db.GetExpertByExternalID(ctx, "first")
		if len(changes) != 2 || changes[0].EntityID != first.ID {
			t.Fatalf("changes %+v, want first's change first", changes)
		}
	})
}
