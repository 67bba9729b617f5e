#!/usr/bin/env bash
# Page benchmark: how many requests a second each page users open most can serve (wrk, saturation), and
# its latency at a fixed rate (hey). See bench/README.md.
#
#   bench/pages.sh                 # 200 demo people with custody history; writes docs/performance.md
#   PEOPLE=2000 bench/pages.sh     # another data set (kept in target/bench, created once)
#
# It builds and starts the application as production runs it (C2 JIT on, a fixed heap, no devtools), on
# the embedded PostgreSQL with demo data, signs in as the demo users, finds the pages to measure from the
# application itself, then for each page: wrk warm-up, wrk measure, hey at a fixed rate. A benchmark, not a
# test: nothing here fails on a slow figure; it fails only when a page does not answer 200.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8099}"
PEOPLE="${PEOPLE:-200}"
HEAP="${HEAP:-512m}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-5}"
JIT_WARMUP="${JIT_WARMUP:-20}" # seconds per page of a first pass over every page, before measuring any
DURATION="${DURATION:-20}"
RATE="${RATE:-100}"
RATE_DURATION="${RATE_DURATION:-10}"
# Seconds of the cheapest page measured again (after the same warm-up as a page) just before each other page, so that
# each page's ratio compares two runs a minute apart instead of up to fifteen minutes apart on a shared machine whose
# speed drifts. It has the page's warm-up and length, so that the two runs differ only in the page they ask for.
PAIRED_DURATION="${PAIRED_DURATION:-$DURATION}"
SESSIONS_PER_USER="${SESSIONS_PER_USER:-16}"
REPORT="${REPORT:-docs/performance.md}"
ONLY="${ONLY:-}" # an extended regular expression: only pages whose name matches, for a quick look
JVM_EXTRA="${JVM_EXTRA:-}" # more JVM options, e.g. a profiler agent (bench/README.md)

work="target/bench"
data="$work/postgres-$PEOPLE"
base="http://localhost:$PORT"
mkdir -p "$work"

for tool in wrk hey curl; do
  if ! command -v "$tool" >/dev/null; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
      echo "Installing wrk and hey (Debian packages)" >&2
      apt-get install -y -qq wrk hey >/dev/null
      break
    fi
    echo "bench/pages.sh needs $tool: apt-get install -y wrk hey curl" >&2
    exit 1
  fi
done

# --- start the application ------------------------------------------------------------------------------
echo "Building and starting Throughcare on port $PORT with $PEOPLE demo people (data in $data)" >&2
jvm="-Xms$HEAP -Xmx$HEAP -XX:+UseG1GC"
setsid env PORT="$PORT" THROUGHCARE_DEMO_PEOPLE="$PEOPLE" \
  THROUGHCARE_DATABASE_EMBEDDED_DATA_DIRECTORY="$data" \
  ./mvnw -q -B spring-boot:run -Dspring-boot.run.optimizedLaunch=false \
  "-Dspring-boot.run.jvmArguments=$jvm $JVM_EXTRA" >"$work/app.log" 2>&1 &
launcher=$!
stop() {
  kill -- -"$launcher" 2>/dev/null || true
  [[ -n "${sampler:-}" ]] && kill "$sampler" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 900); do
  if curl -sf -o /dev/null "$base/actuator/health/readiness"; then break; fi
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "The application stopped; see $work/app.log" >&2
    exit 1
  fi
  sleep 1
done
curl -sf -o /dev/null "$base/actuator/health/readiness" || { echo "Not ready after 15 minutes" >&2; exit 1; }
pid="$(pgrep -f 'org.throughcare.ThroughcareApplication' | head -1)"
postmaster="$(head -1 "$data/postmaster.pid" 2>/dev/null || true)"
# CPU time used so far by the application and its database (the postmaster and its backends), in clock ticks.
# Per request, it is what a page costs whatever else the shared machine is doing, unlike requests a second.
# A backend that exits (the pool retiring a connection) takes its ticks with it from the sum of the live ones; the
# postmaster's own count of its reaped children's ticks (fields 16 and 17) keeps them, so the total only grows.
cpu_ticks() {
  {
    awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true
    if [[ -n "$postmaster" ]]; then
      awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat" 2>/dev/null || true
      for p in $(pgrep -P "$postmaster" || true); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done
    fi
  } | awk '{sum += $1} END {print sum + 0}'
}
ticks_per_second="$(getconf CLK_TCK)"
java_version="$(java -version 2>&1 | head -1)"

# --- sign in ---------------------------------------------------------------------------------------------
sign_in() { # username -> the SESSION cookie of a new signed-in session
  local jar token
  jar="$(mktemp)"
  token="$(curl -s -c "$jar" -b "$jar" "$base/sign-in" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "$base/sign-in"
  awk '$6 == "SESSION" {print $7}' "$jar"
  rm -f "$jar"
}

