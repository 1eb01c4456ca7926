#!/usr/bin/env bash
# CI, after the README's test command: the core's tests under AddressSanitizer and
# UndefinedBehaviorSanitizer, then each fuzzer for a short run over its seed corpus (clang, in
# build-sanitize). Any sanitizer report or fuzzer crash fails it. TABLESIDE_FUZZ_SECONDS sets the
# length of each fuzzer's run (20 s).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-sanitize
seconds=${TABLESIDE_FUZZ_SECONDS:-20}

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DTABLESIDE_FUZZ=ON
cmake --build "$build" -j2 --target core_tests fuzzers
ctest --test-dir "$build" -L core --output-on-failure -j2

# Two at a time, one per core. New inputs go to a scratch folder, so the seeds stay as they are;
# a crashing input is kept in build-sanitize/fuzz-crashes.
crashes="$build/fuzz-crashes"
mkdir -p "$crashes"
run_fuzzer() {
    local name=$1 scratch
    scratch=$(mktemp -d)
    if "$build/tests/fuzz/$name" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$crashes/$name-" "$scratch" "tests/fuzz/corpus/$name" \
        >"$build/$name.log" 2>&1; then
        echo "sanitize: $name: $(grep -E '^#[0-9]+[[:space:]]+DONE' "$build/$name.log" | tail -1)"
        rm -rf "$scratch"
    else
        echo "sanitize: $name failed; its input is in $crashes:" >&2
        tail -n 60 "$build/$name.log" >&2
        rm -rf "$scratch"
        return 1
    fi
}
failed=0
for pair in "fuzz_frame fuzz_order" "fuzz_menucsv fuzz_storeopen"; do
    pids=()
    for name in $pair; do
        run_fuzzer "$name" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=1
    done
done
exit $failed
