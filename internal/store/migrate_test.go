package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"talentbridge/internal/store"
	"talentbridge/internal/store/storetest"
)

func TestMigrateFromEmpty(t *testing.T) {
	storetest.EachEmpty(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if v, err := db.SchemaVersion(ctx); err != nil || v != 0 {
			t.Fatalf("empty database: version %d, %v; want 0", v, err)
		}
		if err := db.CheckSchema(ctx); !errors.Is(err, store.ErrSchemaOlder) {
			t.Fatalf("CheckSchema on empty database = %v, want ErrSchemaOlder", err)
		}

		applied, err := db.Migrate(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var want []int
		for v := 1; v <= store.LatestVersion(); v++ {
			want = append(want, v)
		}
		if !slices.Equal(applied, want) {
			t.Fatalf("applied %v, want %v", applied, want)
		}
		if err := db.CheckSchema(ctx); err != nil {
			t.Fatalf("CheckSchema after Migrate: %v", err)
		}
		if v, _ := db.SchemaVersion(ctx); v != store.LatestVersion() {
			t.Fatalf("version %d, want %d", v, store.LatestVersion())
		}

		again, err := db.Migrate(ctx)
		if err != nil || len(again) != 0 {
			t.Fatalf("second Migrate applied %v, %v; want nothing", again, err)
		}
	})
}

func TestNewerSchemaRefused(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		future := store.LatestVersion() + 1
		inTx(t, db, func(tx *store.Tx) error {
			return tx.ExecForTest(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
				future, "from_the_future", "2099-01-01 00:00:00+00:00")
		})
		if err := db.CheckSchema(ctx); !errors.Is(err, store.ErrSchemaNewer) {
			t.Fatalf("CheckSchema = %v, want ErrSchemaNewer", err)
		}
		if _, err := db.Migrate(ctx); !errors.Is(err, store.ErrSchemaNewer) {
			t.Fatalf("Migrate = %v, want ErrSchemaNewer", err)
		}
	})
}

func TestConcurrentMigrate(t *testing.T) {
	storetest.EachEmpty(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		errs := make(chan error, 4)
		for range 4 {
			go func() {
				_, err := db.Migrate(ctx)
				errs <- err
			}()
		}
		for range 4 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		if err := db.CheckSchema(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

func TestOpenWithoutLocation(t *testing.T) {
	if _, err := store.Open(context.Background(), store.Config{}); err == nil {
		t.Fatal("Open with an empty Config succeeded")
	}
}
