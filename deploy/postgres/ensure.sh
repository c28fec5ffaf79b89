#!/usr/bin/env bash
# Makes sure PostgreSQL answers and the application database exists.
# With DATABASE_URL set, only checks that server; otherwise uses (and if needed starts) the
# machine's local server at 127.0.0.1:5432 and creates the database `vahti`.
set -euo pipefail

if [[ -n "${DATABASE_URL:-}" ]]; then
  if command -v pg_isready >/dev/null && ! pg_isready -q -d "$DATABASE_URL"; then
    echo "PostgreSQL at DATABASE_URL does not answer" >&2; exit 1
  fi
  echo "PostgreSQL: using DATABASE_URL"; exit 0
fi

if ! command -v psql >/dev/null; then
  echo "psql not found: install PostgreSQL (Debian: apt-get install postgresql) or run 'docker compose up'." >&2
  exit 1
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL not answering on 127.0.0.1:5432; trying to start the local cluster"
  if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL did not start" >&2; exit 1; }
fi

if [[ "$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'vahti'")" != "1" ]]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc 'CREATE DATABASE vahti'
  echo "PostgreSQL: created database vahti"
fi
echo "PostgreSQL: ready at 127.0.0.1:5432/vahti"
