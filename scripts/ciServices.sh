#!/usr/bin/env bash
# Machine-level setup the test suites need, idempotent so it is safe on a developer's machine too.
# Issue A's suites need only Node and a C++ toolchain for better-sqlite3; PostgreSQL, MariaDB and
# Chromium are added here as the suites that need them land.
set -euo pipefail
node --version
command -v g++ >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ make python3; }

# PostgreSQL for the BFF store suites (apps/bff, ZDASH_TEST_DATABASE_URL; trust auth for local connections).
# Started only when it does not answer, then waited for.
command -v pg_ctlcluster >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
}
if command -v pg_isready >/dev/null; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start || true
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.5
  done
  pg_isready -h 127.0.0.1 -p 5432
  psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = 'test'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -c 'create database test'
fi
# Chromium for the Playwright e2e suite: Debian's build (Playwright's own download is unreachable).
command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
