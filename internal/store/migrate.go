package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Schema states reported by CheckSchema.
var (
	// ErrSchemaNewer means the database was migrated by a newer program; this
	// one must not write to it.
	ErrSchemaNewer = errors.New("database schema is newer than this program")
	// ErrSchemaOlder means the database (possibly empty) needs Migrate.
	ErrSchemaOlder = errors.New("database schema is older than this program")
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one forward step of the schema for one dialect.
type migration struct {
	version int
	name    string
	sql     string
}

// migrationLockKey serialises concurrent Migrate calls on PostgreSQL, where
// two servers may start against the same empty database at once.
const migrationLockKey int64 = 0x7462_6d69_6772 // "tbmigr"

// loadMigrations reads the embedded files NNNN_name.<dialect>.sql in version
// order and checks that the versions run 1, 2, 3… without gaps.
func loadMigrations(dialect string) ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	suffix := "." + dialect + ".sql"
	for _, ent := range entries {
		base, ok := strings.CutSuffix(ent.Name(), suffix)
		if !ok {
			continue
		}
		num, name, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || len(num) != 4 || name == "" {
			return nil, fmt.Errorf("store: bad migration file name %q", ent.Name())
		}
		body, err := migrationFiles.ReadFile(path.Join("migrations", ent.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: name, sql: string(body)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: %s migrations: expected version %d, found %d", dialect, i+1, m.version)
		}
	}
	return out, nil
}

// LatestVersion is the schema version this program expects.
func LatestVersion() int {
	ms, err := loadMigrations(DialectSQLite)
	if err != nil {
		// The files are embedded at build time and checked by the tests, so
		// this cannot happen in a released binary.
		panic(err)
	}
	return len(ms)
}

// SchemaVersion returns the version the database is at: 0 when empty.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	v, err := schemaVersion(ctx, db.r, db.dialect)
	if err != nil {
		return 0, fmt.Errorf("store: schema version: %w", err)
	}
	return v, nil
}

// querier is what *sql.DB and *sql.Tx have in common.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func schemaVersion(ctx context.Context, q querier, dialect string) (int, error) {
	exists := "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
	if dialect == DialectPostgres {
		exists = "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migrations'"
	}
	var n int
	if err := q.QueryRowContext(ctx, exists).Scan(&n); err != nil || n == 0 {
		return 0, err
	}
	var v int
	err := q.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&v)
	return v, err
}

// CheckSchema returns nil when the database is at LatestVersion, an error
// wrapping ErrSchemaNewer when it is ahead (refuse to run), and one wrapping
// ErrSchemaOlder when it is behind or empty (the caller decides whether to
// Migrate).
func (db *DB) CheckSchema(ctx context.Context) error {
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	latest := LatestVersion()
	switch {
	case v > latest:
		return fmt.Errorf("store: %w: database at version %d, program at %d", ErrSchemaNewer, v, latest)
	case v < latest:
		return fmt.Errorf("store: %w: database at version %d, program at %d", ErrSchemaOlder, v, latest)
	}
	return nil
}

// Migrate applies every missing migration, each in its own transaction, and
// returns the versions it applied. It refuses a database that is newer than
// the program. Concurrent Migrate calls are safe: each step re-reads the
// version under the write lock and skips what another process has done.
func (db *DB) Migrate(ctx context.Context) (applied []int, err error) {
	ms, err := loadMigrations(db.dialect)
	if err != nil {
		return nil, err
	}
	current, err := db.SchemaVersion(ctx)
	if err != nil {
		return nil, err
	}
	if current > len(ms) {
		return nil, fmt.Errorf("store: %w: database at version %d, program at %d", ErrSchemaNewer, current, len(ms))
	}
	for _, m := range ms[current:] {
		done, err := db.applyMigration(ctx, m)
		if err != nil {
			return applied, fmt.Errorf("store: migration %04d_%s: %w", m.version, m.name, err)
		}
		if done {
			applied = append(applied, m.version)
		}
	}
	return applied, nil
}

func (db *DB) applyMigration(ctx context.Context, m migration) (done bool, err error) {
	err = db.InTx(ctx, func(tx *Tx) error {
		if db.dialect == DialectPostgres {
			if _, err := tx.tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", migrationLockKey); err != nil {
				return err
			}
		}
		if _, err := tx.tx.ExecContext(ctx, migrationsTableDDL(db.dialect)); err != nil {
			return err
		}
		v, err := schemaVersion(ctx, tx.tx, db.dialect)
		if err != nil || v >= m.version {
			return err // another process got here first
		}
		if _, err := tx.tx.ExecContext(ctx, m.sql); err != nil {
			return err
		}
		_, err = tx.tx.ExecContext(ctx,
			rebind(db.dialect, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
			m.version, m.name, now())
		done = err == nil
		return err
	})
	return done, err
}

func migrationsTableDDL(dialect string) string {
	ts := "TIMESTAMP"
	if dialect == DialectPostgres {
		ts = "TIMESTAMPTZ"
	}
	return "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at " + ts + " NOT NULL)"
}
