#!/bin/bash
# A reader who may read the store but not write its folder (user nobody) runs report, export and
# check in a loop while root saves contacts back to back; prints how many reads failed, and why.
# Run as root (setpriv acts as nobody). Before the immutable reader's guard, about one read in
# ten was told the store was damaged; now none should fail.
#
#   Benchmarks/unwritable-reader-race.sh [ROUNDS]     # 3 reads a round; default 400
set -u
B=${LIAISON_BIN:-$(dirname "$0")/../.build/release/liaison}
D=$(mktemp -d /tmp/liaison-reader-race.XXXXXX)
chmod 755 "$D"
trap 'touch "$D/stop"; wait; rm -rf "$D"' EXIT
export LIAISON_STAFF=writer
"$B" demo --no-open --seed 1 --store "$D/s.sqlite" >/dev/null 2>&1 || { echo "demo failed" >&2; exit 1; }
chmod 644 "$D/s.sqlite"
( while [ ! -e "$D/stop" ]; do
    "$B" add contact --store "$D/s.sqlite" --person "Edith Brown" --partner "Dr Anil Patel" --channel phone \
      --summary "saved beside a reader" >/dev/null 2>>"$D/writer-errors"
  done ) &
ok=0; failed=0
for _ in $(seq 1 "${1:-400}"); do
  for command in report export check; do
    if setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp "$B" $command --store "$D/s.sqlite" \
        >/dev/null 2>>"$D/reader-errors"; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
  done
done
echo "reads: $ok succeeded, $failed failed"
cut -c1-150 "$D/reader-errors" | sort | uniq -c | sort -rn | head
echo "writer errors: $(wc -l < "$D/writer-errors")"
