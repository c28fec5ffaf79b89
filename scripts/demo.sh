#!/usr/bin/env bash
# npm run demo — the main job on local defaults: start the stack, the ingestor, the evaluator and the
# alerter, feed the sample events (with broken ones), then simulated days of a contact center with a
# chat surge on the last; print what was stored and dead-lettered, the evaluator's scorecard and KPIs
# of that day, and the alerter's alerts of it with their root-cause candidates; stop the apps.
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
ALERTER_PORT="${ALERTER_PORT:-3003}"
echo "== building the ingestor, the evaluator, the alerter and the simulator"
npx nest build ingestor
npx nest build evaluator
npx nest build alerter
npx nest build simulator

for port in "$HTTP_PORT" "$EVALUATOR_PORT" "$ALERTER_PORT"; do
  if curl -fs "http://127.0.0.1:${port}/health/live" >/dev/null 2>&1; then
    echo "Something already answers on port ${port} (an earlier demo?). Stop it, or run with HTTP_PORT=/EVALUATOR_PORT=/ALERTER_PORT=<free port>." >&2
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
APID=
# Waits until an app answers /health (name, port, pid, log), or stops the demo with its last log lines.
wait_ready() {
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$2/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then echo "$1 exited; last log lines:"; tail -20 "$4"; exit 1; fi
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$2/health" >/dev/null || { echo "$1 not ready"; tail -20 "$4"; exit 1; }
}
trap 'kill -TERM $PID $EPID $APID 2>/dev/null || true; wait $PID $EPID $APID 2>/dev/null || true' EXIT

wait_ready ingestor "$HTTP_PORT" "$PID" "$LOG"
wait_ready evaluator "$EVALUATOR_PORT" "$EPID" "$ELOG"

REPORT=(npx ts-node --transpile-only -r tsconfig-paths/register scripts/demo/feed-and-report.ts)
echo "== 1. a hand-made sample with broken records: $SAMPLE"
"${REPORT[@]}" "$SAMPLE"
# Two fault-free weeks, then eleven days of the mid-size centre with a chat surge (×1.6 for three
# hours) on the last: the alerter's seasonal baseline needs three earlier weeks of the same slot.
# The scorecard and the alerts shown are those of the last day.
SCENARIO="${SCENARIO:-libs/simulation/scenarios/fault-chat-surge.yaml}"
DAYS="${DAYS:-11}"
HISTORY_WEEKS="${HISTORY_WEEKS:-2}"
START="$(sed -n "s/^startDate: *'\{0,1\}\([0-9-]*\).*/\1/p" "$SCENARIO")"
LAST_DAY="$(date -u -d "$START + $((DAYS - 1)) days" +%F)"
echo "== 2. ${HISTORY_WEEKS} weeks and ${DAYS} days of a simulated mid-size contact center: $SCENARIO"
"${REPORT[@]}" --simulate "$SCENARIO" --days "$DAYS" --history-weeks "$HISTORY_WEEKS"
echo "== 3. what the evaluator made of it"
EVALUATOR_URL="http://127.0.0.1:${EVALUATOR_PORT}" DEMO_API_KEY="$DEMO_API_KEY" \
  npx ts-node --transpile-only -r tsconfig-paths/register scripts/demo/scorecard-report.ts northwind "$LAST_DAY"
echo "== 4. what the alerter made of it"
# Planner statistics of the tables just filled, as autovacuum would gather them (it is off on some
# machines, this one included): without them the review's queries pick plans for empty tables.
psql "${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vahti}" -q -c "ANALYZE events; ANALYZE kpi_aggregates"
# The alerter starts after the backlog, as after an outage, with its stored progress at the start of
# the last day: it reviews that day whole (at ~10 intervals/s the 26 days would take minutes).
psql "${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vahti}" -q -c "
  INSERT INTO detector_states (tenant_id, series_key, metric, state, updated_at)
  VALUES ('northwind', '', 'review-progress', jsonb_build_object(
    'lastReviewed', (extract(epoch FROM timestamptz '${LAST_DAY}T00:00:00Z') * 1000)::bigint - 900000,
    'watermark', (extract(epoch FROM timestamptz '${LAST_DAY}T00:00:00Z') * 1000)::bigint), now())
  ON CONFLICT (tenant_id, series_key, metric) DO UPDATE SET state = EXCLUDED.state, updated_at = now()"
ALOG=.cache/demo/alerter.log
echo "== starting the alerter (log: $ALOG)"
HTTP_PORT="$ALERTER_PORT" ALERTER_API_KEYS_FILE=.cache/demo/api-keys.txt ALERTER_MAX_CATCH_UP_INTERVALS=288 \
  node dist/apps/alerter/apps/alerter/src/main.js >"$ALOG" 2>&1 &
APID=$!
wait_ready alerter "$ALERTER_PORT" "$APID" "$ALOG"
ALERTER_URL="http://127.0.0.1:${ALERTER_PORT}" DEMO_API_KEY="$DEMO_API_KEY" \
  npx ts-node --transpile-only -r tsconfig-paths/register scripts/demo/alerts-report.ts northwind "$LAST_DAY"
