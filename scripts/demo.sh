#!/usr/bin/env bash
# npm run demo — the main job on local defaults: start the stack, the ingestor and the evaluator,
# feed the sample events (with broken ones), then one simulated day of a contact center; print what
# was stored and dead-lettered, then the evaluator's scorecard and KPIs of that day; stop both apps.
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
EVALUATOR_PORT="${EVALUATOR_PORT:-3002}"
echo "== building the ingestor, the evaluator and the simulator"
npx nest build ingestor
npx nest build evaluator
npx nest build simulator

for port in "$HTTP_PORT" "$EVALUATOR_PORT"; do
  if curl -fs "http://127.0.0.1:${port}/health/live" >/dev/null 2>&1; then
    echo "Something already answers on port ${port} (an earlier demo?). Stop it, or run with HTTP_PORT=/EVALUATOR_PORT=<free port>." >&2
    exit 1
  fi
done

mkdir -p .cache/demo
LOG=.cache/demo/ingestor.log
echo "== starting the ingestor (log: $LOG)"
node dist/apps/ingestor/apps/ingestor/src/main.js >"$LOG" 2>&1 &
PID=$!
# A demo key for the evaluator's API, stored hashed as an operator would (docs/architecture.md).
DEMO_API_KEY="demo-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
echo "northwind: $(printf '%s' "$DEMO_API_KEY" | sha256sum | cut -d' ' -f1)" >.cache/demo/api-keys.txt
ELOG=.cache/demo/evaluator.log
echo "== starting the evaluator (log: $ELOG)"
HTTP_PORT="$EVALUATOR_PORT" EVALUATOR_API_KEYS_FILE=.cache/demo/api-keys.txt node dist/apps/evaluator/apps/evaluator/src/main.js >"$ELOG" 2>&1 &
EPID=$!
trap 'kill -TERM $PID $EPID 2>/dev/null || true; wait $PID $EPID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:${HTTP_PORT}/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $PID 2>/dev/null; then echo "ingestor exited; last log lines:"; tail -20 "$LOG"; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:${HTTP_PORT}/health" >/dev/null || { echo "ingestor not ready"; tail -20 "$LOG"; exit 1; }
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:${EVALUATOR_PORT}/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $EPID 2>/dev/null; then echo "evaluator exited; last log lines:"; tail -20 "$ELOG"; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:${EVALUATOR_PORT}/health" >/dev/null || { echo "evaluator not ready"; tail -20 "$ELOG"; exit 1; }

REPORT=(npx ts-node --transpile-only -r tsconfig-paths/register scripts/demo/feed-and-report.ts)
echo "== 1. a hand-made sample with broken records: $SAMPLE"
"${REPORT[@]}" "$SAMPLE"
echo "== 2. one simulated day of a mid-size contact center"
"${REPORT[@]}" --simulate "${SCENARIO:-libs/simulation/scenarios/baseline-midsize.yaml}" --days "${DAYS:-1}"
echo "== 3. what the evaluator made of it"
EVALUATOR_URL="http://127.0.0.1:${EVALUATOR_PORT}" DEMO_API_KEY="$DEMO_API_KEY" \
  npx ts-node --transpile-only -r tsconfig-paths/register scripts/demo/scorecard-report.ts northwind \
  "$(sed -n "s/^startDate: *'\{0,1\}\([0-9-]*\).*/\1/p" "${SCENARIO:-libs/simulation/scenarios/baseline-midsize.yaml}")"
