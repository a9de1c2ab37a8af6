#!/usr/bin/env bash
# W1: signature intake end to end over HTTP (GET-issued form token, POST of the sign form, 303
# only once the signature has committed durably). Prints one table with every figure beside its
# goal; a missed goal reads MISSED there, and the script still exits 0 (non-zero = an error).
#
#   bench/w1.sh [seconds per run, default 10] [connections, default 64] [PostgreSQL URL | none]
#
# Goals (from the issue):
#   - SQLite (WAL, synchronous = FULL), through the group-commit writer: >= 10,000 signatures/s
#     over HTTP, printed beside a raw one-row-per-commit insert of the same row in the same run;
#   - PostgreSQL: >= 0.5 x pgbench's single-row insert rate at the same client count;
#   - p99 < 20 ms with signatures offered at a fixed 5,000/s;
#   - the petition page's requests/s drop by at most 30% while W1 runs.
#
# What runs: the release server (`--workers 0 --form-min-seconds 0 --sign-per-minute 0 --log
# warn`, so intake alone is measured), wrk with bench/w1/sign.lua for the closed-loop intake
# rate (every request carries its own pre-fetched form token and email), and bench/w1/'s helper
# for the tokens, the fixed-rate latency run (open loop, latency from when each request was due)
# and the raw SQLite yardstick; a diagnosis row runs the server's signature intake (batches per
# transaction) without HTTP, to tell HTTP costs from database costs. PostgreSQL runs when
# the third argument names a database the script may connect to in order to create and drop a
# fresh one (default: $TADAMUN_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/postgres
# if it answers); `none` skips it.
# The load generators share the machine's cores with the server: the figures say so.
# Loopback only; every process and temporary file is gone when the script ends.
#
# Needs: wrk (apt-get install wrk), curl, python3; for PostgreSQL: psql, pgbench, pg_isready.
# Tunables: W1_RATE (the fixed rate, default 5000), W1_MAX_RATE (tokens fetched per second of a
# closed-loop run, default 20000), W1_PAGE_CONNECTIONS (default 32).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
conns="${2:-64}"
pg_arg="${3:-}"
fixed_rate="${W1_RATE:-5000}"
max_rate="${W1_MAX_RATE:-20000}"
page_conns="${W1_PAGE_CONNECTIONS:-32}"
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "w1: $tool is missing (apt-get install wrk curl python3)" >&2; exit 1; }
done

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tadamun-target}"
echo "w1: building (release)..." >&2
cargo build --release --quiet
# The helper is a package of its own; tadamun's lock file keeps it on the same versions.
cp Cargo.lock bench/w1/Cargo.lock
cargo build --release --quiet --manifest-path bench/w1/Cargo.toml
bin="$CARGO_TARGET_DIR/release/tadamun"
w1="$CARGO_TARGET_DIR/release/tadamun-w1"
lua="$PWD/bench/w1/sign.lua"

# PostgreSQL: which server, and may we use it?
pg_admin=""
if [ "$pg_arg" != "none" ]; then
  candidate="${pg_arg:-${TADAMUN_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}}"
  if command -v psql >/dev/null && command -v pgbench >/dev/null && psql "$candidate" -Atqc "SELECT 1" >/dev/null 2>&1; then
    pg_admin="$candidate"
  elif [ -n "$pg_arg" ]; then
    echo "w1: cannot use PostgreSQL at $pg_arg (psql, pgbench and a reachable server are needed)" >&2
    exit 1
  fi
fi

