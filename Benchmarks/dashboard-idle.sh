#!/bin/sh
# Measures the dashboard (`liaison --store DEMO`) left alone: CPU used, wake-ups and bytes written
# to the terminal over a period (60 s by default) while nobody saves anything. Goal: under 1% of
# a core, and no more than its clock's one wake-up a minute (issue 15).
#
#   Benchmarks/dashboard-idle.sh [WIDTHxHEIGHT ...]      default 200x60
#
# Environment as for wall-idle.sh: LIAISON_BIN, SECONDS_TO_MEASURE (default 60), SETTLE (default 3).
# Only the tmux server started here is stopped at the end.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/Benchmarks/idle-measure.sh"
prepare_idle_run dashboard
for size in ${*:-200x60}; do
    measure_idle dashboard "$size" "'$bin' --store '$store' --as 'Idle Benchmark'"
done
