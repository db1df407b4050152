#!/usr/bin/env bash
# Runs inside the build environment for scripts/test.
set -euo pipefail
which=${1:-all}
jobs=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
export QT_QPA_PLATFORM=offscreen

run_preset() {
    local preset=$1 started=$SECONDS
    echo "== $preset: configure and build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: tests"
    ctest --preset "$preset" -j "$jobs"
    echo "== $preset: done in $((SECONDS - started)) s"
}

case "$which" in
    all) run_preset debug; run_preset asan ;;
    debug|asan) run_preset "$which" ;;
esac