# On the real disk, not a tmpfs: the fsyncs must be real.
work="$(mktemp -d "${TMPDIR:-/var/tmp}/tadamun-w1.XXXXXX")"
pids=()
pg_db=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$pg_db" ]; then psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
  rm -f bench/w1/Cargo.lock
}
trap cleanup EXIT
results="$work/results"
: >"$results"
put() { echo "$1=$2" >>"$results"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
page_path="/en/c/defend-idlib/p/open-the-borders"
server_pid=""
base=""
start_server() { # name database-url
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  "$bin" --data-dir "$work/$1" --database-url "$2" serve --listen "127.0.0.1:$port" --demo true \
    --form-min-seconds 0 --sign-per-minute 0 --workers 0 --log warn >"$work/$1.out" 2>"$work/$1.log" &
  server_pid=$!
  pids+=("$server_pid")
  for _ in $(seq 1 200); do curl -sf "$base$page_path" -o /dev/null && return 0; sleep 0.1; done
  echo "w1: the server ($1) did not start:" >&2
  cat "$work/$1.log" >&2
  exit 1
}
stop_server() {
  kill "$server_pid"
  wait "$server_pid" || true
  if grep -q "ERROR\|panicked" "$work/$1.log"; then
    echo "w1: the server ($1) logged errors:" >&2
    grep -m 20 "ERROR\|panicked" "$work/$1.log" >&2
    put "$1_errors" "$(grep -c "ERROR\|panicked" "$work/$1.log")"
  fi
}
fetch_tokens() { # count file
  "$w1" tokens "$base" "$page_path" "$1" "$2" 16 >"$2.info"
}
# wrk output -> "requests_per_s total_requests p50 p99 bad"
wrk_figures() {
  local rps total p50 p99 bad
  rps=$(awk '/^Requests\/sec/ {print $2}' "$1")
  total=$(awk '/requests in/ {print $1}' "$1")
  p50=$(awk '$1=="50%" {print $2}' "$1")
  p99=$(awk '$1=="99%" {print $2}' "$1")
  bad=$(awk '/Non-2xx or 3xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' "$1")
  echo "${rps:-0} ${total:-0} ${p50:-?} ${p99:-?} $bad"
}
sign_wrk() { # threads connections tokens-file prefix out
  wrk -t"$1" -c"$2" -d"${secs}s" --latency -s "$lua" "$base$page_path/sign" -- "$3" "$1" "$4" >"$5"
}
page_wrk() { # out
  wrk -t1 -c"$page_conns" -d"${secs}s" --latency "$base$page_path" >"$1"
}
rate_run() { # tokens-file prefix out
  "$w1" rate "$base" "$page_path/sign" "$1" "$fixed_rate" "$secs" "$conns" "$2" >"$3"
}
kv() { # file key -> value from a "name: k=v k=v" line
  tr ' ' '\n' <"$1" | sed -n "s/^$2=//p" | head -1
}
closed_tokens=$((max_rate * secs))
fixed_tokens=$((fixed_rate * secs + fixed_rate))

echo "w1: SQLite: raw one-row-per-commit yardstick (${secs}s)..." >&2
"$w1" raw "sqlite:$work/raw/raw.sqlite3" "$secs" >"$work/raw.txt"
put sqlite_raw "$(kv "$work/raw.txt" per_second)"
echo "w1: SQLite: the sign transaction through the group-commit writer, without HTTP (${secs}s)..." >&2
"$w1" direct "sqlite:$work/direct/tadamun.sqlite3" "$secs" "$conns" >"$work/direct.txt"
put sqlite_direct "$(kv "$work/direct.txt" per_second)"
put sqlite_direct_batch "$(kv "$work/direct.txt" per_commit)"

echo "w1: SQLite: intake over HTTP..." >&2
start_server sqlite "sqlite:$work/sqlite/tadamun.sqlite3"
sqlite_url="sqlite:$work/sqlite/tadamun.sqlite3"
fetch_tokens "$closed_tokens" "$work/t1"
put token_fetch_rate "$(kv "$work/t1.info" per_second)"
before=$("$w1" count "$sqlite_url")
sign_wrk 2 "$conns" "$work/t1" s1 "$work/s1.txt"
after=$("$w1" count "$sqlite_url")
read -r rps total p50 p99 bad <<<"$(wrk_figures "$work/s1.txt")"
put sqlite_http "$rps"; put sqlite_http_total "$total"; put sqlite_http_rows "$((after - before))"
put sqlite_http_p50 "$p50"; put sqlite_http_p99 "$p99"; put sqlite_http_bad "$bad"; put sqlite_tokens "$closed_tokens"

echo "w1: SQLite: fixed ${fixed_rate}/s..." >&2
fetch_tokens "$fixed_tokens" "$work/t2"
rate_run "$work/t2" s2 "$work/s2.txt"
for k in achieved p50_ms p99_ms max_ms ok303 other errors unsent_late; do put "sqlite_fixed_$k" "$(kv "$work/s2.txt" "$k")"; done

echo "w1: petition page alone, and while W1 runs..." >&2
page_wrk "$work/p0.txt"
read -r rps _ _ _ bad <<<"$(wrk_figures "$work/p0.txt")"
put page_alone "$rps"; put page_alone_bad "$bad"
fetch_tokens "$closed_tokens" "$work/t3"
sign_wrk 1 "$conns" "$work/t3" s3 "$work/s3.txt" &
sign_job=$!
page_wrk "$work/p1.txt"
wait "$sign_job"
read -r rps _ _ _ bad <<<"$(wrk_figures "$work/p1.txt")"
put page_full "$rps"; put page_full_bad "$bad"
read -r rps _ _ _ bad <<<"$(wrk_figures "$work/s3.txt")"
put page_full_sign "$rps"; put page_full_sign_bad "$bad"
fetch_tokens "$fixed_tokens" "$work/t4"
rate_run "$work/t4" s4 "$work/s4.txt" &
rate_job=$!
page_wrk "$work/p2.txt"
wait "$rate_job"
read -r rps _ _ _ bad <<<"$(wrk_figures "$work/p2.txt")"
put page_fixed "$rps"; put page_fixed_bad "$bad"
put page_fixed_sign "$(kv "$work/s4.txt" achieved)"; put page_fixed_sign_p99 "$(kv "$work/s4.txt" p99_ms)"
stop_server sqlite

if [ -n "$pg_admin" ]; then
  echo "w1: PostgreSQL: intake over HTTP, pgbench, fixed ${fixed_rate}/s..." >&2
  pg_db="tadamun_w1_$(date +%s)_$$"
  psql "$pg_admin" -qc "CREATE DATABASE $pg_db" >/dev/null
  pg_url="${pg_admin%%\?*}"
  pg_url="${pg_url%/*}/$pg_db"
  start_server postgres "$pg_url"
  fetch_tokens "$closed_tokens" "$work/t5"
  before=$("$w1" count "$pg_url")
  sign_wrk 2 "$conns" "$work/t5" s5 "$work/s5.txt"
  after=$("$w1" count "$pg_url")
  read -r rps total p50 p99 bad <<<"$(wrk_figures "$work/s5.txt")"
  put pg_http "$rps"; put pg_http_total "$total"; put pg_http_rows "$((after - before))"
  put pg_http_p50 "$p50"; put pg_http_p99 "$p99"; put pg_http_bad "$bad"
  fetch_tokens "$fixed_tokens" "$work/t6"
  rate_run "$work/t6" s6 "$work/s6.txt"
  for k in achieved p50_ms p99_ms max_ms ok303 other errors unsent_late; do put "pg_fixed_$k" "$(kv "$work/s6.txt" "$k")"; done
  stop_server postgres
  # pgbench: one signature-shaped row per transaction, into a table shaped like `signatures`
  # (no foreign keys), same database, same client count.
  psql "$pg_url" -qc "CREATE TABLE w1_raw (id BIGINT PRIMARY KEY, petition_id BIGINT NOT NULL, supporter_id BIGINT NOT NULL,
      confirmed BIGINT NOT NULL DEFAULT 0, country TEXT NOT NULL, lang TEXT NOT NULL, city_ct BYTEA, comment_ct BYTEA,
      key_id BIGINT NOT NULL, consent_lead BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, confirmed_at BIGINT,
      UNIQUE (petition_id, supporter_id));
    CREATE INDEX ON w1_raw (petition_id, confirmed, country); CREATE INDEX ON w1_raw (petition_id, created_at);
    CREATE INDEX ON w1_raw (confirmed, created_at); CREATE INDEX ON w1_raw (supporter_id); CREATE INDEX ON w1_raw (key_id);" >/dev/null
  blob=$(python3 -c 'import os; print(os.urandom(46).hex())')
  cat >"$work/insert.sql" <<SQL
