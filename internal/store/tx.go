package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Tx is a write transaction. It is not safe for concurrent use.
//
// On PostgreSQL a failed statement aborts the whole transaction; code that
// wants to carry on after an error (an importer skipping a bad line) wraps
// each unit of work in Savepoint, which works the same on both databases.
type Tx struct {
	tx      *sql.Tx
	dialect string
	// stmts caches prepared statements by their portable text: an import
	// runs the same handful of statements for every record, and parsing them
	// once per transaction instead of once per record is most of the gain.
	stmts map[string]*sql.Stmt
	depth int // savepoint nesting, used to name savepoints
	// orgIDs caches organisation row ids by external id for this
	// transaction: an import resolves the same few hundred organisations
	// for every record. A rollback to a savepoint empties it, since the
	// rows it undoes may be among those cached.
	orgIDs map[string]int64
}

// InTx runs fn in a write transaction: it commits when fn returns nil and
// rolls back otherwise, returning fn's error unchanged.
//
// On SQLite all writers share one connection, so fn must not call InTx
// again (it would wait for itself); reads through db inside fn are fine but
// do not see the transaction's own uncommitted writes.
func (db *DB) InTx(ctx context.Context, fn func(tx *Tx) error) (err error) {
	sqlTx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	tx := &Tx{tx: sqlTx, dialect: db.dialect, stmts: map[string]*sql.Stmt{}}
	committed := false
	defer func() {
		if !committed {
			// The error of a rollback after a failure adds nothing useful;
			// database/sql closes the cached statements either way.
			_ = sqlTx.Rollback()
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return classify("commit", err)
	}
	committed = true
	return nil
}

// Savepoint runs fn inside a savepoint: its writes stay when fn returns nil
// and are undone when it returns an error, which Savepoint then returns. The
// surrounding transaction carries on either way. Savepoints nest.
func (tx *Tx) Savepoint(ctx context.Context, fn func() error) error {
	tx.depth++
	defer func() { tx.depth-- }()
	name := "sp" + strconv.Itoa(tx.depth)
	if err := tx.exec(ctx, "SAVEPOINT "+name); err != nil {
		return classify("savepoint", err)
	}
	if err := fn(); err != nil {
		// ROLLBACK TO keeps the savepoint open, so release it as well to
		// leave the nesting as it was.
		tx.orgIDs = nil
		rbErr := tx.exec(ctx, "ROLLBACK TO SAVEPOINT "+name)
		if rbErr == nil {
			rbErr = tx.exec(ctx, "RELEASE SAVEPOINT "+name)
		}
		if rbErr != nil {
			return errors.Join(err, classify("rollback to savepoint", rbErr))
		}
		return err
	}
	if err := tx.exec(ctx, "RELEASE SAVEPOINT "+name); err != nil {
		return classify("release savepoint", err)
	}
	return nil
}

// stmt returns the prepared form of the portable statement q, preparing it
// on first use within this transaction.
func (tx *Tx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if s, ok := tx.stmts[q]; ok {
		return s, nil
	}
	s, err := tx.tx.PrepareContext(ctx, rebind(tx.dialect, q))
	if err != nil {
		return nil, err
	}
	tx.stmts[q] = s
	return s, nil
}

func (tx *Tx) exec(ctx context.Context, q string, args ...any) error {
	_, err := tx.execResult(ctx, q, args...)
	return err
}

// execRows runs q and returns how many rows it changed.
func (tx *Tx) execRows(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := tx.execResult(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (tx *Tx) execResult(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := tx.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

func (tx *Tx) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	s, err := tx.stmt(ctx, q)
	if err != nil {
		// A *sql.Row cannot be built with an error from outside database/sql,
		// so fall back to the unprepared path, which reports the same error.
		return tx.tx.QueryRowContext(ctx, rebind(tx.dialect, q), args...)
	}
	return s.QueryRowContext(ctx, args...)
}

// now is the timestamp of a write: UTC, and cut to microseconds because
// that is what PostgreSQL keeps, so that a record read back equals the one
// written on both databases.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }
