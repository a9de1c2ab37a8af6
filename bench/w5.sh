#!/usr/bin/env bash
# W5: the day of action's map page (the map and the first page of the list) and a list page
# (one country, page 3), with 10,000 approved events, against nginx serving the very same
# bytes, uncached (`--page-cache-ms 0`: the expiring page cache off) and cached (the default
# 2 s). The day page does not use the expiring cache: with either setting it is kept while the
# version of the day's data is the same (read again after every write of the process and at
# least once a second), so "uncached" measures a request that checks a kept page; the render
# itself (a list page seen for the first time: about 1 ms; the first page of a day after a
# change: about 30 ms with 10,000 events) is not what wrk measures here.
# Each server is pinned to core 0 (nginx with one worker), wrk to core 1. Prints a table and the
# ratios; the goals are >= 0.5 uncached and >= 0.9 cached.
#
#   bench/w5.sh [seconds per run, default 10] [connections, default 64] [events, default 10000]
#
# Needs Debian's nginx and wrk (`apt-get install nginx-light wrk`) and python3; builds tadamun
# in release. The 10,000 events are copies of the demo's, spread over the world, written
# straight into the SQLite file while the server is stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
conns="${2:-64}"
events="${3:-10000}"
for tool in nginx wrk curl taskset python3; do
  command -v "$tool" >/dev/null || { echo "w5: $tool is missing (apt-get install nginx-light wrk curl)" >&2; exit 1; }
done
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tadamun-target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/tadamun"

work="$(mktemp -d)"
chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Seed the demo, stop, add the events.
port=$(free_port)
"$bin" serve --listen "127.0.0.1:$port" --data-dir "$work/data" >"$work/seed.out" 2>"$work/seed.log" &
seed=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
kill "$seed"; wait "$seed" 2>/dev/null || true
python3 - "$work/data/tadamun.sqlite3" "$events" <<'PY'
import random, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2]); random.seed(5)
cols = [r[1] for r in db.execute("PRAGMA table_info(events)")]
rows = db.execute("SELECT * FROM events WHERE status = 'approved'").fetchall()
places = [("DE", 52.5, 13.4, "Berlin"), ("FR", 48.9, 2.35, "Paris"), ("ES", 40.4, -3.7, "Madrid"), ("GB", 51.5, -0.1, "London"), ("TR", 37.1, 37.4, "Gaziantep"),
          ("LB", 33.9, 35.5, "Beirut"), ("CA", 43.7, -79.4, "Toronto"), ("US", 40.7, -74.0, "New York"), ("BR", -23.5, -46.6, "São Paulo"), ("JP", 35.7, 139.7, "Tokyo")]
start = max(r[cols.index("id")] for r in rows) + 1
batch = []
for i in range(n):
    r = list(random.choice(rows)); c, lat, lon, city = random.choice(places)
    r[cols.index("id")] = start + i
    r[cols.index("country")] = c; r[cols.index("city")] = f"{city} {i % 50}"
    r[cols.index("lat")] = lat + random.uniform(-8, 8); r[cols.index("lon")] = lon + random.uniform(-12, 12)
    r[cols.index("title")] = f"Event {i}"; r[cols.index("photo")] = None
    batch.append(r)
db.executemany(f"INSERT INTO events ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", batch)
db.commit()
PY
day=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT id FROM action_days').fetchone()[0])" "$work/data/tadamun.sqlite3")
map_path="/ar/c/defend-idlib/days/$day"
list_path="/ar/c/defend-idlib/days/$day?country=DE&page=3"

run_tadamun() { # cache-ms -> port
  local p; p=$(free_port)
  taskset -c 0 "$bin" serve --listen "127.0.0.1:$p" --data-dir "$work/data" --page-cache-ms "$1" >"$work/t$1.out" 2>"$work/t$1.log" &
  echo $! >"$work/t$1.pid" # called as $(…), a subshell: the parent reads the pid from the file
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$p/healthz" >/dev/null && break; sleep 0.1; done
  echo "$p"
}
uport=$(run_tadamun 0)
pids+=("$(cat "$work/t0.pid")")
cport=$(run_tadamun 2000)
pids+=("$(cat "$work/t2000.pid")")

# nginx serves the two pages' bytes with the same headers.
nport=$(free_port)
curl -sf "http://127.0.0.1:$cport$map_path" -o "$work/map.html"
curl -sf "http://127.0.0.1:$cport$list_path" -o "$work/list.html"
chmod 644 "$work/map.html" "$work/list.html"
csp=$(curl -sI "http://127.0.0.1:$cport$map_path" | tr -d '\r' | sed -n 's/^content-security-policy: //Ip')
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nport;
    default_type "text/html; charset=utf-8";
    add_header Content-Security-Policy "$csp";
    add_header X-Content-Type-Options nosniff;
    add_header Referrer-Policy no-referrer;
    add_header X-Frame-Options DENY;
    location = /map { alias $work/map.html; }
    location = /list { alias $work/list.html; }
  }
}
NGINX
taskset -c 0 nginx -c "$work/nginx/nginx.conf" &
pids+=($!)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$nport/map" -o /dev/null && break; sleep 0.1; done

measure() { # url -> rps
  taskset -c 1 wrk -t1 -c"$conns" -d"${secs}s" "$1" >"$work/wrk.txt"
  awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt"
}
rows=()
for page in map list; do
  if [ "$page" = map ]; then path="$map_path"; else path="$list_path"; fi
  taskset -c 1 wrk -t1 -c"$conns" -d2s "http://127.0.0.1:$uport$path" >/dev/null
  u=$(measure "http://127.0.0.1:$uport$path")
  c=$(measure "http://127.0.0.1:$cport$path")
  n=$(measure "http://127.0.0.1:$nport/$page")
  rows+=("$page $(wc -c <"$work/$page.html") $u $c $n")
done
python3 - "$events" "$secs" "$conns" "${rows[@]}" <<'PY'
import sys
events, secs, conns = sys.argv[1:4]
print(f"W5: day of action with {events} events; each server pinned to core 0, wrk (1 thread) to core 1, {conns} connections, {secs}s per run")
print("| page | bytes | tadamun uncached r/s | tadamun cached r/s | nginx r/s | uncached/nginx (goal 0.5) | cached/nginx (goal 0.9) |")
print("|------|------:|---------------------:|-------------------:|----------:|--------------------------:|------------------------:|")
for row in sys.argv[4:]:
    page, size, u, c, n = row.split()
    u, c, n = float(u), float(c), float(n)
    print(f"| {page} | {size} | {u:.0f} | {c:.0f} | {n:.0f} | {u/n:.3f} {'met' if u/n >= 0.5 else 'MISSED'} | {c/n:.2f} {'met' if c/n >= 0.9 else 'MISSED'} |")
PY
