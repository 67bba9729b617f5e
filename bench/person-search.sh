#!/usr/bin/env bash
# Times person searches against a running Throughcare, end to end (HTTP, security, SQL, rendering).
#
#   THROUGHCARE_DEMO_PEOPLE=250000 ./mvnw spring-boot:run      # once: records 250,000 synthetic people
#   bench/person-search.sh [base-url] [runs]                   # then, while it runs
#
# Signs in as the demo custody worker, warms up, then runs each kind of search RUNS times and prints
# the median and 95th percentile in milliseconds. Only talks to the given base URL (default localhost).
set -euo pipefail

base="${1:-http://localhost:8080}"
runs="${2:-30}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

if ! curl -s -o /dev/null "$base/sign-in"; then
  echo "Throughcare is not answering at $base: start it first (see the top of this script)" >&2
  exit 1
fi
token="$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | csrf)"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=custody" --data-urlencode "password=demo" \
     --data-urlencode "_csrf=$token" "$base/sign-in"
page="$(curl -s -b "$jar" "$base/people")"
if [[ "$page" != *"Find a person"* ]]; then
  echo "Could not sign in as the demo custody worker at $base" >&2
  exit 1
fi

# Queries: a common surname fragment, an accented name typed without accents, given + family name,
# a date of birth, and identifiers (the demo generator derives them from the person's index).
queries=(
  "partial name|q=sutcl"
  "accents ignored|q=zoe+bronte"
  "given and family name|q=jade+holroyd"
  "alias or part of a word|q=ckles"
  "name and date of birth|q=rhodes&dob.day=1&dob.month=6&dob.year=1990"
  "date of birth only|dob.day=12&dob.month=3&dob.year=1985"
  "CRN|q=A123456"
  "custody record number|q=13WY00123456"
  "page 5 of a common name|q=lee&page=5"
)

printf '%-28s %10s %10s %8s\n' "search" "median ms" "p95 ms" "results"
for entry in "${queries[@]}"; do
  label="${entry%%|*}"
  query="${entry#*|}"
  for _ in 1 2 3; do curl -s -o /dev/null -b "$jar" "$base/people?$query"; done
  times=()
  for _ in $(seq "$runs"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" "$base/people?$query")")
  done
  body="$(curl -s -b "$jar" "$base/people?$query")"
  results="$(grep -o 'of [0-9,]* result' <<<"$body" | head -1 | grep -o '[0-9,]*' || true)"
  sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
  median="$(echo "$sorted" | awk -v n="$runs" 'NR==int((n+1)/2) {printf "%.1f", $1*1000}')"
  p95="$(echo "$sorted" | awk -v n="$runs" 'NR==int(n*0.95+0.5) {printf "%.1f", $1*1000}')"
  printf '%-28s %10s %10s %8s\n' "$label" "$median" "$p95" "${results:-0}"
done
