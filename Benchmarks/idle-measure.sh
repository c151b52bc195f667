# Shared by wall-idle.sh and dashboard-idle.sh (sourced, not run): measures one liaison screen
# left alone in tmux on a private socket — CPU from /proc/PID/stat, how often it woke (its
# threads' voluntary context switches: each is a wait in poll() or a lock that ended), and every
# byte written to its terminal, copied by `pipe-pane` into a file. The caller calls
# `prepare_idle_run NAME` first.

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

# How many times the process's threads have gone to sleep and been woken: a blocking poll() that
# returned counts one. CPU ticks (1/100 s) are too coarse to tell one wake-up a minute from ten.
wakeups() {
    cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ { n += $2 } END { print n + 0 }'
}

# measure_idle LABEL WIDTHxHEIGHT COMMAND: runs COMMAND at that size, waits `settle` seconds
# for the first frame, then prints the CPU, wake-ups and terminal bytes of the next `period` seconds.
measure_idle() {
    label=$1 size=$2 command=$3
    width=${size%x*}
    height=${size#*x}
    session="$label$size"
    out="$work/terminal-$session.bytes"
    : > "$out"
    # The server stays up between sizes: left to exit with its last session, it could still be
    # exiting when the next size's session asks it for one ("server exited unexpectedly").
    tmux -L "$socket" -f /dev/null new-session -d -s "$session" -x "$width" -y "$height" "exec $command" \; \
        set-option -s exit-empty off
    tmux -L "$socket" pipe-pane -o -t "$session" "cat >> '$out'"
    pid=$(tmux -L "$socket" display-message -p -t "$session" '#{pane_pid}')
    sleep "$settle"
    bytes0=$(wc -c < "$out")
    cpu0=$(cpu_ticks "$pid")
    wake0=$(wakeups "$pid")
    sleep "$period"
    bytes1=$(wc -c < "$out")
    cpu1=$(cpu_ticks "$pid")
    wake1=$(wakeups "$pid")
    rss=$(awk '/VmRSS/ { print $2 " " $3 }' "/proc/$pid/status")
    tmux -L "$socket" kill-session -t "$session"
    awk -v label="$label" -v size="$size" -v c="$((cpu1 - cpu0))" -v t="$ticks" -v p="$period" \
        -v b="$((bytes1 - bytes0))" -v first="$bytes0" -v rss="$rss" -v w="$((wake1 - wake0))" 'BEGIN {
        printf "%-9s %-8s cpu %.3f s in %d s = %.3f%% of a core; %d wake-ups (%.1f per minute); %d bytes to the terminal (%.0f per minute); first frame and settling %d bytes; RSS %s\n",
            label, size, c / t, p, 100 * c / t / p, w, w * 60 / p, b, b * 60 / p, first, rss
    }'
}
