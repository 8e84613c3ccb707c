#!/usr/bin/env bash
# The wire benchmark: the userpool-server jar, cognito-local (npm) and moto (moto_server) in one run, each
# driven over keep-alive connections on the same machine: AdminSetUserPassword, AdminCreateUser, InitiateAuth
# (USER_PASSWORD_AUTH), a USER_SRP_AUTH sign-in (two requests), GetUser with an access token and ListUsers, at
# 1, 4 and 64 connections (wrk; the SRP sign-in by SrpLoad, since its proof needs the client's arithmetic), then
# p50/p99 of each through the AWS SDK for Java (SdkLatencyBench, one caller, keep-alive). Prints a markdown table.
# Run through Maven: mvn -B -ntp -Pwire-bench -pl testkit/server -am verify -DskipTests
# (or directly: wire-bench.sh JAR CLASSPATH_FILE). Needs wrk (apt-get install wrk), node/npm for cognito-local,
# moto_server for moto (pip install 'moto[server]').
# Environment: BENCH_SECONDS (default 8 per cell), BENCH_WARMUP (default 20 per operation), BENCH_CONNECTIONS
# (default "1 4 64"), BENCH_OPS (default all six), BENCH_SDK_CALLS (default 1000; 0 leaves the SDK out),
# USERPOOL=skip / COGNITO_LOCAL=skip / MOTO=skip to leave an endpoint out, COGNITO_LOCAL_DIR (where it is or goes; default a new
# temp dir), BENCH_STARTUP=skip to leave out the start-up probe, BENCH_OUT (default target/wire-bench.txt).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:?usage: wire-bench.sh JAR CLASSPATH_FILE}"
classpath_file="${2:?usage: wire-bench.sh JAR CLASSPATH_FILE}"
seconds="${BENCH_SECONDS:-8}"
warmup="${BENCH_WARMUP:-20}"
connections="${BENCH_CONNECTIONS:-1 4 64}"
ops="${BENCH_OPS:-AdminSetUserPassword AdminCreateUser InitiateAuth SrpSignIn GetUser ListUsers}"
sdk_calls="${BENCH_SDK_CALLS:-1000}"
out="${BENCH_OUT:-$(dirname "$jar")/wire-bench.txt}"
server_log="$(dirname "$jar")/wire-bench-server.log"
test_cp="$(cat "$classpath_file"):$(dirname "$jar")/test-classes"
userpool_port=9431
cognito_local_port=9432
moto_port=9433
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

call() { # URL OPERATION BODY
  curl -s -H "X-Amz-Target: AWSCognitoIdentityProviderService.$2" -H 'Content-Type: application/x-amz-json-1.1' -d "$3" "$1/"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }

# A pool, a client that allows USER_PASSWORD_AUTH and USER_SRP_AUTH, user "bench@example.com" with a permanent
# password (an email as username: cognito-local's pools refuse other usernames) and an access token of it.
prepare() { # URL -> "POOL CLIENT TOKEN"
  local url=$1 pool client token
  pool=$(call "$url" CreateUserPool '{"PoolName":"bench"}' | field '["UserPool"]["Id"]')
  client=$(call "$url" CreateUserPoolClient "{\"UserPoolId\":\"$pool\",\"ClientName\":\"bench\",\"ExplicitAuthFlows\":[\"ALLOW_USER_PASSWORD_AUTH\",\"ALLOW_USER_SRP_AUTH\",\"ALLOW_ADMIN_USER_PASSWORD_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]}" | field '["UserPoolClient"]["ClientId"]')
  call "$url" AdminCreateUser "{\"UserPoolId\":\"$pool\",\"Username\":\"bench@example.com\",\"MessageAction\":\"SUPPRESS\"}" > /dev/null
  call "$url" AdminSetUserPassword "{\"UserPoolId\":\"$pool\",\"Username\":\"bench@example.com\",\"Password\":\"Blue-Harbor-42!\",\"Permanent\":true}" > /dev/null
  token=$(call "$url" InitiateAuth "{\"ClientId\":\"$client\",\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"AuthParameters\":{\"USERNAME\":\"bench@example.com\",\"PASSWORD\":\"Blue-Harbor-42!\"}}" | field '["AuthenticationResult"]["AccessToken"]')
  echo "$pool $client $token"
}

wait_for() { # URL
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "$1/" && return 0
    sleep 0.05
  done
  echo "nothing answers at $1" >&2; return 1
}

