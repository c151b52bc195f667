#!/bin/sh
# Measures `liaison wall` left alone: CPU used and bytes written to the terminal over a period
# (60 s by default), with nobody saving anything.
#
#   Benchmarks/wall-idle.sh [WIDTHxHEIGHT ...]      e.g. Benchmarks/wall-idle.sh 300x80 80x24
#
# Environment: LIAISON_BIN (default .build/release/liaison, else .build/debug/liaison),
# SECONDS_TO_MEASURE (default 60), SETTLE (seconds after start before measuring, default 3).
#
# The wall runs in tmux on a private socket (`tmux -L`); `pipe-pane` copies every byte the
# wall writes to its terminal into a file, and /proc/PID/stat gives its user and system time.
# Only the tmux server started here is stopped at the end.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
bin=${LIAISON_BIN:-}
if [ -z "$bin" ]; then
    if [ -x "$here/.build/release/liaison" ]; then bin="$here/.build/release/liaison"; else bin="$here/.build/debug/liaison"; fi
fi
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
ticks=$(getconf CLK_TCK)

cpu_ticks() {
    # Fields 14 and 15 of /proc/PID/stat (utime, stime), counted after the command name,
    # which is in parentheses and may hold spaces.
    sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

echo "binary: $bin"
echo "period: ${period}s per size"
for size in $sizes; do
    width=${size%x*}
    height=${size#*x}
    out="$work/terminal-$size.bytes"
    : > "$out"
    tmux -L "$socket" -f /dev/null new-session -d -s "wall$size" -x "$width" -y "$height" \
        "exec '$bin' wall --store '$store'"
    tmux -L "$socket" pipe-pane -o -t "wall$size" "cat >> '$out'"
    pid=$(tmux -L "$socket" display-message -p -t "wall$size" '#{pane_pid}')
    sleep "$settle"
    bytes0=$(wc -c < "$out")
    cpu0=$(cpu_ticks "$pid")
    sleep "$period"
    bytes1=$(wc -c < "$out")
    cpu1=$(cpu_ticks "$pid")
    rss=$(awk '/VmRSS/ { print $2 " " $3 }' "/proc/$pid/status")
    tmux -L "$socket" kill-session -t "wall$size"
    awk -v size="$size" -v c="$((cpu1 - cpu0))" -v t="$ticks" -v p="$period" -v b="$((bytes1 - bytes0))" \
        -v first="$bytes0" -v rss="$rss" 'BEGIN {
        printf "%-8s cpu %.3f s in %d s = %.3f%% of a core; %d bytes to the terminal (%.0f per minute); first frame and settling %d bytes; RSS %s\n",
            size, c / t, p, 100 * c / t / p, b, b * 60 / p, first, rss
    }'
done
