#!/usr/bin/env bash
# npm run demo — the main job on local defaults: start the stack, start the ingestor, feed it the
# sample events (with broken ones), then one simulated day of a contact center; print what was
# stored and what was dead-lettered; stop the ingestor.
set -euo pipefail
cd "$(dirname "$0")/.."

SAMPLE="${1:-test/fixtures/events/sample.ndjson}"
export HTTP_PORT="${HTTP_PORT:-3001}"
# Local demo only: production sets its own secret (see docs/architecture.md).
export PSEUDONYMISATION_KEY="${PSEUDONYMISATION_KEY:-local-demo-only-pseudonymisation-key}"
export DATABASE_RUN_MIGRATIONS=true
export LOG_LEVEL="${LOG_LEVEL:-info}"

[[ -n "${KAFKA_BROKERS:-}" ]] || bash deploy/kafka/kafka.sh start
bash deploy/postgres/ensure.sh
echo "== building the ingestor and the simulator"
npx nest build ingestor
npx nest build simulator

if curl -fs "http://127.0.0.1:${HTTP_PORT}/health/live" >/dev/null 2>&1; then
  echo "Something already answers on port ${HTTP_PORT} (another ingestor?). Stop it, or run with HTTP_PORT=<free port>." >&2
  exit 1
fi

mkdir -p .cache/demo
LOG=.cache/demo/ingestor.log
echo "== starting the ingestor (log: $LOG)"
node dist/apps/ingestor/apps/ingestor/src/main.js >"$LOG" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:${HTTP_PORT}/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $PID 2>/dev/null; then echo "ingestor exited; last log lines:"; tail -20 "$LOG"; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:${HTTP_PORT}/health" >/dev/null || { echo "ingestor not ready"; tail -20 "$LOG"; exit 1; }

REPORT=(npx ts-node --transpile-only -r tsconfig-paths/register scripts/demo/feed-and-report.ts)
echo "== 1. a hand-made sample with broken records: $SAMPLE"
"${REPORT[@]}" "$SAMPLE"
echo "== 2. one simulated day of a mid-size contact center"
"${REPORT[@]}" --simulate "${SCENARIO:-libs/simulation/scenarios/baseline-midsize.yaml}" --days "${DAYS:-1}"
