#!/bin/sh
# Measures `liaison wall` left alone: CPU used, wake-ups and bytes written to the terminal over a
# period (60 s by default), with nobody saving anything. Goal: under 0.5% of a core, and no more
# wake-ups than its clock's one a minute and its page turns (every 8 s when a list pages).
#
#   Benchmarks/wall-idle.sh [WIDTHxHEIGHT ...]      e.g. Benchmarks/wall-idle.sh 300x80 80x24
#
# Environment: LIAISON_BIN (default .build/release/liaison, else .build/debug/liaison),
# SECONDS_TO_MEASURE (default 60), SETTLE (seconds after start before measuring, default 3).
# Only the tmux server started here is stopped at the end.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/Benchmarks/idle-measure.sh"
prepare_idle_run wall
for size in ${*:-300x80 80x24}; do
    measure_idle wall "$size" "'$bin' wall --store '$store'"
done
