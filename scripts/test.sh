#!/usr/bin/env bash
# Runs the project's checks: go vet, a gofmt check and the Go tests with the
# race detector, against SQLite and a throwaway PostgreSQL cluster.
#
#   scripts/test.sh                      everything
#   scripts/test.sh ./internal/store/... only these packages
#
# Each outside component (today PostgreSQL) has its own ensure_/start_/stop_
# functions: ensure_ installs it when missing, start_ brings up a private
# instance in $WORK_DIR and exports what the tests need, stop_ undoes that.
# Under CI=true a component that cannot be had fails the run; elsewhere the
# script warns and the tests that need it skip themselves.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

CI="${CI:-false}"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/talentbridge-test.XXXXXX")"

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }

# unavailable reports a missing component: fatal under CI, a warning elsewhere.
unavailable() {
	if [[ "$CI" == "true" ]]; then
		printf 'ERROR: %s (required under CI)\n' "$*" >&2
		exit 1
	fi
	warn "$* - its tests will be skipped"
}

is_root() { [[ "$(id -u)" == 0 ]]; }

# as_user USER CMD... runs CMD as USER when we are root (database servers
# refuse to run as root), else as ourselves. It runs from / because USER may
# not be allowed into the current directory.
as_user() {
	local user="$1"
	shift
	if is_root; then
		(cd / && runuser -u "$user" -- "$@")
	else
		"$@"
	fi
}

apt_install() {
	if ! is_root || ! command -v apt-get >/dev/null; then
		return 1
	fi
	log "installing $* with apt-get"
	apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			-o Dpkg::Options::=--force-confold "$@" >/dev/null
}

# free_port prints a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	return 1
}

cleanup() {
	local rc=$?
	stop_postgres || true
	rm -rf "$WORK_DIR"
	exit "$rc"
}
trap cleanup EXIT INT TERM

# ---- PostgreSQL ---------------------------------------------------------

PG_BIN=""
PG_DIR="$WORK_DIR/postgres"
PG_USER="postgres" # the OS user that runs the server when we are root

# pg_bindir prints the directory holding initdb and pg_ctl: from PATH, else
# the newest Debian install.
pg_bindir() {
	if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
		dirname "$(readlink -f "$(command -v pg_ctl)")"
		return 0
	fi
	local d
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
			echo "$d"
			return 0
		fi
	done
	return 1
}

ensure_postgres() {
	if PG_BIN="$(pg_bindir)"; then
		return 0
	fi
	# Debian's package would otherwise create and start a system-wide
	# cluster that these tests do not use.
	if is_root && [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
		mkdir -p /etc/postgresql-common
		echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
	fi
	apt_install postgresql && PG_BIN="$(pg_bindir)"
}

start_postgres() {
	mkdir -p "$PG_DIR"
	if is_root; then
		if ! id "$PG_USER" >/dev/null 2>&1; then
			useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
		fi
		chown "$PG_USER" "$WORK_DIR" "$PG_DIR"
	fi
	# The tests make and drop a database each, so durability is traded for
	# speed; trust auth is safe because the server listens only on loopback
	# and on a socket in a private directory.
	as_user "$PG_USER" "$PG_BIN/initdb" -D "$PG_DIR/data" -U talentbridge --auth=trust \
		--encoding=UTF8 --no-locale --no-sync >"$PG_DIR/initdb.log" 2>&1 || {
		cat "$PG_DIR/initdb.log" >&2
		return 1
	}
	local port
	for _ in 1 2 3; do
		port="$(free_port)" || return 1
		if as_user "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
			start >/dev/null; then
			export TALENTBRIDGE_TEST_POSTGRES_URL="postgres://talentbridge@127.0.0.1:$port/postgres?sslmode=disable"
			log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
			return 0
		fi
	done
	cat "$PG_DIR/server.log" >&2 || true
	return 1
}

stop_postgres() {
	if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
		as_user "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
	fi
}

setup_postgres() {
	if ! ensure_postgres; then
		unavailable "PostgreSQL is not installed and could not be installed"
		return 0
	fi
	if ! start_postgres; then
		unavailable "PostgreSQL could not be started"
	fi
}

# ---- Chromium -----------------------------------------------------------
# The browser tests drive headless Chromium (chromedp); they find it through
# TALENTBRIDGE_CHROMIUM.

chromium_bin() {
	local b
	for b in chromium chromium-browser google-chrome; do
		if command -v "$b" >/dev/null; then
			command -v "$b"
			return 0
		fi
	done
	return 1
}

setup_chromium() {
	local bin
	if ! bin="$(chromium_bin)"; then
		apt_install chromium || true
		bin="$(chromium_bin)" || {
			unavailable "Chromium is not installed and could not be installed"
			return 0
		}
	fi
	export TALENTBRIDGE_CHROMIUM="$bin"
	log "Chromium: $("$bin" --version 2>/dev/null | head -1)"
	# Screenshots of Chinese pages need a CJK font; the tests pass without.
	if command -v fc-list >/dev/null && [[ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ]]; then
		apt_install fonts-noto-cjk || warn "no CJK font: Chinese text in screenshots will show as boxes"
	fi
}

# ---- Go -----------------------------------------------------------------

# go_checks vets and gofmt-checks the packages given (all by default).
go_checks() {
	log "go vet"
	go vet "$@"
	log "gofmt"
	local unformatted
	unformatted="$(gofmt -l $(go list -f '{{.Dir}}' "$@"))"
	if [[ -n "$unformatted" ]]; then
		printf 'gofmt needed on:\n%s\n' "$unformatted" >&2
		return 1
	fi
}

go_tests() {
	log "go test -race"
	go test -race -count=1 "$@"
}

main() {
	if [[ $# -eq 0 ]]; then
		set -- ./...
	fi
	setup_postgres
	setup_chromium
	go_checks "$@"
	go_tests "$@"
}

main "$@"
