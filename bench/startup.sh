#!/usr/bin/env bash
# Issue 7: time from a start command to a ready portal (/actuator/health UP and /login 200), for
#   1. ./mvnw spring-boot:run on a fresh data directory (initdb, every migration, the demo data),
#   2. ./mvnw spring-boot:run again on the same data directory (a restart),
#   3. java -jar target/*.jar on a fresh data directory, and 4. its restart.
# Each start is split by the time stamps of its log lines. The portal is stopped with SIGTERM (Spring's graceful
# shutdown, which stops the embedded PostgreSQL) after each start. Prints lines starting with [bench].
# Usage: bench/startup.sh [port]   (default 8098). Builds the jar first (offline) if it is missing.
# The data directories and logs are under target/bench-startup/.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8098}"
WORK="$PWD/target/bench-startup"
rm -rf "$WORK"
mkdir -p "$WORK"
JAR=$(ls target/culture-targets-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -q -o package -DskipTests
  JAR=$(ls target/culture-targets-*.jar | grep -v '\.original$' | head -1)
fi
if ss -ltn "sport = :$PORT" | grep -q LISTEN; then
  echo "port $PORT is in use" >&2
  exit 1
fi

now() { date +%s.%N; }
bench() { echo "[bench] $*"; }

# epoch seconds of the first log line containing $2 (Spring Boot's ISO time stamp at the start of the line)
stamp() {
  local line
  line=$(grep -m1 -F -- "$2" "$1" || true)
  [[ -z "$line" ]] && return 0
  date -d "${line%% *}" +%s.%N
}

# seconds between two epoch values, or "-" when one is missing
span() {
  if [[ -z "$1" || -z "$2" ]]; then echo "-"; else awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; fi
}

ready() {
  curl -fsS "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' &&
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login") == 200 ]]
}

# start "label" "data directory" command... : start, wait until ready, report, stop
start() {
  local label=$1 data=$2
  shift 2
  local log="$WORK/$label.log"
  local t0 t_ready pid app
  t0=$(now)
  "$@" >"$log" 2>&1 &
  pid=$!
  until ready; do
    if ! kill -0 "$pid" 2>/dev/null; then
      bench "$label: the portal exited before it was ready; see $log"
      exit 1
    fi
    if (($(date +%s) - ${t0%.*} > 600)); then
      bench "$label: not ready after 600 s; see $log"
      kill -TERM "$pid"
      exit 1
    fi
    sleep 0.2
  done
  t_ready=$(now)

  local t_jvm t_pg_ready t_fly_start t_fly_end t_started t_seeded
  t_jvm=$(stamp "$log" "Starting PortalApplication")
  t_pg_ready=$(stamp "$log" "Embedded PostgreSQL on port")
  t_fly_start=$(stamp "$log" "Current version of schema")
  t_fly_end=$(stamp "$log" "Successfully applied")
  [[ -z "$t_fly_end" ]] && t_fly_end=$(stamp "$log" "is up to date. No migration necessary")
  t_started=$(stamp "$log" "Started PortalApplication in")
  t_seeded=$(grep 'DEMO MODE' "$log" | tail -1 | cut -d' ' -f1 || true)
  [[ -n "$t_seeded" ]] && t_seeded=$(date -d "$t_seeded" +%s.%N)
  [[ -z "$t_seeded" || $(awk -v a="$t_seeded" -v b="$t_started" 'BEGIN { print (a < b) }') == 1 ]] && t_seeded=$t_started

  bench "$label: ready (health UP, /login 200) after $(span "$t0" "$t_ready") s"
  bench "$label:   command to 'Starting PortalApplication' (Maven, JVM start): $(span "$t0" "$t_jvm") s"
  bench "$label:   to 'Embedded PostgreSQL on port' (context, orphan check, initdb/start): $(span "$t_jvm" "$t_pg_ready") s"
  bench "$label:   Flyway (first to last line, $(grep -c 'Migrating schema' "$log" || true) migrations applied): $(span "$t_fly_start" "$t_fly_end") s"
  bench "$label:   Flyway to 'Started' (JPA, web, security, the rest of the context): $(span "$t_fly_end" "$t_started") s"
  bench "$label:   'Started' to the last DEMO MODE line (demo registry, accounts, reports): $(span "$t_started" "$t_seeded") s"
  bench "$label:   to ready: $(span "$t_seeded" "$t_ready") s"
  bench "$label:   app log: $(grep -o 'Started PortalApplication in .*' "$log" | head -1)"

  # the application's JVM is the one listening on the port (under spring-boot:run it is a child of Maven's)
  app=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  local t_stop
  t_stop=$(now)
  kill -TERM "$app"
  wait "$pid" || true
  while kill -0 "$app" 2>/dev/null; do sleep 0.1; done
  if [[ -f "$data/postmaster.pid" ]]; then
    bench "$label: PostgreSQL still holds $data after the stop"
    exit 1
  fi
  bench "$label: stopped cleanly (SIGTERM) in $(span "$t_stop" "$(now)") s"
}

MVN_DATA="$WORK/mvn/postgres"
JAR_DATA="$WORK/jar/postgres"
run_args() { echo "--server.port=$PORT --portal.embedded-database.data-directory=$1"; }

bench "start-up on port $PORT, data under $WORK ($(nproc) cores; other builds may share them)"
start mvn-first "$MVN_DATA" ./mvnw -o spring-boot:run "-Dspring-boot.run.arguments=$(run_args "$MVN_DATA")"
start mvn-restart "$MVN_DATA" ./mvnw -o spring-boot:run "-Dspring-boot.run.arguments=$(run_args "$MVN_DATA")"
# shellcheck disable=SC2046
start jar-first "$JAR_DATA" java -jar "$JAR" $(run_args "$JAR_DATA")
# shellcheck disable=SC2046
start jar-restart "$JAR_DATA" java -jar "$JAR" $(run_args "$JAR_DATA")
