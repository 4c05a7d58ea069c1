package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestSQLiteSettings checks the connection settings that make SQLite safe
// for a server: WAL, a busy timeout, foreign keys, synchronous=NORMAL on
// the writer, and readers that cannot write.
func TestSQLiteSettings(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	pragmas := []struct {
		name, want string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"synchronous", "1"}, // NORMAL
		{"busy_timeout", "10000"},
		{"temp_store", "2"}, // MEMORY
	}
	for _, p := range pragmas {
		var got string
		if err := db.w.QueryRowContext(ctx, "PRAGMA "+p.name).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != p.want {
			t.Errorf("writer PRAGMA %s = %s, want %s", p.name, got, p.want)
		}
	}
	if _, err := db.r.ExecContext(ctx, "CREATE TABLE t (x INTEGER)"); err == nil {
		t.Error("a reader connection could write")
	}
	if stats := db.w.Stats(); stats.MaxOpenConnections != 1 {
		t.Errorf("writer pool allows %d connections, want 1", stats.MaxOpenConnections)
	}
}

// TestSQLiteOddPath opens a data directory whose name needs escaping in
// the connection string.
func TestSQLiteOddPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data dir ?#%&=;é")
	db, err := Open(context.Background(), Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatalf("database not created where expected: %v", err)
	}
}
