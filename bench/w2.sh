#!/usr/bin/env bash
# W2: requests per second on the published campaign page, against nginx serving the very same
# bytes (with the same security headers) on the same machine, in the same run. Prints a table
# and the ratio; the goal is tadamun / nginx >= 0.8. Each server is pinned to core 0 (nginx with
# one worker) and wrk to core 1 (taskset), so both servers get the same one core.
#
#   bench/w2.sh [seconds per run, default 10] [connections, default 64]
#
# Needs Debian's nginx and wrk (`apt-get install nginx-light wrk`); builds tadamun in release.
# Everything listens on loopback only and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
conns="${2:-64}"
for tool in nginx wrk curl taskset; do
  command -v "$tool" >/dev/null || { echo "w2: $tool is missing (apt-get install nginx-light wrk curl)" >&2; exit 1; }
done
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tadamun-target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/tadamun"

work="$(mktemp -d)"
chmod 755 "$work"   # nginx's workers run as an unprivileged user and must read the page
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
tport=$(free_port)
nport=$(free_port)
path="/ar/c/defend-idlib"

taskset -c 0 "$bin" serve --listen "127.0.0.1:$tport" --data-dir "$work/data" >"$work/tadamun.out" 2>"$work/tadamun.log" &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$tport/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$tport$path" -o "$work/page.html"
chmod 644 "$work/page.html"
csp=$(curl -sI "http://127.0.0.1:$tport$path" | tr -d '\r' | sed -n 's/^content-security-policy: //Ip')

mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nport;
    location = $path {
      default_type "text/html; charset=utf-8";
      add_header Content-Security-Policy "$csp";
      add_header X-Content-Type-Options nosniff;
      add_header Referrer-Policy no-referrer;
      add_header X-Frame-Options DENY;
      alias $work/page.html;
    }
  }
}
NGINX
taskset -c 0 nginx -c "$work/nginx/nginx.conf" &
pids+=($!)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$nport$path" -o "$work/nginx-page.html" && break; sleep 0.1; done
chmod 644 "$work/page.html"
cmp -s "$work/page.html" "$work/nginx-page.html" || { echo "w2: nginx does not serve the same bytes" >&2; cat "$work/nginx/error.log" >&2; exit 1; }

measure() { # url -> "rps p50 p99"
  taskset -c 1 wrk -t1 -c"$conns" -d"${secs}s" --latency "$1" >"$work/wrk.txt"
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  errors=$(grep -c "Non-2xx\|Socket errors" "$work/wrk.txt" || true)
  echo "$rps $p50 $p99 $errors"
}
# Warm both, then measure in alternation so drift hits both alike.
taskset -c 1 wrk -t1 -c"$conns" -d2s "http://127.0.0.1:$tport$path" >/dev/null
taskset -c 1 wrk -t1 -c"$conns" -d2s "http://127.0.0.1:$nport$path" >/dev/null
read -r t1 tp50 tp99 terr <<<"$(measure "http://127.0.0.1:$tport$path")"
read -r n1 np50 np99 nerr <<<"$(measure "http://127.0.0.1:$nport$path")"
read -r t2 _ _ _ <<<"$(measure "http://127.0.0.1:$tport$path")"
read -r n2 _ _ _ <<<"$(measure "http://127.0.0.1:$nport$path")"
bytes=$(wc -c <"$work/page.html")
python3 - "$t1" "$t2" "$n1" "$n2" "$tp50" "$tp99" "$np50" "$np99" "$bytes" "$secs" "$conns" "$terr" "$nerr" <<'PY'
import sys
t1, t2, n1, n2 = map(float, sys.argv[1:5])
tp50, tp99, np50, np99, size, secs, conns, terr, nerr = sys.argv[5:14]
t, n = (t1 + t2) / 2, (n1 + n2) / 2
print(f"W2: published campaign page ({size} bytes), each server pinned to core 0, wrk (1 thread) to core 1, {conns} connections, 2 x {secs}s each")
print(f"| server  | requests/s | p50      | p99      | runs            |")
print(f"|---------|-----------:|----------|----------|-----------------|")
print(f"| tadamun | {t:10.0f} | {tp50:8} | {tp99:8} | {t1:.0f}, {t2:.0f} |")
print(f"| nginx   | {n:10.0f} | {np50:8} | {np99:8} | {n1:.0f}, {n2:.0f} |")
ratio = t / n
print(f"ratio tadamun/nginx = {ratio:.2f} (goal >= 0.80: {'met' if ratio >= 0.8 else 'MISSED'})")
if terr != "0" or nerr != "0":
    print("warning: wrk reported errors or non-2xx responses")
PY
