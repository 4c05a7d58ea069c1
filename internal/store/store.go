// Package store keeps TalentBridge's records in SQL: an embedded SQLite file
// for a single machine or a PostgreSQL server for a shared deployment. The SQL
// is written once, with ? placeholders rebound per dialect; migrations are
// per-dialect files under migrations/.
//
// Writes go through (*DB).InTx and the methods of *Tx; reads are methods of
// *DB and use a separate connection pool, so that a long import never blocks
// the pages and the API.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // registers the "sqlite" database/sql driver
)

// Dialect names, as returned by (*DB).Dialect.
const (
	DialectSQLite   = "sqlite"
	DialectPostgres = "postgres"
)

// FileName is the SQLite database file inside Config.DataDir.
const FileName = "talentbridge.db"

// Config says where the data lives. A non-empty DatabaseURL selects
// PostgreSQL; otherwise the SQLite file DataDir/talentbridge.db is used.
type Config struct {
	DataDir     string
	DatabaseURL string
}

// DB is an open database. It is safe for concurrent use.
type DB struct {
	dialect string
	// w runs write transactions. On SQLite it holds exactly one connection:
	// SQLite admits one writer at a time anyway, and queueing writers in the
	// Go pool is cheaper and fairer than letting them spin on SQLITE_BUSY.
	w *sql.DB
	// r serves reads. On SQLite it is a pool of query_only connections that
	// WAL lets run alongside the writer; on PostgreSQL it is the same pool as w.
	r *sql.DB
}

// Open connects to the database named by cfg. It does not migrate: call
// CheckSchema, and Migrate when the caller decides to.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	if cfg.DatabaseURL != "" {
		return openPostgres(ctx, cfg.DatabaseURL)
	}
	return openSQLite(ctx, cfg.DataDir)
}

func openPostgres(ctx context.Context, dsn string) (*DB, error) {
	pool, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	pool.SetMaxOpenConns(4 * runtime.GOMAXPROCS(0))
	pool.SetMaxIdleConns(runtime.GOMAXPROCS(0))
	if err := pool.PingContext(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: connect postgres: %w", err)
	}
	return &DB{dialect: DialectPostgres, w: pool, r: pool}, nil
}

func openSQLite(ctx context.Context, dir string) (*DB, error) {
	if dir == "" {
		return nil, errors.New("store: no data directory and no database URL")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: create data directory: %w", err)
	}
	path := filepath.Join(dir, FileName)

	// The writer sets the persistent settings (WAL) and creates the file, so
	// it is opened and pinged before the readers.
	w, err := sql.Open("sqlite", sqliteDSN(path, false))
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}

	r, err := sql.Open("sqlite", sqliteDSN(path, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open sqlite readers: %w", err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	if err := r.PingContext(ctx); err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("store: open sqlite readers %s: %w", path, err)
	}
	return &DB{dialect: DialectSQLite, w: w, r: r}, nil
}

// sqliteDSN builds the connection string. Every connection gets a busy
// timeout (another process may hold the write lock), foreign keys (off by
// default in SQLite) and synchronous=NORMAL, which is durable enough in WAL
// mode: a power loss can lose the last commits but never corrupts the file.
// Writers begin with BEGIN IMMEDIATE so that a transaction takes the write
// lock up front instead of failing with SQLITE_BUSY when it first writes.
func sqliteDSN(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "1")
	q.Set("_synchronous", "NORMAL")
	q.Set("_time_format", "sqlite")
	q.Add("_pragma", "cache_size(-16000)")
	// Savepoints journal the pages they touch; keeping that sub-journal in
	// memory instead of a temporary file makes a savepoint per imported
	// line cheap.
	q.Add("_pragma", "temp_store(MEMORY)")
	if readOnly {
		q.Set("_query_only", "1")
	} else {
		q.Set("_journal_mode", "WAL")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Close closes every connection.
func (db *DB) Close() error {
	err := db.w.Close()
	if db.r != db.w {
		err = errors.Join(err, db.r.Close())
	}
	return err
}

// Dialect returns DialectSQLite or DialectPostgres.
func (db *DB) Dialect() string { return db.dialect }
