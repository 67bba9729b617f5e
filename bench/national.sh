#!/usr/bin/env bash
# Page benchmark at national scale (issue 12): 250,000 people, 1,000,000 custody events, 100,000 orders and
# 2,000,000 appointments, loaded in bulk with bench/national-data.sql, then the pages real users hit measured as
# bench/pages.sh measures them. See bench/README.md.
#
#   bench/national.sh                  # load once (kept in target/bench/postgres-national), measure, write the table
#   ONLY='search|person' bench/national.sh   # a quick look at some pages; writes nothing
#
# The first run starts the application on a fresh embedded data directory in demo mode with a few demo people (so
# Flyway runs and the demo users, teams and reference data exist), then loads the national data with psql into that
# running server and times it. Later runs reuse the data set. Nothing here fails on a slow figure; it fails only when
# a page does not answer 200.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8199}"
DB_PORT="${DB_PORT:-55499}"
DEMO_PEOPLE="${DEMO_PEOPLE:-20}"
HEAP="${HEAP:-512m}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-5}"
JIT_WARMUP="${JIT_WARMUP:-10}"
DURATION="${DURATION:-20}"
RATE="${RATE:-100}"
RATE_DURATION="${RATE_DURATION:-10}"
SESSIONS_PER_USER="${SESSIONS_PER_USER:-16}"
REPORT="${REPORT:-docs/performance.md}"
ONLY="${ONLY:-}"
SLOW_MS="${SLOW_MS:-1000}" # a page slower than this alone is measured sequentially, not under load
SEQUENTIAL="${SEQUENTIAL:-10}"
LOAD_ARGS="${LOAD_ARGS:-}" # e.g. "-v people=25000 -v events=100000 -v orders=10000 -v appointments=200000"

work="target/bench"
data="$work/postgres-national${DATA_SUFFIX:-}"
marker="$data/national-data-loaded"
base="http://localhost:$PORT"
mkdir -p "$work"

for tool in wrk hey curl psql; do
  command -v "$tool" >/dev/null || { echo "bench/national.sh needs $tool (apt-get install -y wrk hey curl postgresql-client)" >&2; exit 1; }
done
if curl -s -o /dev/null "$base/" 2>/dev/null; then
  echo "Something already answers on port $PORT; set PORT" >&2
  exit 1
fi

# A data directory without the marker is from a load that did not finish: start again from nothing.
if [[ -d "$data" && ! -f "$marker" ]]; then
  echo "Removing $data: its national load did not finish" >&2
  rm -rf "$data"
fi

# --- start the application ------------------------------------------------------------------------------------
# Plain java on the compiled classes and the runtime classpath (what spring-boot:run does, with C2 on), from an
# argument file: the application is then not named on its command line.
echo "Building (offline) and starting Throughcare on port $PORT, embedded PostgreSQL on $DB_PORT, data in $data" >&2
./mvnw -o -q -B compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime
jvm="-Xms$HEAP -Xmx$HEAP -XX:+UseG1GC"
{
  tr ' ' '\n' <<<"$jvm"
  printf -- '-cp\ntarget/classes:%s\norg.throughcare.ThroughcareApplication\n' "$(cat "$work/classpath.txt")"
} >"$work/national-app.args"
setsid env PORT="$PORT" THROUGHCARE_DEMO_PEOPLE="$DEMO_PEOPLE" \
  THROUGHCARE_DATABASE_EMBEDDED_DATA_DIRECTORY="$data" THROUGHCARE_DATABASE_EMBEDDED_PORT="$DB_PORT" \
  java @"$work/national-app.args" >"$work/national-app.log" 2>&1 &
app=$!
stop() {
  kill "$app" 2>/dev/null || true
  [[ -n "${sampler:-}" ]] && kill "$sampler" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 900); do
  if curl -sf -o /dev/null "$base/actuator/health/readiness"; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "The application stopped; see $work/national-app.log" >&2
    exit 1
  fi
  sleep 1
done
curl -sf -o /dev/null "$base/actuator/health/readiness" || { echo "Not ready after 15 minutes" >&2; exit 1; }
java_version="$(java -version 2>&1 | head -1)"