\set id random(1, 9000000000000000000)
\set supporter random(1, 9000000000000000000)
INSERT INTO w1_raw (id, petition_id, supporter_id, confirmed, country, lang, city_ct, key_id, consent_lead, created_at) VALUES (:id, 1, :supporter, 0, 'DE', 'en', '\\x$blob'::bytea, 1, 1, 1700000000);
SQL
  pgbench -n -c "$conns" -j 2 -T "$secs" -f "$work/insert.sql" "$pg_url" >"$work/pgbench.txt" 2>&1
  put pgbench "$(awk '/^tps =/ {print $3}' "$work/pgbench.txt")"
  put pgbench_failed "$(awk '/number of failed transactions/ {print $5}' "$work/pgbench.txt")"
fi

python3 - "$results" "$secs" "$conns" "$fixed_rate" "$page_conns" "$(nproc)" <<'PY'
import sys
r = dict(line.rstrip("\n").split("=", 1) for line in open(sys.argv[1]) if "=" in line)
secs, conns, rate, page_conns, cores = sys.argv[2:7]
f = lambda k: float(r.get(k) or "nan")
def ms(v):
    # wrk prints 12.34ms / 1.20s / 850.00us
    v = v or "nan"
    for unit, scale in (("ms", 1), ("us", 0.001), ("s", 1000)):
        if v.endswith(unit):
            return float(v[: -len(unit)]) * scale
    return float(v)
