package cli

import (
	"database/sql"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"talentbridge/internal/store"
)

// setSchemaVersion fakes a database written by another release by adding
// (or removing) rows of the migrations table directly.
func setSchemaVersion(t *testing.T, data string, stmt string) {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(data, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

func TestSchemaVersionsAreHonoured(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if code, out, errOut := runCLI(t, "", "--data", data, "migrate"); code != 0 || !strings.Contains(out, "applied migrations") {
		t.Fatalf("migrate on an empty database: %d %q %q", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "", "--data", data, "migrate"); code != 0 || !strings.Contains(out, "up to date") {
		t.Fatalf("second migrate: %d %q", code, out)
	}

	// A database of a newer release is refused by every command.
	setSchemaVersion(t, data, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '2030-01-01T00:00:00Z')")
	for _, args := range [][]string{{"export"}, {"migrate"}, {"serve", "--addr", "127.0.0.1:0"}} {
		code, _, errOut := runCLI(t, "", append([]string{"--data", data}, args...)...)
		if code == 0 || !strings.Contains(errOut, "newer") {
			t.Errorf("%v on a newer schema: exit %d, %q", args, code, errOut)
		}
	}

	// A database of an older release is refused until migrated.
	setSchemaVersion(t, data, "DELETE FROM schema_migrations WHERE version >= "+strconv.Itoa(store.LatestVersion()))
	if store.LatestVersion() > 1 {
		code, _, errOut := runCLI(t, "", "--data", data, "export")
		if code == 0 || !strings.Contains(errOut, "migrate") {
			t.Errorf("export on an older schema: exit %d, %q", code, errOut)
		}
	}
}
