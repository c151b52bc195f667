#!/bin/sh
# Measures the dashboard (`liaison --store DEMO`) left alone: CPU used and bytes written to the
# terminal over a period (60 s by default) while it polls the store twice a second and nobody
# saves anything. Goal: under 1% of a core.
#
#   Benchmarks/dashboard-idle.sh [WIDTHxHEIGHT ...]      default 200x60
#
# Environment as for wall-idle.sh: LIAISON_BIN, SECONDS_TO_MEASURE (default 60), SETTLE (default 3).
# Only the tmux server started here is stopped at the end.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/Benchmarks/idle-measure.sh"
bin=$(find_liaison "$here")
period=${SECONDS_TO_MEASURE:-60}
settle=${SETTLE:-3}
sizes=${*:-200x60}

work=$(mktemp -d "${TMPDIR:-/tmp}/liaison-dashboard-idle.XXXXXX")
socket="liaison-dashboard-idle-$$"
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
    measure_idle dashboard "$size" "'$bin' --store '$store' --as 'Idle Benchmark'"
done
