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
bin=$(find_liaison "$here")
period=${SECONDS_TO_MEASURE:-60}
settle=${SETTLE:-3}
sizes=${*:-300x80 80x24}

work=$(mktemp -d "${TMPDIR:-/tmp}/liaison-wall-idle.XXXXXX")
socket="liaison-wall-idle-$$"
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

store="$work/demo.sqlite"
"$bin" demo --seed 1 --no-open --store "$store" >/dev/null

echo "binary: $bin"
echo "period: ${period}s per size"
for size in $sizes; do
    measure_idle wall "$size" "'$bin' wall --store '$store'"
done
