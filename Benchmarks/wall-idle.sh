#!/bin/sh
# Measures `liaison wall` left alone: CPU used and bytes written to the terminal over a period
# (60 s by default), with nobody saving anything. Goal: under 0.5% of a core.
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
