#!/usr/bin/env bash
# Time from `java -jar` to the first answer of GET /health, in ms, RUNS times (default 5), each on a new
# port, with the CPU time the JVM used until then; beside it, `java -version`'s time as a baseline. startup.sh JAR [RUNS] [JVM options...]
set -euo pipefail
jar="${1:?usage: startup.sh JAR [RUNS] [JVM options...]}"
runs="${2:-5}"
shift $(( $# < 2 ? $# : 2 ))
now() { date +%s%N; }
for i in $(seq 1 "$runs"); do
  port=$(( 9500 + i ))
  start=$(now)
  java -version > /dev/null 2>&1
  baseline=$(( ($(now) - start) / 1000000 ))
  start=$(now)
  java "$@" -jar "$jar" --port "$port" > /dev/null 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$pid" 2> /dev/null || { echo "the jar exited before it answered" >&2; exit 1; }
    sleep 0.005
  done
  took=$(( ($(now) - start) / 1000000 ))
  # CPU time the JVM used until then (user + system, clock ticks of 1/100 s): less at the mercy of a busy machine
  cpu=$(awk '{print ($14 + $15) * 10}' "/proc/$pid/stat")
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  echo "startup run=$i first_answer_ms=$took cpu_ms=$cpu java_version_ms=$baseline load=$(cut -d' ' -f1 /proc/loadavg)"
done
