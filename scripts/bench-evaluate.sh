#!/usr/bin/env bash
# npm run bench:evaluate — starts the local stack if needed, builds the evaluator, runs the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -n "${KAFKA_BROKERS:-}" ]] || bash deploy/kafka/kafka.sh start
bash deploy/postgres/ensure.sh
mkdir -p .cache
npx nest build evaluator
exec npx ts-node --transpile-only -r tsconfig-paths/register scripts/bench/evaluate-bench.ts