# psql as the superuser of the embedded server (its password is kept in the data directory).
PGPASSWORD="$(sed -n 's/^superuser=//p' "$data/throughcare-credentials.properties")"
export PGPASSWORD
sql() { psql -h localhost -p "$DB_PORT" -U postgres -d throughcare -X -q -v ON_ERROR_STOP=1 "$@"; }

# --- load the national data, once --------------------------------------------------------------------------------
if [[ ! -f "$marker" ]]; then
  # A bulk load writes a lot of WAL: fewer checkpoints (each followed by full-page images). Durability settings
  # (fsync, synchronous_commit, full_page_writes) stay as the application sets them.
  sql -c "alter system set max_wal_size = '8GB'" -c "alter system set checkpoint_timeout = '30min'" \
    -c "select pg_reload_conf()" >/dev/null
  echo "Loading the national data set (the parts of bench/national-data.sql, custody and court orders side by side)" >&2
  start=$(date +%s.%N)
  # Each part is one transaction. The custody part and the court order part each take about a third of the load and
  # write different tables, so they run at once in two sessions, one per core (as pg_restore -j does).
  part() { # shellcheck disable=SC2086
    sql $LOAD_ARGS -1 -f "bench/national/$1.sql" >"$work/national-load-$1.log" 2>&1 || { cat "$work/national-load-$1.log" >&2; return 1; }
  }
  part 1-people
  part 2-custody &
  custody=$!
  part 3-orders &
  orders=$!
  custody_ok=0 orders_ok=0
  wait "$custody" || custody_ok=$?
  wait "$orders" || orders_ok=$?
  if ((custody_ok != 0 || orders_ok != 0)); then echo "The national load failed" >&2; exit 1; fi
  part 4-treatment-and-cases
  sql -f bench/national/counts.sql >"$work/national-load.log"
  load_seconds="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.0f", e - s}')"
  sql -c "alter system reset max_wal_size" -c "alter system reset checkpoint_timeout" -c "select pg_reload_conf()" >/dev/null
  {
    printf 'load_seconds=%q\n' "$load_seconds"
    printf 'loaded_at=%q\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'load_load_average=%q\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
  } >"$marker"
  tail -16 "$work/national-load.log" >&2
  echo "Loaded in $load_seconds s" >&2
fi
# shellcheck disable=SC1090
source "$marker"
# The custody and compliance dashboards sum day summaries the application recounts every 5 minutes: recount them now
# over the loaded data, and time it (the recount's cost is what the summaries trade for fast pages).
start=$(date +%s.%N)
sql -c "select refresh_dashboard_summaries()" >/dev/null
summary_seconds="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')"
echo "Dashboard day summaries recounted in $summary_seconds s" >&2
counts="$(sql -At -F' ' -c "select (select count(*) from person), (select count(*) from custody_event),
  (select count(*) from court_order), (select count(*) from appointment)")"
read -r n_people n_events n_orders n_appointments <<<"$counts"