# Each operation runs on a freshly started server: tokens, users and JIT state of one operation do not
# weigh on the next.
start_userpool() {
  java -jar "$jar" --port "$userpool_port" > "$server_log" 2>&1 &
  server=$!
  pids+=($server)
  url="http://127.0.0.1:$userpool_port"
  wait_for "$url"
}

start_cognito_local() {
  # A fresh store each time: a cognito-local stopped mid-write leaves a database it cannot read at the next start.
  rm -rf "$cognito_local_dir/.cognito"
  (cd "$cognito_local_dir" && PORT=$cognito_local_port exec node_modules/.bin/cognito-local >> cognito-local.log 2>&1) &
  server=$!
  pids+=($server)
  url="http://127.0.0.1:$cognito_local_port"
  wait_for "$url"
}

start_moto() {
  moto_server -H 127.0.0.1 -p "$moto_port" > /dev/null 2>&1 &
  server=$!
  pids+=($server)
  url="http://127.0.0.1:$moto_port"
  wait_for "$url"
}

stop_server() {
  kill "$server" 2> /dev/null || true
  wait "$server" 2> /dev/null || true
}

cell() { # OP CONNECTIONS DURATION POOL CLIENT TOKEN -> RESULT line
  local op=$1 c=$2 d=$3 t
  if [ "$op" = SrpSignIn ]; then
    java --add-opens java.base/java.math=ALL-UNNAMED -cp "$test_cp" dev.userpool.server.SrpLoad "$url/" "$4" "$5" "$c" "$d" | grep RESULT
  else
    t=$(( c < 2 ? c : 2 ))
    wrk -t"$t" -c"$c" -d"${d}s" -s "$here/op.lua" "$url/" -- "$op" "$4" "$5" "$6" | grep RESULT
  fi
}

run() { # NAME START_FUNCTION
  local name=$1 start=$2 c result op pool client token
  for op in $ops; do
    "$start"
    read -r pool client token < <(prepare "$url")
    cell "$op" 4 "$warmup" "$pool" "$client" "$token" > /dev/null || true # warm-up (the JIT)
    for c in $connections; do
      result=$(cell "$op" "$c" "$seconds" "$pool" "$client" "$token" || echo "RESULT failed")
      echo "$name $op connections=$c ${result#RESULT }" | tee -a "$out"
    done
    stop_server
  done
  if [ "$sdk_calls" != 0 ]; then
    "$start"
    java --add-opens java.base/java.math=ALL-UNNAMED -cp "$test_cp" dev.userpool.server.SdkLatencyBench "$url/" "$name" "$sdk_calls" | grep RESULT | tee -a "$out" || true
    stop_server
  fi
}

: > "$out"
{
  echo "# wire benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ): ${seconds}s per cell, wrk on the same machine"
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# java: $(java -version 2>&1 | head -1)"
} | tee -a "$out"

if [ "${BENCH_STARTUP:-}" != skip ]; then
  bash "$here/startup.sh" "$jar" 5 | tee -a "$out"
fi

if [ "${USERPOOL:-}" != skip ]; then
  start_userpool
  # The crypto line comes once the port is open (the provider is detected after, off the port's path).
  for _ in $(seq 1 100); do grep -q '^listening on' "$server_log" && break; sleep 0.1; done
  echo "# userpool: $(grep -m1 '^crypto:' "$server_log" || echo 'crypto: (no banner line)')" | tee -a "$out"
  stop_server
  run userpool start_userpool
fi

if [ "${COGNITO_LOCAL:-}" != skip ]; then
  cognito_local_dir="${COGNITO_LOCAL_DIR:-$(mktemp -d /tmp/cognito-local.XXXXXX)}"  # outside the repository
  mkdir -p "$cognito_local_dir"
  [ -x "$cognito_local_dir/node_modules/.bin/cognito-local" ] \
    || (cd "$cognito_local_dir" && npm install --silent --no-audit --no-fund cognito-local > /dev/null 2>&1)
  echo "# cognito-local $(cd "$cognito_local_dir" && node -p 'require("cognito-local/package.json").version')" | tee -a "$out"
  run cognito-local start_cognito_local
fi

if [ "${MOTO:-}" != skip ] && command -v moto_server > /dev/null; then
  echo "# moto $(python3 -c 'import moto; print(moto.__version__)' 2>/dev/null)" | tee -a "$out"
  run moto start_moto
fi

echo "# load average at the end $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
python3 "$here/table.py" "$out" | tee "${out%.txt}.md"
echo "figures in $out, table in ${out%.txt}.md"
