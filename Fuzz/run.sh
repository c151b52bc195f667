#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer, beside the property-based tests in Tests/FuzzTests.
# Builds each harness in Fuzz/ together with the Liaison sources it exercises (they use nothing
# else), then runs each for SECONDS (default 60), keeping its corpus in .build-fuzz/ so a later
# run carries on where this one stopped. Prints executions and coverage per harness; a failing
# input is written to .build-fuzz/NAME-crash-… and the run says so.
#   Fuzz/run.sh 600        # ten minutes each
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build-fuzz
mkdir -p "$out"

build() {
    local name=$1; shift
    # gold warns about each of ASan's local symbols; nothing else it says is dropped.
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name "Fuzz$name" "$@" "Fuzz/$name/main.swift" -o "$out/$name" \
        2> >(grep -v "Cannot export local symbol" >&2)
}
build KeyDecoder Sources/TerminalUI/Input/Key.swift Sources/TerminalUI/Input/KeyDecoder.swift Sources/TerminalUI/Input/InputDecoder.swift
build CSV Sources/LiaisonCore/Support/InertText.swift Sources/LiaisonCore/Support/String+Scalars.swift Sources/LiaisonCore/Report/RFC4180.swift Sources/LiaisonCore/Report/SpreadsheetCell.swift
build Dates Sources/LiaisonCore/Rules/DateInput.swift Sources/LiaisonCore/Support/LiaisonError.swift

for name in KeyDecoder CSV Dates; do
    mkdir -p "$out/corpus-$name"
    echo "== $name, ${seconds}s"
    # The last progress line holds the coverage (cov: edges, ft: features); the stats, executions.
    "$out/$name" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$out/$name-" "$out/corpus-$name" 2>&1 \
        | awk '/ cov: / { last = $0 } /stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|ERROR|Test unit written/ { print } END { print last }'
done
