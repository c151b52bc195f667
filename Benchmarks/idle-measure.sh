# Shared by wall-idle.sh and dashboard-idle.sh (sourced, not run): measures one liaison screen
# left alone in tmux on a private socket — CPU from /proc/PID/stat, and every byte written to its
# terminal, copied by `pipe-pane` into a file. The caller calls `prepare_idle_run NAME` first.

ticks=$(getconf CLK_TCK)

# The binary: LIAISON_BIN, else this worktree's release build, else its debug build.
find_liaison() {
    if [ -n "${LIAISON_BIN:-}" ]; then echo "$LIAISON_BIN"; return; fi
    if [ -x "$1/.build/release/liaison" ]; then echo "$1/.build/release/liaison"; else echo "$1/.build/debug/liaison"; fi
}

# prepare_idle_run NAME: the binary, the period, a private tmux socket and a scratch folder that
# are both removed on exit, and a demo store in it (`$store`) for the screen to show.
prepare_idle_run() {
    bin=$(find_liaison "$here")
    period=${SECONDS_TO_MEASURE:-60}
    settle=${SETTLE:-3}
    work=$(mktemp -d "${TMPDIR:-/tmp}/liaison-$1-idle.XXXXXX")
    socket="liaison-$1-idle-$$"
    trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
    store="$work/demo.sqlite"
    "$bin" demo --seed 1 --no-open --store "$store" >/dev/null
    echo "binary: $bin"
    echo "period: ${period}s per size"
}

cpu_ticks() {
    # Fields 14 and 15 of /proc/PID/stat (utime, stime), counted after the command name,
    # which is in parentheses and may hold spaces.
    sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

# measure_idle LABEL WIDTHxHEIGHT COMMAND: runs COMMAND at that size, waits `settle` seconds
# for the first frame, then prints the CPU and terminal bytes of the next `period` seconds.
measure_idle() {
    label=$1 size=$2 command=$3
    width=${size%x*}
    height=${size#*x}
    session="$label$size"
    out="$work/terminal-$session.bytes"
    : > "$out"
    tmux -L "$socket" -f /dev/null new-session -d -s "$session" -x "$width" -y "$height" "exec $command"
    tmux -L "$socket" pipe-pane -o -t "$session" "cat >> '$out'"
    pid=$(tmux -L "$socket" display-message -p -t "$session" '#{pane_pid}')
    sleep "$settle"
    bytes0=$(wc -c < "$out")
    cpu0=$(cpu_ticks "$pid")
    sleep "$period"
    bytes1=$(wc -c < "$out")
    cpu1=$(cpu_ticks "$pid")
    rss=$(awk '/VmRSS/ { print $2 " " $3 }' "/proc/$pid/status")
    tmux -L "$socket" kill-session -t "$session"
    awk -v label="$label" -v size="$size" -v c="$((cpu1 - cpu0))" -v t="$ticks" -v p="$period" \
        -v b="$((bytes1 - bytes0))" -v first="$bytes0" -v rss="$rss" 'BEGIN {
        printf "%-9s %-8s cpu %.3f s in %d s = %.3f%% of a core; %d bytes to the terminal (%.0f per minute); first frame and settling %d bytes; RSS %s\n",
            label, size, c / t, p, 100 * c / t / p, b, b * 60 / p, first, rss
    }'
}
