#!/usr/bin/env bash
# npm run bench:ingest — starts the local stack if needed, builds the ingestor, runs the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -n "${KAFKA_BROKERS:-}" ]] || bash deploy/kafka/kafka.sh start
bash deploy/postgres/ensure.sh
npx nest build ingestor
npx ts-node --transpile-only -r tsconfig-paths/register scripts/bench/ingest-bench.ts
