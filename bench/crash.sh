#!/usr/bin/env bash
# The crash test at full size, by hand: 8 clients send 10,000 signatures while the server is
# killed with SIGKILL every 0.5–3 s and restarted; afterwards every acknowledged signature must
# be present exactly once and SQLite's integrity check must pass. Then the same on PostgreSQL
# when a URL is given (a database the test may connect to in order to create and drop a fresh
# one beside it, e.g. postgres://postgres@127.0.0.1:5432/test).
#
#   bench/crash.sh [signatures, default 10000] [PostgreSQL URL, default $TADAMUN_TEST_POSTGRES_URL]
#
# `cargo test` (and .ci/run) runs the same test in a short form; see tests/crash.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
signatures="${1:-10000}"
pg_url="${2:-${TADAMUN_TEST_POSTGRES_URL:-}}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tadamun-target}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

env_args=(TADAMUN_CRASH_SIGNATURES="$signatures")
if [ -n "$pg_url" ]; then
  env_args+=(TADAMUN_TEST_POSTGRES_URL="$pg_url")
else
  unset TADAMUN_TEST_POSTGRES_URL
fi
echo "crash: $signatures signatures, 8 clients, SIGKILL every 0.5-3 s (SQLite${pg_url:+, then PostgreSQL})" >&2
status=0
env "${env_args[@]}" cargo test --quiet --test crash -- --nocapture --test-threads 1 >"$out" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  cat "$out" >&2
  echo "crash: FAILED" >&2
  exit "$status"
fi
python3 - "$out" <<'PY'
import sys
rows = []
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if line.startswith("crash: backend="):
        rows.append(dict(kv.split("=", 1) for kv in line.split()[1:]))
print("| backend  | signatures | kills | acknowledged | found | exactly once | failed requests retried | committed but unanswered | integrity_check | seconds |")
print("|----------|-----------:|------:|-------------:|------:|--------------|------------------------:|-------------------------:|-----------------|--------:|")
for r in rows:
    print(f"| {r['backend']:8} | {r['signatures']:>10} | {r['kills']:>5} | {r['acknowledged']:>12} | {r['found']:>5} | {r['exactly_once']:12} | {r['failed_requests']:>23} | {r['unanswered_commits']:>24} | {r['integrity_check']:15} | {r['seconds']:>7} |")
if not rows:
    sys.exit("crash: the test printed no summary")
PY
