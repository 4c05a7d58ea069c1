// Package storetest runs tests against every database the store supports:
// a fresh SQLite file and, when a server is available, a fresh PostgreSQL
// database. Any package whose tests need a store uses it, so that the whole
// program is tested on both.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"talentbridge/internal/store"
)

// EnvPostgresURL names the environment variable holding the URL of a
// PostgreSQL server on which the tests may create and drop databases.
const EnvPostgresURL = "TALENTBRIDGE_TEST_POSTGRES_URL"

// Each runs fn as the subtests "sqlite" and "postgres", each on a fresh,
// migrated database that is removed when the subtest ends. Without a server
// in EnvPostgresURL the postgres subtest is skipped, or fails under CI=true.
func Each(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	t.Helper()
	EachEmpty(t, func(t *testing.T, db *store.DB) {
		if _, err := db.Migrate(context.Background()); err != nil {
			t.Fatalf("migrate: %v", err)
		}
		fn(t, db)
	})
}

// EachEmpty is Each without the migration, for tests of migrations and of
// how an empty or foreign database is treated.
func EachEmpty(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	t.Helper()
	t.Run(store.DialectSQLite, func(t *testing.T) { fn(t, openSQLite(t, t.TempDir())) })
	t.Run(store.DialectPostgres, func(t *testing.T) { fn(t, openPostgres(t)) })
}

// OpenSQLite opens (without migrating) the SQLite database in dir, closing
// it when the test ends. Tests use it to open one file twice, as two
// processes would.
func OpenSQLite(t *testing.T, dir string) *store.DB { t.Helper(); return openSQLite(t, dir) }

func openSQLite(t *testing.T, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), store.Config{DataDir: dir})
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// PostgresURL returns the server URL from the environment, skipping the
// test when there is none (failing it under CI, where one is required).
func PostgresURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv(EnvPostgresURL)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("PostgreSQL required under CI: set " + EnvPostgresURL)
		}
		t.Skip(EnvPostgresURL + " not set")
	}
	return u
}

// openPostgres creates a database with a random name, opens the store on it
// and drops it when the test ends.
func openPostgres(t *testing.T) *store.DB {
	t.Helper()
	serverURL := PostgresURL(t)
	ctx := context.Background()
	admin, err := sql.Open("pgx", serverURL)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() { admin.Close() })

	name := "tbtest_" + randomHex(8)
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("postgres: create database: %v", err)
	}
	t.Cleanup(func() {
		// FORCE ends connections a failed test may have left open.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("postgres: drop database %s: %v", name, err)
		}
	})

	db, err := store.Open(ctx, store.Config{DatabaseURL: withDatabase(t, serverURL, name)})
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	// Registered after the drop, so it runs before it.
	t.Cleanup(func() { db.Close() })
	return db
}

// withDatabase points a connection string, URL or key=value form, at
// another database on the same server.
func withDatabase(t *testing.T, conn, name string) string {
	t.Helper()
	if !strings.Contains(conn, "://") {
		return conn + " dbname=" + name
	}
	u, err := url.Parse(conn)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgresURL, err)
	}
	u.Path = "/" + name
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}
