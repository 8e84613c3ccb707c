#!/usr/bin/env bash
# The wire benchmark: the userpool-server jar and cognito-local, driven over keep-alive connections by
# wrk on the same machine. Run through Maven: mvn -Pwire-bench -pl testkit/server -am verify
# (or directly: wire-bench.sh JAR). Needs wrk (apt-get install wrk) and, for cognito-local, node/npm.
# Environment: BENCH_SECONDS (default 10 per run), BENCH_CONNECTIONS (default "1 4 64"),
# COGNITO_LOCAL=skip to leave it out, COGNITO_LOCAL_DIR (where it is or goes; default a new temp dir), BENCH_OUT (default target/wire-bench.txt).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:?usage: wire-bench.sh JAR}"
seconds="${BENCH_SECONDS:-10}"
connections="${BENCH_CONNECTIONS:-1 4 64}"
out="${BENCH_OUT:-$(dirname "$jar")/wire-bench.txt}"
userpool_port=9431
cognito_local_port=9432
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

call() { # URL OPERATION BODY
  curl -s -H "X-Amz-Target: AWSCognitoIdentityProviderService.$2" -H 'Content-Type: application/x-amz-json-1.1' -d "$3" "$1/"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }

# A pool, a client that allows ADMIN_USER_PASSWORD_AUTH, and user "bench@example.com" with a permanent
# password (an email as username: cognito-local's pools refuse other usernames).
prepare() { # URL -> "POOL CLIENT"
  local url=$1 pool client
  pool=$(call "$url" CreateUserPool '{"PoolName":"bench"}' | field '["UserPool"]["Id"]')
  client=$(call "$url" CreateUserPoolClient "{\"UserPoolId\":\"$pool\",\"ClientName\":\"bench\",\"ExplicitAuthFlows\":[\"ALLOW_ADMIN_USER_PASSWORD_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]}" | field '["UserPoolClient"]["ClientId"]')
  call "$url" AdminCreateUser "{\"UserPoolId\":\"$pool\",\"Username\":\"bench@example.com\",\"MessageAction\":\"SUPPRESS\"}" > /dev/null
  call "$url" AdminSetUserPassword "{\"UserPoolId\":\"$pool\",\"Username\":\"bench@example.com\",\"Password\":\"Blue-Harbor-42!\",\"Permanent\":true}" > /dev/null
  echo "$pool $client"
}

wait_for() { # URL
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "$1/" && return 0
    sleep 0.05
  done
  echo "nothing answers at $1" >&2; return 1
}

# Each operation runs on a freshly started server: tokens, users and JIT state of one operation do not
# weigh on the next (LocalCognitoClient's token registry keeps every token it issued).
start_userpool() {
  java -jar "$jar" --port "$userpool_port" > /dev/null 2>&1 &
  server=$!
  pids+=($server)
  url="http://127.0.0.1:$userpool_port"
  wait_for "$url"
}

start_cognito_local() {
  (cd "$dir" && PORT=$cognito_local_port exec node_modules/.bin/cognito-local >> cognito-local.log 2>&1) &
  server=$!
  pids+=($server)
  url="http://127.0.0.1:$cognito_local_port"
  wait_for "$url"
}

stop_server() {
  kill "$server" 2> /dev/null || true
  wait "$server" 2> /dev/null || true
}

run() { # NAME START_FUNCTION
  local name=$1 start=$2 c t result op
  for op in AdminSetUserPassword AdminGetUser AdminInitiateAuth Lifecycle; do
    "$start"
    read -r pool client < <(prepare "$url")
    if [ "$op" = Lifecycle ]; then # warm-up (the JIT)
      wrk -t4 -c4 -d"${BENCH_WARMUP:-5}s" -s "$here/lifecycle.lua" "$url/" -- "$pool" "$client" > /dev/null
    else
      wrk -t2 -c4 -d"${BENCH_WARMUP:-5}s" -s "$here/op.lua" "$url/" -- "$op" "$pool" "$client" > /dev/null
    fi
    for c in $connections; do
      if [ "$op" = Lifecycle ]; then
        t=$c # one connection per wrk thread keeps each lifecycle's five requests in order
        result=$(wrk -t"$t" -c"$c" -d"${seconds}s" -s "$here/lifecycle.lua" "$url/" -- "$pool" "$client" | grep RESULT)
      else
        t=$(( c < 2 ? c : 2 ))
        result=$(wrk -t"$t" -c"$c" -d"${seconds}s" -s "$here/op.lua" "$url/" -- "$op" "$pool" "$client" | grep RESULT)
      fi
      echo "$name $op connections=$c ${result#RESULT }" | tee -a "$out"
    done
    stop_server
  done
}

: > "$out"
{
  echo "# wire benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ): ${seconds}s per run, wrk on the same machine"
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# java: $(java -version 2>&1 | head -1)"
} | tee -a "$out"

bash "$here/startup.sh" "$jar" 5 | tee -a "$out"

run userpool start_userpool

# AdminSetUserPassword at 4 connections without, with 1,000 idle keep-alive connections open, and
# without again, back to back, so that the machine's drift shows beside the idle connections' effect.
start_userpool
read -r pool client < <(prepare "$url")
wrk -t2 -c4 -d"${BENCH_WARMUP:-5}s" -s "$here/op.lua" "$url/" -- AdminSetUserPassword "$pool" "$client" > /dev/null
idle_run() { # LABEL
  local result
  result=$(wrk -t2 -c4 -d"${seconds}s" -s "$here/op.lua" "$url/" -- AdminSetUserPassword "$pool" "$client" | grep RESULT)
  echo "$1 AdminSetUserPassword connections=4 ${result#RESULT }" | tee -a "$out"
}
idle_run userpool-before-idle
python3 "$here/idle.py" 127.0.0.1 "$userpool_port" 1000 &
idle=$!
pids+=($idle)
sleep 5
idle_run userpool+1000idle
kill "$idle" 2>/dev/null || true
sleep 2
idle_run userpool-after-idle
stop_server

if [ "${COGNITO_LOCAL:-}" != skip ]; then
  dir="${COGNITO_LOCAL_DIR:-$(mktemp -d /tmp/cognito-local.XXXXXX)}"  # outside the repository
  [ -x "$dir/node_modules/.bin/cognito-local" ] || (cd "$dir" && npm install --silent --no-audit --no-fund cognito-local > /dev/null 2>&1)
  echo "# cognito-local $(cd "$dir" && node -p 'require("cognito-local/package.json").version')" | tee -a "$out"
  run cognito-local start_cognito_local
fi
echo "figures in $out"