def verdict(ok): return "met" if ok else "MISSED"
rows = []
def row(what, value, goal="", result=""): rows.append((what, value, goal, result))

http, raw = f("sqlite_http"), f("sqlite_raw")
row(f"SQLite: signatures/s over HTTP (wrk 2 threads, {conns} connections, {secs} s)", f"{http:,.0f}", ">= 10,000", verdict(http >= 10000))
row("SQLite: raw insert, one signature row per commit, 1 connection, same run", f"{raw:,.0f}", "(yardstick)")
row("  ratio HTTP intake / raw one-row-per-commit", f"{http / raw:.2f}x", "")
row(f"  diagnosis: the signature intake, no HTTP, {conns} callers", f"{f('sqlite_direct'):,.0f} ({f('sqlite_direct_batch'):.0f}/commit)")
row("  wrk latency p50 / p99 (closed loop)", f"{ms(r.get('sqlite_http_p50')):.1f} / {ms(r.get('sqlite_http_p99')):.1f} ms")
p99 = f("sqlite_fixed_p99_ms")
row(f"SQLite: offered {int(rate):,}/s: achieved/s", f"{f('sqlite_fixed_achieved'):,.0f}", f"{int(rate):,}", verdict(f("sqlite_fixed_achieved") >= 0.95 * float(rate)))
row(f"SQLite: offered {int(rate):,}/s: latency p50 / p99 / max", f"{f('sqlite_fixed_p50_ms'):.1f} / {p99:.1f} / {f('sqlite_fixed_max_ms'):.0f} ms", "p99 < 20 ms", verdict(p99 < 20))
if "pg_http" in r:
    pg, pb = f("pg_http"), f("pgbench")
    row(f"PostgreSQL: signatures/s over HTTP (wrk 2 threads, {conns} connections)", f"{pg:,.0f}", ">= 0.5 x pgbench", verdict(pg >= 0.5 * pb))
    row(f"PostgreSQL: pgbench single-row insert, -c {conns} -j 2", f"{pb:,.0f}", "(yardstick)")
    row("  ratio HTTP intake / pgbench", f"{pg / pb:.2f}x", ">= 0.50", verdict(pg / pb >= 0.5))
    row("  wrk latency p50 / p99 (closed loop)", f"{ms(r.get('pg_http_p50')):.1f} / {ms(r.get('pg_http_p99')):.1f} ms")
    pp99 = f("pg_fixed_p99_ms")
    row(f"PostgreSQL: offered {int(rate):,}/s: achieved/s", f"{f('pg_fixed_achieved'):,.0f}", f"{int(rate):,}", verdict(f("pg_fixed_achieved") >= 0.95 * float(rate)))
    row(f"PostgreSQL: offered {int(rate):,}/s: latency p50 / p99 / max", f"{f('pg_fixed_p50_ms'):.1f} / {pp99:.1f} / {f('pg_fixed_max_ms'):.0f} ms", "p99 < 20 ms", verdict(pp99 < 20))
