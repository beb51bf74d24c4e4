#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Maintainer tool (not part of the build): renders assets/icons/*.svg to the PNG sizes, the ICO and
# the ICNS that the packages use. Needs ImageMagick (convert) and python3. The outputs are committed,
# so building the packages needs neither.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for n in gazette-reader gazette-reader-kiosk; do
  # 16 and 24 px come from the simplified drawing: fewer, thicker lines stay readable.
  for s in 16 24; do convert -background none -density 96 "$n-small.svg" -resize ${s}x${s} "png32:$n-$s.png"; done
  for s in 32 48 64 128 256 512; do convert -background none -density 96 "$n.svg" -resize ${s}x${s} "png32:$n-$s.png"; done
  convert "$n-16.png" "$n-24.png" "$n-32.png" "$n-48.png" "$n-64.png" "$n-128.png" "$n-256.png" "$n.ico"
  # ICNS: 'icns', total length, then (type, length, PNG) entries; PNG payloads are valid from macOS 10.7.
  python3 - "$n" <<'PY'
import struct, sys
n = sys.argv[1]
entries = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)]
body = b""
for kind, size in entries:
    data = open(f"{n}-{size}.png", "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(f"{n}.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
done
ls -l
