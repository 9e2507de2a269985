#!/usr/bin/env bash
# Machine-level setup the test suites need, idempotent so it is safe on a developer's machine too.
# Issue A's suites need only Node and a C++ toolchain for better-sqlite3; PostgreSQL, MariaDB and
# Chromium are added here as the suites that need them land.
set -euo pipefail
node --version
command -v g++ >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ make python3; }
