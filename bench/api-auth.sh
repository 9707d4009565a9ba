#!/usr/bin/env bash
# Requests per second of POST /api/score with a personal API token (Bearer, one SHA-256 and
# one indexed lookup per request) against HTTP Basic (one bcrypt per request).
# Needs wrk (apt-get install wrk) and the application running at BASE.
# Usage: BASE=http://localhost:8080 USER=admin PASSWORD=… bench/api-auth.sh [duration] [connections]
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
USER=${USER:?set USER}
PASSWORD=${PASSWORD:?set PASSWORD}
DURATION=${1:-20s}
CONNECTIONS=${2:-8}
cd "$(dirname "$0")/.."
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

# Sign in on the page and create a token on the token page, as a person would.
token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$token" "$BASE/login"
token=$(curl -s -c "$jar" -b "$jar" "$BASE/account/tokens" | csrf)
secret=$(curl -s -L -c "$jar" -b "$jar" --data-urlencode "name=benchmark $(date -u +%FT%TZ)" \
  --data-urlencode "_csrf=$token" "$BASE/account/tokens" | sed -n 's/.*id="new-token"[^>]*>\(pe_[^<]*\)<.*/\1/p')
[ -n "$secret" ] || { echo "could not create a token" >&2; exit 1; }

basic="Basic $(printf '%s:%s' "$USER" "$PASSWORD" | base64 -w0)"
for round in warm-up measured; do
  for auth in "Bearer $secret" "$basic"; do
    echo "== $round: ${auth%% *} (wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 30s)"
    AUTH="$auth" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s bench/score.lua "$BASE/api/score" \
      | grep -E 'Requests/sec|Latency|requests in|non-2xx'
  done
done