# --- sign in ---------------------------------------------------------------------------------------------------
sign_in() {
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
  file="$work/national-sessions-$user"
  : >"$file"
  for _ in $(seq "$SESSIONS_PER_USER"); do sign_in "$user" >>"$file"; done
  sessions[$user]="$file"
done
get() {
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

# --- the pages -----------------------------------------------------------------------------------------------
# The person page and timeline of someone with a long record: the most custody events among people on an open order
# with appointments (their page has every section full). Chosen in SQL: no page lists 250,000 people to pick from.
read -r person_id person_events <<<"$(sql -At -F' ' -c "
  select e.person_id, count(*) from custody_event e
  where e.person_id in (select person_id from court_order where ended_on is null)
  group by e.person_id order by count(*) desc, e.person_id limit 1")"
# A search by a common family name (hundreds of matches, one page of results) and by a full name (a few).
family="$(sql -At -c "select family_name from person group by family_name order by count(*) desc limit 1")"
full="$(sql -At -c "select given_name || ' ' || family_name from person where id = $person_id")"
full_q="$(sed 's/ /+/g' <<<"$full")"
get custody "/people?q=$full_q" | grep -q "/people/$person_id\"" || { echo "Search for '$full' does not find person $person_id" >&2; exit 1; }

pages=(
  "find a person (form only: cheapest signed-in page)|custody|/people"
  "search by family name ($family)|custody|/people?q=$family"
  "search by full name|custody|/people?q=$full_q"
  "person page ($person_events custody events, an open order)|custody|/people/$person_id"
  "pathway timeline|custody|/people/$person_id/timeline"
  "probation caseload|probation|/probation"
  "custody worklist|custody|/custody"
  "Liaison and Diversion home|liaison|/liaison"
  "treatment home|treatment|/treatment"
)
# Every dashboard the manager's home page links to (a new dashboard at /dashboard/<slug> is measured without a change here).
for slug in $(get manager /manager | grep -o 'href="/dashboard/[a-z0-9-]*"' | sed 's#.*/dashboard/##; s/"$//' | sort -u); do
  pages+=("dashboard: $slug|manager|/dashboard/$slug")
done

# --- measure (as bench/pages.sh) ------------------------------------------------------------------------------
for entry in "${pages[@]}"; do
  IFS='|' read -r name user path <<<"$entry"
  if [[ -n "$ONLY" ]] && ! grep -qE "$ONLY" <<<"$name"; then continue; fi
  ms="$(curl -s -o /dev/null -H "Cookie: SESSION=$(head -1 "${sessions[$user]}")" -w '%{time_total}' "$base$path" | awk '{printf "%.0f", $1 * 1000}')"
  ((ms > SLOW_MS)) && continue
  SESSIONS="${sessions[$user]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${JIT_WARMUP}s" -s bench/sessions.lua "$base$path" >/dev/null
done

pid="$app"
jstat -gc "$pid" 1000 >"$work/national-heap.log" 2>/dev/null &
sampler=$!
load_before="$(cut -d' ' -f1 /proc/loadavg)"

rows=()
cheapest=""
for entry in "${pages[@]}"; do
  IFS='|' read -r name user path <<<"$entry"
  if [[ -n "$ONLY" ]] && ! grep -qE "$ONLY" <<<"$name"; then continue; fi
  get "$user" "$path" >/dev/null
  # A page slower than SLOW_MS alone would only queue up under wrk's 32 connections and hey's 100 a second (and the
  # pool would time out): it is measured with one user instead, SEQUENTIAL requests one after another.
  # First, alone: SEQUENTIAL requests one after another on one session (the page's own cost, least disturbed by
  # what else the machine runs).
  cookie="SESSION=$(head -1 "${sessions[$user]}")"
  times="$(for _ in $(seq "$SEQUENTIAL"); do
    curl -s -o /dev/null -H "Cookie: $cookie" -w '%{time_total}\n' "$base$path"; done | sort -n)"
  alone="$(awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] * 1000}' <<<"$times")"
  if awk -v a="$alone" -v s="$SLOW_MS" 'BEGIN {exit !(a > s)}'; then
    p50="$alone"
    p95="$(awk '{a[NR] = $1} END {i = int(NR * 0.95 + 0.999); printf "%.1f", a[i] * 1000}' <<<"$times")"
    p99="$(awk '{a[NR] = $1} END {printf "%.1f", a[NR] * 1000}' <<<"$times")"
    rps="$(awk -v m="$p50" 'BEGIN {printf "%.1f", 1000 / m}')"
    rows+=("$name (alone only: slower than $SLOW_MS ms)|$path|$rps|$alone|–|–|–|–")
    printf '%-55s alone p50 %7s ms p95 %7s ms (not measured under load)\n' "$name" "$p50" "$p95" >&2
    continue
  fi
  export SESSIONS="${sessions[$user]}"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/sessions.lua "$base$path" >/dev/null
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s bench/sessions.lua "$base$path")"
  # At this scale a slow page under 32 connections can exhaust the connection pool (503 after 3 s): counted and
  # reported, not fatal, and left out of requests/s.
  non2xx="$(awk '/Non-2xx/ {n += $NF} END {print n + 0}' <<<"$out")"
  timeouts="$(awk '/Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")"
  total="$(awk '/requests in/ {print $1}' <<<"$out")"
  errors="$non2xx failed + $timeouts timed out"
  rps="$(awk -v e="$non2xx" -v d="$DURATION" '/Requests\/sec/ {r = $2 - e / d; printf "%.0f", r < 0 ? 0 : r}' <<<"$out")"
  [[ "$name" == find\ a\ person* ]] && cheapest="$rps"
  cookie="SESSION=$(head -1 "${sessions[$user]}")"
  hey_out="$(hey -z "${RATE_DURATION}s" -c 10 -q $((RATE / 10)) -H "Cookie: $cookie" "$base$path")"
  hey_errors="$(awk '/Status code distribution/ {f = 1; next} /Error distribution/ {f = 0; e = 1}
    f && /\[/ && $1 != "[200]" {n += $2} e && /\[/ {n += substr($1, 2) + 0} END {print n + 0}' <<<"$hey_out")"
  p50="$(awk '/ 50% in/ {printf "%.1f", $3*1000}' <<<"$hey_out")"
  p95="$(awk '/ 95% in/ {printf "%.1f", $3*1000}' <<<"$hey_out")"
  p99="$(awk '/ 99% in/ {printf "%.1f", $3*1000}' <<<"$hey_out")"
  rows+=("$name|$path|$rps|$alone|$p50|$p95|$p99|$errors of $total, $hey_errors")
  printf '%-55s %7s req/s   p50 %7s ms   p95 %7s ms   errors %s of %s, %s\n' "$name" "$rps" "$p50" "$p95" "$errors" "$total" "$hey_errors" >&2
done
kill "$sampler" 2>/dev/null || true
sampler=""
load_after="$(cut -d' ' -f1 /proc/loadavg)"
heap_mib="$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
  END { printf "%.0f", max / 1024 }' "$work/national-heap.log")"

# --- report ----------------------------------------------------------------------------------------------------
table="$work/national-table.md"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$java_version, JVM \`$jvm\` (C2 on), embedded PostgreSQL 17. Data: $n_people people, $n_events custody events,"
  echo "$n_orders court orders, $n_appointments appointments, loaded by \`bench/national-data.sql\` in **${load_seconds} s**"
  echo "($loaded_at, load average $load_load_average during the load). Command: \`bench/national.sh\` (a ${JIT_WARMUP} s pass over every page first; then per page"
  echo "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up then ${DURATION} s, over $SESSIONS_PER_USER sessions a user; hey at $RATE requests/s for ${RATE_DURATION} s"
  echo "on one session). Load average $load_before before the measurements, $load_after after. Highest heap in use: **$heap_mib MiB** of $HEAP. Dashboard day summaries recounted in **${summary_seconds} s** (every 5 minutes in the application)."
  echo
  echo "| page | path | requests/s | × cheapest | alone p50 ms | p50 ms at $RATE/s | p95 ms | p99 ms | wrk: failed + timed out (> 2 s) of answered; hey: failed |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${rows[@]}"; do
    IFS='|' read -r name path rps alone p50 p95 p99 failed <<<"$row"
    ratio="–"
    if [[ -n "$cheapest" && "$cheapest" != 0 ]]; then ratio="$(awk -v a="$rps" -v b="$cheapest" 'BEGIN {printf "%.2f", a / b}')"; fi
    echo "| $name | \`$(sed -E 's#/[0-9]+(/|$)#/{id}\1#g; s#q=[^&]*#q=…#' <<<"$path")\` | $rps | $ratio | $alone | $p50 | $p95 | $p99 | $failed |"
  done
} >"$table"
cat "$table"

if [[ -z "$ONLY" && -f "$REPORT" ]] && grep -q '<!-- national:start -->' "$REPORT"; then
  awk -v table="$table" '
    /<!-- national:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- national:end -->/ { skip = 0 }
    !skip { print }' "$REPORT" >"$REPORT.new" && mv "$REPORT.new" "$REPORT"
  echo "Written to $REPORT" >&2
fi
