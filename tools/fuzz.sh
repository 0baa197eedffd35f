#!/usr/bin/env bash
# `make fuzz`: runs every cargo-fuzz target in fuzz/ for FUZZ_SECONDS (default 60) and
# prints the executions each reached. Fails on a crash (the input is left in
# fuzz/artifacts/<target>/). cargo fuzz needs the nightly toolchain: without one this
# says so and succeeds, since the app itself builds on stable.
# Each target starts from its seeds (fuzz/seeds/<target>, small and kept in git) and from
# what earlier runs found (fuzz/corpus/<target>, not kept).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz: skipped: no nightly Rust toolchain (cargo fuzz needs one: rustup toolchain install nightly)"
  exit 0
fi
tools/install.sh fuzz

failed=0
for target in $(cargo +nightly fuzz list --fuzz-dir fuzz); do
  mkdir -p "fuzz/corpus/$target"
  log="fuzz/target/$target.log"
  mkdir -p fuzz/target
  echo "==> fuzz $target for ${seconds}s"
  # Safe Rust needs no address sanitizer: a panic is what we look for, and without the
  # sanitizer each target runs about twice as many inputs in the same time.
  if cargo +nightly fuzz run --fuzz-dir fuzz --sanitizer none "$target" \
    "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
    -max_total_time="$seconds" -dict=fuzz/diary.dict -print_final_stats=1 >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "fuzz $target: ${runs:-?} executions in ${seconds}s, no crash"
  else
    failed=1
    tail -n 40 "$log"
    echo "fuzz $target: FAILED (full log: $log)"
  fi
done
exit $failed
