#!/usr/bin/env bash
# A throwaway PostgreSQL for warlog's PostgreSQL test: run as root on Debian/Ubuntu.
# Installs the `postgresql` package if missing, starts a cluster listening on 127.0.0.1, creates a
# role and database, and prints the SQLAlchemy URL on stdout (all other output goes to stderr):
#   export WARLOG_TEST_POSTGRES_URL="$(.ci/postgres.sh)"
set -euo pipefail

DB_NAME="${WARLOG_PG_DB:-warlog_test}"
DB_USER="${WARLOG_PG_USER:-warlog}"
DB_PASSWORD="${WARLOG_PG_PASSWORD:-warlog}"
PORT="${WARLOG_PG_PORT:-5432}"

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    log "must run as root (installs packages, starts a cluster)"
    exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${version} main$"; then
    log "creating cluster ${version}/main"
    pg_createcluster "$version" main --port "$PORT" >&2
fi
cluster_port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"

conf_dir="/etc/postgresql/${version}/main"
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf_dir/postgresql.conf"

if pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main reload >&2
else
    log "starting cluster ${version}/main on 127.0.0.1:${cluster_port}"
    pg_ctlcluster "$version" main start >&2
fi

psql_admin() { runuser -u postgres -- psql -p "$cluster_port" -v ON_ERROR_STOP=1 -qtAX "$@"; }

for _ in $(seq 1 30); do
    psql_admin -c "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done

if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '${DB_USER}'")" ]; then
    psql_admin -c "CREATE ROLE ${DB_USER} LOGIN PASSWORD '${DB_PASSWORD}'" >&2
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'")" ]; then
    psql_admin -c "CREATE DATABASE ${DB_NAME} OWNER ${DB_USER}" >&2
fi

echo "postgresql+psycopg://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${cluster_port}/${DB_NAME}"
