package store

import (
	"slices"
	"testing"
)

func TestRebind(t *testing.T) {
	tests := []struct {
		dialect, in, want string
	}{
		{DialectSQLite, "SELECT ? WHERE a = ?", "SELECT ? WHERE a = ?"},
		{DialectPostgres, "SELECT ? WHERE a = ?", "SELECT $1 WHERE a = $2"},
		{DialectPostgres, "SELECT 1", "SELECT 1"},
		{DialectPostgres, "IN (?, ?, ?)", "IN ($1, $2, $3)"},
	}
	for _, tt := range tests {
		if got := rebind(tt.dialect, tt.in); got != tt.want {
			t.Errorf("rebind(%s, %q) = %q, want %q", tt.dialect, tt.in, got, tt.want)
		}
	}
}

// TestMigrationFiles checks that both dialects have the same steps, so that
// LatestVersion (read from the SQLite files) holds for PostgreSQL too.
func TestMigrationFiles(t *testing.T) {
	lite, err := loadMigrations(DialectSQLite)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := loadMigrations(DialectPostgres)
	if err != nil {
		t.Fatal(err)
	}
	names := func(ms []migration) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.name)
		}
		return out
	}
	if !slices.Equal(names(lite), names(pg)) {
		t.Fatalf("sqlite migrations %v, postgres %v", names(lite), names(pg))
	}
	if len(lite) != LatestVersion() || LatestVersion() < 1 {
		t.Fatalf("LatestVersion %d with %d files", LatestVersion(), len(lite))
	}
}
