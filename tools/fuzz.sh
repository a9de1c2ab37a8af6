#!/usr/bin/env bash
# Fuzz every public parser for a while each and print a table of executions and findings.
#
#   tools/fuzz.sh [seconds per target, default 60]
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Targets live in
# fuzz/fuzz_targets/; crashes, if any, are kept in fuzz/artifacts/<target>/ with the input.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-60}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tadamun-target}/fuzz"
targets=(form_body sign_form text_and_markdown facts_csv link_token)
cargo +nightly fuzz build -O "${targets[@]}" >/dev/null 2>&1 || cargo +nightly fuzz build -O
printf '| target | seconds | executions | exec/s | findings |\n|---|---:|---:|---:|---:|\n'
for t in "${targets[@]}"; do
  log="$(mktemp)"
  set +e
  cargo +nightly fuzz run -O "$t" -- -max_total_time="$secs" -max_len=4096 -print_final_stats=1 >"$log" 2>&1
  status=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  findings=$(ls "artifacts/$t" 2>/dev/null | wc -l)
  printf '| %s | %s | %s | %s | %s%s |\n' "$t" "$secs" "${execs:-0}" "${rate:-0}" "$findings" "$([ $status -ne 0 ] && echo ' (stopped: see fuzz/artifacts)')"
  rm -f "$log"
done
