#!/usr/bin/env bash
# W7: the letters' throttle over 1,000 decision-makers in ten time zones (40 letters each,
# confirmed in one burst, 12 an hour between 09:00 and 17:00 their time): the most letters any
# decision-maker gets in any hour against the configured rate (the worst deviation), the
# shortest gap, and letters outside working hours. Prints a table. With
# TADAMUN_TEST_POSTGRES_URL set, runs on PostgreSQL too.
#
#   bench/w7.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tadamun-target}"
cargo test --release --quiet --test api -- --ignored --nocapture w7_ 2>&1 | grep -E '^\|'
