#!/usr/bin/env bash
# Start/stop a real single-node Kafka broker (KRaft, no ZooKeeper) without Docker.
# The broker classpath comes from Maven Central via deploy/kafka/pom.xml; only java and mvn are needed.
#
#   deploy/kafka/kafka.sh fetch|start|stop|status|reset
#
# Env: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HOME_DIR (<repo>/.cache/kafka),
#      KAFKA_LIBS_DIR (<KAFKA_HOME_DIR>/libs), KAFKA_EXTRA_PROPERTIES (a file appended to the
#      config; a key set there overrides the template, e.g. extra SASL listeners)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
HOME_DIR="${KAFKA_HOME_DIR:-$ROOT/.cache/kafka}"
# A second broker (e.g. one a test restarts) can share the jars of the first.
LIBS="${KAFKA_LIBS_DIR:-$HOME_DIR/libs}"
DATA="$HOME_DIR/data"
LOGS="$HOME_DIR/logs"
CONFIG="$HOME_DIR/server.properties"
PID_FILE="$HOME_DIR/kafka.pid"
# The version pinned in the pom; the marker in libs/ records what was fetched, so a bump re-fetches.
VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$SCRIPT_DIR/pom.xml")"
MARKER="$LIBS/.kafka-version"

die() { echo "kafka.sh: $*" >&2; exit 1; }

need() { # need <command> <why>
  command -v "$1" >/dev/null 2>&1 && return 0
  die "'$1' is not installed (needed $2). Install a JDK 17+ and Maven 3.8+, or, if you have Docker, run 'docker compose up' instead."
}

