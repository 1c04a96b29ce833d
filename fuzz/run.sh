#!/usr/bin/env bash
# Builds one libFuzzer target (clang, -fsanitize=fuzzer,address,undefined) in build-fuzz/ and runs
# it for SECONDS on one job. The seed corpus fuzz/corpus/TARGET/ is read, never written: new
# inputs go to build-fuzz/corpus/TARGET/, crashes to build-fuzz/crashes/TARGET/ (copy one into
# fuzz/regressions/TARGET/ once fixed, so CTest replays it). Prints the execution count.
# KG_FUZZ_BUILD_DIR names another build folder; one already configured with KG_FUZZ=ON (like
# .ci/run's sanitizer build) is used as it is, not reconfigured.
# usage: fuzz/run.sh TARGET SECONDS [extra libFuzzer flags...]   TARGET: article graphml gexf jsonld manifest
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
shift 2
build=${KG_FUZZ_BUILD_DIR:-build-fuzz}

scripts/install-deps.sh clang-14 libclang-rt-14-dev
mkdir -p "$build"
# One configure and build at a time per folder: .ci/run fuzzes several targets at once.
(
  flock 9
  if ! grep -qx 'KG_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF >/dev/null
  fi
  cmake --build "$build" --target "fuzz_$target"
) 9>"$build/.fuzz-build.lock"

mkdir -p "$build/corpus/$target" "$build/crashes/$target"
log="$build/fuzz_$target.log"
set +e
"$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=32768 \
  -print_final_stats=1 -artifact_prefix="$build/crashes/$target/" "$@" \
  "$build/corpus/$target" "fuzz/corpus/$target" 2>&1 | tee "$log" | grep -E '^(#[0-9]+.*(INITED|DONE|pulse))|ERROR|SUMMARY|stat::number_of_executed_units|Done [0-9]+ runs'
rc=${PIPESTATUS[0]}
set -e
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
echo "fuzz/run.sh: $target: ${runs:-?} executions in $seconds s (exit $rc; log $log)"
exit "$rc"