declare -A sessions
for user in custody liaison probation treatment manager; do
  file="$work/sessions-$user"
  : >"$file"
  for _ in $(seq "$SESSIONS_PER_USER"); do sign_in "$user" >>"$file"; done
  sessions[$user]="$file"
done
get() { # user path -> body; fails unless the page answers 200 to that user
  local cookie status body
  cookie="SESSION=$(head -1 "${sessions[$1]}")"
  body="$(curl -s -H "Cookie: $cookie" -w '\n%{http_code}' "$base$2")"
  status="${body##*$'\n'}"
  if [[ "$status" != 200 ]]; then
    echo "$2 answered $status to $1" >&2
    exit 1
  fi
  printf '%s' "${body%$'\n'*}"
}

# --- find the pages from the application itself ---------------------------------------------------------
# The person with the longest custody history on the first page of the custody worker's caseload (counted on
# their custody section's own page: the person page shows a summary), one of their tests, and their case.
person_id=""
event_id=""
case_id=""
most=-1
for id in $(get custody /caseload | grep -o 'href="/people/[0-9]*"' | grep -o '[0-9]*' | sort -u); do
  page="$(get custody "/people/$id")"
  events="$(get custody "/people/$id/custody" | grep -o 'href="/custody/events/[0-9]*"' | grep -o '[0-9]*' || true)"
  count="$(grep -c . <<<"$events" || true)"
  if ((count > most)); then
    most=$count
    person_id=$id
    event_id="$(head -1 <<<"$events")"
    case_id="$(grep -o 'href="/cases/[0-9]*"' <<<"$page" | head -1 | grep -o '[0-9]*' || true)"
  fi
done
if [[ -z "$case_id" || -z "$person_id" || -z "$event_id" ]]; then
  echo "Could not find a person with a case and a custody event in the demo data" >&2
  exit 1
fi
# The first order on the probation officer's caseload (sorted by end date) that has a court review (a DRR's).
order_id=""
review_id=""
for id in $(get probation /probation | grep -o 'href="/orders/[0-9]*"' | grep -o '[0-9]*'); do
  review_id="$(get probation "/orders/$id" | grep -o 'href="/reviews/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)"
  if [[ -n "$review_id" ]]; then
    order_id=$id
    break
  fi
done
if [[ -z "$order_id" || -z "$review_id" ]]; then
  echo "Could not find an order with a court review in the demo data" >&2
  exit 1
fi

# name|user|path: baselines first, then the pages users open most.
pages=(
  "static file|custody|/css/application.css"
  "find a person (form only: cheapest signed-in page)|custody|/people"
  "person page ($most custody events)|custody|/people/$person_id"
  "their custody history in full|custody|/people/$person_id/custody"
  "search with results|custody|/people?q=an"
  "custody worklist|custody|/custody"
  "my caseload|custody|/caseload"
  "a case|custody|/cases/$case_id"
  "a custody test|custody|/custody/events/$event_id"
  "pathway timeline|custody|/people/$person_id/timeline"
  "referral lists|treatment|/referrals?list=in-progress"
  "Liaison and Diversion home|liaison|/liaison"
  "probation home (caseload)|probation|/probation"
  "an order|probation|/orders/$order_id"
  "a court review's progress report|probation|/reviews/$review_id"
  "treatment home|treatment|/treatment"
  "manager home|manager|/manager"
)

# --- measure ----------------------------------------------------------------------------------------------
# A first pass over every page lets the JIT compile the code they share, so the first page measured is not
# measured against the compiler (C2 takes most of a core for the first minute under load).
for entry in "${pages[@]}"; do
  IFS='|' read -r name user path <<<"$entry"
  if [[ -n "$ONLY" ]] && ! grep -qE "$ONLY" <<<"$name"; then continue; fi
  SESSIONS="${sessions[$user]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${JIT_WARMUP}s" -s bench/sessions.lua "$base$path" >/dev/null
done

jstat -gc "$pid" 1000 >"$work/heap.log" 2>/dev/null &
sampler=$!

# One saturation run: "requests/s CPU-ms-a-request" on stdout; stops the benchmark on any answer but 200.
saturate() { # user path seconds
  export SESSIONS="${sessions[$1]}"
  local before after out requests
  before="$(cpu_ticks)"
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" -s bench/sessions.lua "$base$2")"
  after="$(cpu_ticks)"
  if grep -q "Non-2xx" <<<"$out"; then
    echo "$2: $(grep 'Non-2xx' <<<"$out")" >&2
    exit 1
  fi
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  awk -v rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")" -v t="$((after - before))" -v hz="$ticks_per_second" \
    -v n="$requests" 'BEGIN {printf "%.0f %.2f\n", rps, (n > 0 ? t * 1000 / hz / n : 0)}'
}

