#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Start-up as the user has it: exec of an installed launcher to a usable window, by the wall clock,
# alternating two launchers on one Xvfb server (as a desktop keeps its X server running).
#   docs/bench/launcher-ab.sh RUNS LIBRARY LAUNCHER_A LAUNCHER_B
# The window writes when it became usable (ms since the epoch, -Dgazette.startupReport) and closes.
# Prints the figures of each launcher, in run order. Needs images from 2026-11-30 evening on (an
# older window wrote a duration there, not the moment; time those by the report file's mtime).
set -euo pipefail
runs=$1 library=$2 a=$3 b=$4
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export RUNS=$runs LIBRARY=$library A=$a B=$b HOME_DIR=$home
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  for i in $(seq 1 "$RUNS"); do
    for launcher in "$A" "$B"; do
      report="$HOME_DIR/report.txt"; rm -f "$report"
      t0=$(date +%s%3N)
      JAVA_TOOL_OPTIONS="-Dgazette.home=$HOME_DIR/data -Dgazette.startupReport=$report -Dgazette.exitAfterStartup=true" \
          "$launcher" --library "$LIBRARY" >/dev/null 2>&1
      echo "$launcher $(( $(head -1 "$report") - t0 ))"
    done
  done' | awk '{ms[$1] = ms[$1] " " $2} END {for (l in ms) print l ":" ms[l]}'
