#!/bin/sh
# A throw-away PostgreSQL 15 for the test suite (CTest fixture "postgres"):
#   postgres_fixture.sh start DATA_DIR SOCKET_DIR [durable]
#                                                   initdb into DATA_DIR, serve on a unix socket
#                                                   in SOCKET_DIR only (no TCP port to collide);
#                                                   "durable" keeps fsync on (benchmarks)
#   postgres_fixture.sh stop DATA_DIR SOCKET_DIR    stop it and remove both folders
# initdb refuses to run as root: as root, the cluster belongs to `nobody`.
set -eu
bin=${YK_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
action=$1
data=$2
socket=$3
durability="-c fsync=off -c full_page_writes=off"
if [ "${4:-}" = durable ]; then
    durability=""
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || \
            as_owner "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null || true
    fi
    rm -rf "$data" "$socket"
}

case $action in
start)
    if [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL 15 is not installed ($bin/initdb missing): apt-get install postgresql-15" >&2
        exit 1
    fi
    stop_cluster # one left over from an interrupted run
    mkdir -p "$data" "$socket"
    chmod 700 "$data"
    if [ "$(id -u)" = 0 ]; then
        chown nobody "$data" "$socket"
    fi
    # C locale: text sorts by bytes, as in the embedded store. No fsync unless asked: the data
    # is thrown away.
    as_owner "$bin/initdb" -D "$data" -U yokoten --auth=trust --encoding=UTF8 --locale=C --no-sync >/dev/null
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$socket' -c max_connections=400 $durability -c dynamic_shared_memory_type=mmap -c shared_buffers=64MB" \
        start >/dev/null
    echo "PostgreSQL test cluster up: socket in $socket"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop DATA_DIR SOCKET_DIR" >&2
    exit 2
    ;;
esac
