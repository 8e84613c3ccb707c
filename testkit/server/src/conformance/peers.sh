#!/usr/bin/env bash
# Measures endpoints with the conformance kit, on this machine, and writes each one's report (JSON) and
# what it is (name, version, date) into OUT, where docs/generated/conformance.md reads them:
#   this project's endpoint (the jar, over HTTP), moto (moto_server) and cognito-local (npm).
# Run through Maven (README, "For emulator authors"):
#   mvn -B -ntp -Pconformance-peers -pl testkit/server,docs -am verify -Ddocs.update=true \
#     -Dtest=DocsGenerationTest -Dsurefire.failIfNoSpecifiedTests=false
# or directly: peers.sh JAR OUT. Environment: MOTO=skip or COGNITO_LOCAL=skip leave one out;
# COGNITO_LOCAL_DIR is where cognito-local is installed (default: a new temp dir, npm install).
set -euo pipefail
jar="${1:?usage: peers.sh JAR OUT}"
out="${2:?usage: peers.sh JAR OUT}"
mkdir -p "$out"
work="$(mktemp -d /tmp/conformance-peers.XXXXXX)"  # outside the repository: logs and cognito-local's data
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # URL
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "$1/" && return 0
    sleep 0.1
  done
  echo "nothing answers at $1" >&2; return 1
}
measure() { # NAME VERSION URL
  echo "measuring $1 $2 at $3"
  local status=0
  rm -f "$work/$1.json"
  java -jar "$jar" conformance --endpoint "$3" --format json --out "$work/$1.json" --no-progress || status=$?
  # 1 is "a rule failed"; but a crashed JVM exits 1 too, so the report must exist as well.
  [ "$status" -le 1 ] && [ -s "$work/$1.json" ] || { echo "the kit failed on $1 with exit status $status" >&2; exit 1; }
  cp "$work/$1.json" "$out/$1.json"
  printf 'name=%s\nversion=%s\ndate=%s\n' "$1" "$2" "$(date -u +%Y-%m-%d)" > "$out/$1.properties"
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# This project's endpoint, over HTTP.
port=$(free_port)
java -jar "$jar" --port "$port" > "$work/userpool.log" 2>&1 &
server=$!; pids+=("$server")
wait_for "http://127.0.0.1:$port"
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
measure userpool-server "$version" "http://127.0.0.1:$port"
stop "$server"

if [ "${MOTO:-}" != skip ]; then
  command -v moto_server > /dev/null || { echo "moto_server is needed: pip install 'moto[server]'" >&2; exit 1; }
  port=$(free_port)
  moto_server -H 127.0.0.1 -p "$port" > "$work/moto.log" 2>&1 &
  server=$!; pids+=("$server")
  wait_for "http://127.0.0.1:$port"
  measure moto "$(python3 -c 'import moto; print(moto.__version__)')" "http://127.0.0.1:$port"
  stop "$server"
fi

if [ "${COGNITO_LOCAL:-}" != skip ]; then
  dir="${COGNITO_LOCAL_DIR:-$(mktemp -d /tmp/cognito-local.XXXXXX)}"
  [ -x "$dir/node_modules/.bin/cognito-local" ] || (cd "$dir" && npm install --silent --no-audit --no-fund cognito-local > /dev/null 2>&1)
  port=$(free_port)
  mkdir -p "$work/cognito-local"
  (cd "$work/cognito-local" && PORT=$port exec "$dir/node_modules/.bin/cognito-local" > cognito-local.log 2>&1) &
  server=$!; pids+=("$server")
  wait_for "http://127.0.0.1:$port"
  measure cognito-local "$(cd "$dir" && node -p 'require("cognito-local/package.json").version')" "http://127.0.0.1:$port"
  stop "$server"
fi
echo "reports in $out"