rows=()
for entry in "${pages[@]}"; do
  IFS='|' read -r name user path <<<"$entry"
  if [[ -n "$ONLY" ]] && ! grep -qE "$ONLY" <<<"$name"; then continue; fi
  get "$user" "$path" >/dev/null
  paired_rps=""
  paired_cpu=""
  if [[ "$name" != find\ a\ person* ]]; then
    SESSIONS="${sessions[custody]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/sessions.lua "$base/people" >/dev/null
    read -r paired_rps paired_cpu < <(saturate custody /people "$PAIRED_DURATION")
    [[ -n "$paired_rps" ]] || exit 1 # saturate ran in a subshell: its exit stops nothing by itself
  fi
  export SESSIONS="${sessions[$user]}"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/sessions.lua "$base$path" >/dev/null
  read -r rps cpu_ms < <(saturate "$user" "$path" "$DURATION")
  [[ -n "$rps" ]] || exit 1
  if [[ "$name" == find\ a\ person* ]]; then
    paired_rps="$rps"
    paired_cpu="$cpu_ms"
  fi
  cookie="SESSION=$(head -1 "${sessions[$user]}")"
  hey_out="$(hey -z "${RATE_DURATION}s" -c 10 -q $((RATE / 10)) -H "Cookie: $cookie" "$base$path")"
  if awk '/Status code distribution/ {f = 1; next} f && /\[/ {print $1} /Error distribution/ {print "error"}' <<<"$hey_out" \
    | grep -qv '^\[200\]$'; then
    echo "$path: hey saw a status other than 200" >&2
    exit 1
  fi
  p50="$(awk '/ 50% in/ {printf "%.1f", $3*1000}' <<<"$hey_out")"
  p95="$(awk '/ 95% in/ {printf "%.1f", $3*1000}' <<<"$hey_out")"
  p99="$(awk '/ 99% in/ {printf "%.1f", $3*1000}' <<<"$hey_out")"
  rows+=("$name|$path|$rps|$cpu_ms|$paired_rps|$paired_cpu|$p50|$p95|$p99")
  printf '%-55s %7s req/s %6s CPU ms (cheapest just before: %5s req/s %5s CPU ms)   p50 %6s ms   p95 %6s ms\n' \
    "$name" "$rps" "$cpu_ms" "${paired_rps:-–}" "${paired_cpu:-–}" "$p50" "$p95" >&2
done
kill "$sampler" 2>/dev/null || true
sampler=""

# Heap used (survivors + eden + old) at its highest during the run, from jstat -gc.
heap_mib="$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
  END { printf "%.0f", max / 1024 }' "$work/heap.log")"

# --- report -----------------------------------------------------------------------------------------------
table="$work/table.md"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$java_version, JVM \`$jvm\` (C2 on), $PEOPLE demo people with custody history. Command:"
  echo "\`PEOPLE=$PEOPLE bench/pages.sh\` (a ${JIT_WARMUP} s pass over every page first; then per page wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up then ${DURATION} s, over $SESSIONS_PER_USER sessions a user;"
  echo "hey at $RATE requests/s for ${RATE_DURATION} s on one session). Highest heap in use during the run: **$heap_mib MiB** of $HEAP."
  echo
  echo "CPU ms is the application's and PostgreSQL's CPU time per request during the wrk run. Each page's ratios compare it"
  echo "with the cheapest signed-in page measured again (${WARMUP} s warm-up, then ${PAIRED_DURATION} s) just before it, so that the machine's drift over the run"
  echo "does not enter them; the ratio by CPU (cheapest's CPU ms ÷ the page's) moves least with other work on a shared machine."
  echo
  echo "| page | path | requests/s | × cheapest | CPU ms a request | × cheapest by CPU | p50 ms at $RATE/s | p95 ms | p99 ms |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${rows[@]}"; do
    IFS='|' read -r name path rps cpu_ms paired_rps paired_cpu p50 p95 p99 <<<"$row"
    ratio="–"
    cpu_ratio="–"
    if [[ -n "$paired_rps" && "$paired_rps" -gt 0 ]]; then
      ratio="$(awk -v a="$rps" -v b="$paired_rps" 'BEGIN {printf "%.2f", a / b}')"
      cpu_ratio="$(awk -v a="$cpu_ms" -v b="$paired_cpu" 'BEGIN {printf "%.2f", (a > 0 ? b / a : 0)}')"
    fi
    echo "| $name | \`$(sed -E 's#/[0-9]+(/|$)#/{id}\1#g' <<<"$path")\` | $rps | $ratio | $cpu_ms | $cpu_ratio | $p50 | $p95 | $p99 |"
  done
} >"$table"
cat "$table"

# The table goes between the markers in the report, leaving the written analysis around it alone.
if [[ -z "$ONLY" && -f "$REPORT" ]] && grep -q '<!-- bench:start -->' "$REPORT"; then
  awk -v table="$table" '
    /<!-- bench:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip { print }' "$REPORT" >"$REPORT.new" && mv "$REPORT.new" "$REPORT"
  echo "Written to $REPORT" >&2
fi
