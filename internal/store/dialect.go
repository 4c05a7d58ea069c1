package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"talentbridge/internal/model"
)

// rebind turns the ? placeholders of a portable statement into PostgreSQL's
// $1, $2, …. Statements in this package never put a ? inside a string
// literal, which is what makes the plain scan safe.
func rebind(dialect, q string) string {
	if dialect != DialectPostgres || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] != '?' {
			b.WriteByte(q[i])
			continue
		}
		n++
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// placeholders returns "?, ?, …" with n marks, for IN lists and multi-row
// inserts.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// isUniqueViolation reports whether err is a unique or primary key
// violation from either driver.
func isUniqueViolation(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		c := se.Code()
		return c == sqlite3.SQLITE_CONSTRAINT_UNIQUE || c == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// classify wraps a driver error with the operation and, where it has one, its
// kind: a unique violation is model.ErrConflict and a missing row is
// model.ErrNotFound. Everything else stays an internal error.
func classify(op string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("store: %s: %w", op, model.ErrNotFound)
	case isUniqueViolation(err):
		return fmt.Errorf("store: %s: %w: %w", op, model.ErrConflict, err)
	default:
		return fmt.Errorf("store: %s: %w", op, err)
	}
}