# java + broker classpath + heap (what KAFKA_HEAP_OPTS would be) + our log4j config; also used for
# StorageTool so it does not warn about missing log4j appenders.
JAVA=(java -Xmx512m -Xms256m -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$SCRIPT_DIR/log4j.properties" "-Dkafka.logs.dir=$LOGS" -cp "$LIBS/*")

port_open() { # TCP connect via bash's /dev/tcp; `timeout` guards against a hanging connect
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null
}

# Prints the pid if the pid file points at a live broker of ours (guards against pid reuse).
broker_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  grep -q 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null || [[ ! -d /proc ]] || return 1
  echo "$pid"
}

cmd_fetch() {
  [[ -n "$VERSION" ]] || die "could not read <kafka.version> from $SCRIPT_DIR/pom.xml"
  if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$VERSION" ]]; then return 0; fi
  need mvn "once, to download Kafka $VERSION from Maven Central"
  echo "Fetching Kafka $VERSION jars from Maven Central into $LIBS ..."
  rm -rf "$LIBS"  # no stale jars from another version on the classpath
  mkdir -p "$HOME_DIR"
  # Output goes to a file (Maven's -q still emits stray ANSI codes); shown only when Maven fails.
  if ! mvn -B -q -f "$SCRIPT_DIR/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$LIBS" >"$HOME_DIR/mvn.log" 2>&1; then
    cat "$HOME_DIR/mvn.log" >&2
    die "Maven could not fetch Kafka $VERSION (see above)"
  fi
  [[ -f "$LIBS/kafka_2.13-$VERSION.jar" ]] || die "Maven ran but kafka_2.13-$VERSION.jar is missing in $LIBS"
  echo "$VERSION" >"$MARKER"  # written last: an interrupted fetch is retried next time
}

cmd_start() {
  need java "to run the broker"
  mkdir -p "$HOME_DIR"
  # Serialize concurrent starts (e.g. parallel test setups): the loser waits, then sees the port open.
  if command -v flock >/dev/null; then exec 9>"$HOME_DIR/start.lock"; flock 9; fi
  cmd_fetch
  if port_open; then
    echo "Kafka already running on 127.0.0.1:$PORT"
    return 0
  fi
  mkdir -p "$DATA" "$LOGS"

  # Render the config template (bash substitution: no escaping issues with paths).
  local tpl; tpl="$(cat "$SCRIPT_DIR/server.properties")"
  tpl="${tpl//@PORT@/$PORT}"; tpl="${tpl//@CONTROLLER_PORT@/$CONTROLLER_PORT}"; tpl="${tpl//@LOG_DIRS@/$DATA}"
  printf '%s\n' "$tpl" >"$CONFIG"
  if [[ -n "${KAFKA_EXTRA_PROPERTIES:-}" ]]; then
    [[ -f "$KAFKA_EXTRA_PROPERTIES" ]] || die "KAFKA_EXTRA_PROPERTIES=$KAFKA_EXTRA_PROPERTIES is not a file"
    { echo; echo "# --- from $KAFKA_EXTRA_PROPERTIES (later keys win)"; cat "$KAFKA_EXTRA_PROPERTIES"; } >>"$CONFIG"
  fi

  # KRaft needs the log dir formatted with a cluster id once; the id lives next to the data it belongs to.
  if [[ ! -f "$DATA/meta.properties" ]]; then
    [[ -s "$DATA/cluster-id" ]] || "${JAVA[@]}" kafka.tools.StorageTool random-uuid >"$DATA/cluster-id"
    "${JAVA[@]}" kafka.tools.StorageTool format --ignore-formatted \
      -t "$(cat "$DATA/cluster-id")" -c "$CONFIG" >/dev/null
  fi

  local log="$LOGS/server.log" offset=0 pid
  [[ -f "$log" ]] && offset="$(wc -c <"$log")"  # only look at log lines written by this start
  if pid="$(broker_pid)"; then
    echo "Kafka (pid $pid) is still starting up; waiting for it ..."
  else
    # setsid: own session, so the broker survives the caller's process group (Ctrl-C, CI step
    # teardown). The inner bash writes its pid and execs java, so the pid file holds java's pid.
    # 9>&- : the broker must not inherit (and so hold forever) the start lock.
    local detach=(); command -v setsid >/dev/null && detach=(setsid)
    nohup ${detach[@]+"${detach[@]}"} bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
      "${JAVA[@]}" kafka.Kafka "$CONFIG" </dev/null >>"$LOGS/kafka.out" 2>&1 9>&- &
    echo "Starting Kafka $VERSION on 127.0.0.1:$PORT (logs: $LOGS) ..."
  fi

  local i why="did not start within 90 s"
  for ((i = 0; i < 90; i++)); do
    sleep 1
    # The port alone is not enough: the listener opens before the broker is unfenced and usable.
    if tail -c "+$((offset + 1))" "$log" 2>/dev/null | grep -q 'Kafka Server started' && port_open; then
      echo "Kafka running on 127.0.0.1:$PORT (pid $(cat "$PID_FILE"))"
      return 0
    fi
    if ((i >= 2)) && ! broker_pid >/dev/null; then why="exited during startup"; break; fi
  done
  echo "Kafka $why. Last 50 lines of $log:" >&2
  tail -n 50 "$log" >&2 2>/dev/null || true
  # JVM-level failures (bad java version, OOM, classpath) never reach log4j; they are in kafka.out.
  [[ -s "$LOGS/kafka.out" ]] && { echo "--- $LOGS/kafka.out:" >&2; tail -n 20 "$LOGS/kafka.out" >&2; }
  exit 1
}

cmd_stop() {
  local pid i
  if ! pid="$(broker_pid)"; then
    rm -f "$PID_FILE"
    echo "Kafka is not running"
    return 0
  fi
  kill -TERM "$pid"
  for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null && sleep 1 || break; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Kafka (pid $pid) ignored SIGTERM for 30 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  echo "Kafka stopped"
}

cmd_status() {
  port_open && { echo "running on 127.0.0.1:$PORT"; return 0; }
  echo "not running (nothing answers on 127.0.0.1:$PORT)"
  exit 1
}

cmd_reset() {
  cmd_stop
  rm -rf "$DATA" "$LOGS" "$CONFIG"
  echo "Deleted Kafka data in $HOME_DIR (jars kept)"
}

case "${1:-}" in
  fetch) need java "to run the broker"; cmd_fetch; echo "Kafka $VERSION jars in $LIBS" ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *) echo "usage: $0 fetch|start|stop|status|reset" >&2; exit 2 ;;
esac
