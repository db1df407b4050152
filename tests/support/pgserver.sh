#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests (the CTest fixture `postgres`).
#   pgserver.sh start DIR   initdb in DIR, listen on 127.0.0.1 at a free port, create the superuser
#                           role cdtest with a random password (scram-sha-256 over TCP), and write
#                           DIR/url (no password in it) and DIR/password
#   pgserver.sh stop DIR    stop the server fast and remove DIR
# Never skips: when the server cannot start, it says why and exits 1 (2 for bad usage).
set -euo pipefail

die() { printf 'pgserver: %s\n' "$*" >&2; exit 1; }
note() { printf 'pgserver: %s\n' "$*" >&2; }

[ $# -eq 2 ] || { printf 'usage: %s start|stop DIR\n' "$0" >&2; exit 2; }
action=$1
case "$2" in
    /*) dir=$2 ;;
    *) dir=$(pwd)/$2 ;;
esac
case "$dir" in
    /|"") die "refusing to use '$2' as the server folder" ;;
esac

# pg_ctl and initdb: PostgreSQL 17 preferred, then pg_config's, then the newest installed.
find_bindir() {
    local candidate
    for candidate in /usr/lib/postgresql/17/bin /usr/local/pgsql/bin; do
        [ -x "$candidate/pg_ctl" ] && { printf '%s' "$candidate"; return 0; }
    done
    if command -v pg_config >/dev/null; then
        candidate=$(pg_config --bindir 2>/dev/null || true)
        [ -n "$candidate" ] && [ -x "$candidate/pg_ctl" ] && { printf '%s' "$candidate"; return 0; }
    fi
    candidate=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$candidate" ] && [ -x "$candidate/pg_ctl" ] && { printf '%s' "$candidate"; return 0; }
    command -v pg_ctl >/dev/null && { dirname "$(command -v pg_ctl)"; return 0; }
    return 1
}

# True when uid 0 here can become the user postgres; false inside a user namespace that maps
# only the invoking user (scripts/devenv run by a normal user without sub-uids).
real_root() {
    [ "$(id -u)" -eq 0 ] && id -u postgres >/dev/null 2>&1 && runuser -u postgres -- true 2>/dev/null
}

# initdb and the server refuse to run as root: then they run as the user postgres, or, where
# root is only a mapped normal user, as an unprivileged uid in a nested user namespace (the
# files stay the invoking user's).
as_owner() {
    if [ "$(id -u)" -eq 0 ] && ! real_root; then
        unshare --user --map-user=65534 --map-group=65534 -- "$@"
    elif [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null; then
            runuser -u postgres -- "$@"
        else
            setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
        fi
    else
        "$@"
    fi
}

# Stops a server left running in DIR by an interrupted run and removes the folder.
remove_server() {
    local bindir=$1
    if [ -f "$dir/data/postmaster.pid" ]; then
        note "stopping the server in $dir/data"
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 90 stop >/dev/null 2>&1 \
            || as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
            || true
        # pg_ctl gives up on a pid file whose process is gone; a still running postmaster is an error.
        local pid
        pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
                && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
            die "the server in $dir/data (pid $pid) does not stop"
        fi
    fi
    rm -rf "$dir"
}

random_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

# A port from 20000 to 59999; taken ones are found by the server failing to bind and retried.
random_port() { printf '%d' $((20000 + 0x$(random_hex 2) % 40000)); }

start() {
    local bindir
    bindir=$(find_bindir) || die "PostgreSQL (pg_ctl, initdb) is not installed; install postgresql 17"
    [ -x "$bindir/initdb" ] || die "$bindir has pg_ctl but no initdb"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root needs the user 'postgres' to run the server"
    fi

    remove_server "$bindir"
    mkdir -p "$dir"
    # The server's unix socket lives in DIR unless the path is too long for a socket address.
    local sockdir=$dir
    if [ ${#dir} -gt 80 ]; then
        sockdir=$(mktemp -d /tmp/cdpg.XXXXXX)
        printf '%s\n' "$sockdir" >"$dir/socketdir"
    fi
    if [ "$(id -u)" -eq 0 ]; then
        real_root && chown postgres: "$dir" "$sockdir"
        as_owner test -w "$dir" \
            || die "the user postgres cannot write $dir: every folder above it must be searchable by others"
    fi
    chmod 0700 "$dir" "$sockdir"

    local password superuser
    password=$(random_hex 18)
    superuser=$(as_owner id -un)
    printf '%s\n' "$password" >"$dir/password"
    chmod 0600 "$dir/password"
    real_root && chown postgres: "$dir/password" || true

    if ! as_owner "$bindir/initdb" -D "$dir/data" -U "$superuser" --auth-local=peer \
            --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-instructions \
            >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        die "initdb failed in $dir/data (log above)"
    fi
    # Loopback only; durability is not what these tests measure, speed is.
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sockdir'
password_encryption = 'scram-sha-256'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
log_min_messages = warning
EOF

    local port="" attempt candidate
    for attempt in 1 2 3 4 5 6; do
        candidate=$(random_port)
        : >"$dir/server.log"
        real_root && chown postgres: "$dir/server.log" || true
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $candidate" \
                -w -t 60 start >"$dir/pg_ctl.log" 2>&1; then
            port=$candidate
            break
        fi
        if grep -q -e 'Address already in use' -e 'could not create any TCP/IP sockets' \
                -e 'could not create lock file' "$dir/server.log"; then
            note "port $candidate is taken (attempt $attempt), trying another"
            continue
        fi
        cat "$dir/pg_ctl.log" "$dir/server.log" >&2
        die "the PostgreSQL server in $dir/data did not start (logs above)"
    done
    [ -n "$port" ] || { cat "$dir/server.log" >&2; die "no free port found after 6 attempts"; }

    # The role the tests use: a superuser (tests create databases) that must give its password.
    local escaped=${password//\'/\'\'}
    if ! as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$sockdir" -p "$port" -d postgres \
            -c "CREATE ROLE cdtest LOGIN SUPERUSER PASSWORD '$escaped'" >"$dir/psql.log" 2>&1; then
        cat "$dir/psql.log" "$dir/server.log" >&2
        die "could not create the role cdtest on port $port"
    fi
    # Proves the password works over TCP before any test relies on it.
    if ! as_owner env PGPASSWORD="$password" "$bindir/psql" -X -q -w \
            "postgresql://cdtest@127.0.0.1:$port/postgres?sslmode=disable" -c 'SELECT 1' \
            >"$dir/psql.log" 2>&1; then
        cat "$dir/psql.log" >&2
        die "the role cdtest cannot log in over TCP on 127.0.0.1:$port"
    fi

    printf 'postgresql://cdtest@127.0.0.1:%s/postgres?sslmode=disable\n' "$port" >"$dir/url"
    printf '%s\n' "$port" >"$dir/port"
    note "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') runs on 127.0.0.1:$port (data in $dir/data)"
}

stop() {
    local bindir
    bindir=$(find_bindir) || die "PostgreSQL (pg_ctl) is not installed"
    [ -d "$dir" ] || { note "no server in $dir"; return 0; }
    local sockdir=""
    [ -f "$dir/socketdir" ] && sockdir=$(cat "$dir/socketdir")
    remove_server "$bindir"
    [ -z "$sockdir" ] || rm -rf "$sockdir"
    note "stopped and removed the server in $dir"
}

case "$action" in
    start) start ;;
    stop) stop ;;
    *) printf 'usage: %s start|stop DIR\n' "$0" >&2; exit 2 ;;
esac