else:
    row("PostgreSQL", "skipped (none reachable, or 'none' given)")
alone = f("page_alone")
row(f"Petition page req/s alone (wrk 1 thread, {page_conns} connections, SQLite)", f"{alone:,.0f}")
for key, what in (("page_full", "while W1 runs flat out (wrk 1 thread)"), ("page_fixed", f"while W1 is offered {int(rate):,}/s")):
    during = f(key)
    drop = 1 - during / alone
    row(f"  ... {what}", f"{during:,.0f} ({-drop:+.1%})", "drop <= 30%", verdict(drop <= 0.30))
row(f"  W1 meanwhile: flat out / offered {int(rate):,}/s (p99)", f"{f('page_full_sign'):,.0f}/s / {f('page_fixed_sign'):,.0f}/s ({f('page_fixed_sign_p99'):.0f} ms)")

w = max(len(x[0]) for x in rows)
print(f"W1: signature intake end to end over HTTP; {cores} cores shared by server, load generators and database")
print(f"| {'measure':{w}} | {'value':>28} | {'goal':18} | result |")
print(f"|{'-' * (w + 2)}|{'-' * 30}|{'-' * 20}|--------|")
for what, value, goal, result in rows:
    print(f"| {what:{w}} | {value:>28} | {goal:18} | {result:6} |")
notes = []
for k, label in (("sqlite_http", "SQLite"), ("pg_http", "PostgreSQL")):
    if k in r:
        total, rows_, bad = int(r[k + "_total"]), int(r[k + "_rows"]), int(r[k + "_bad"])
        notes.append(f"{label}: wrk counted {total:,} answered signatures, the database holds {rows_:,} new ones (the difference is requests in flight when wrk stopped); {bad} failed or non-3xx answers")
        if bad:
            notes.append(f"  warning: {label}: {bad} requests failed or were refused (a 422 means a thread ran out of its {int(r['sqlite_tokens']) // 2:,} tokens: raise W1_MAX_RATE)")
for k, label in (("sqlite_fixed", "SQLite"), ("pg_fixed", "PostgreSQL")):
    if k + "_ok303" in r:
        notes.append(f"{label} fixed rate: {r[k + '_ok303']} acknowledged, {r[k + '_other']} other answers, {r[k + '_errors']} errors, {r[k + '_unsent_late']} never sent (still queued 5 s after the schedule)")
if r.get("pgbench_failed") not in (None, "", "0"):
    notes.append(f"pgbench: {r['pgbench_failed']} failed transactions")
for k in ("sqlite_errors", "postgres_errors"):
    if k in r:
        notes.append(f"warning: the server logged {r[k]} errors ({k.split('_')[0]})")
notes.append(f"form tokens were pre-fetched by GET before each timed run ({f('token_fetch_rate'):,.0f} pages/s)")
for n in notes:
    print(n)
PY
