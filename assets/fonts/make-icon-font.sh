#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Makes assets/fonts/gazette-icons.ttf: the glyphs of Material Design Icons 7.4.47 at the code points
# src/main/java/org/gazettereader/ui/icons/Icon.java names, and nothing else, under the family name
# "Gazette Reader Icons". Run it after adding an icon there; the font is committed (the build does
# not need fontTools).
#   assets/fonts/make-icon-font.sh MDI_TTF
# MDI_TTF: materialdesignicons-webfont.ttf 7.4.47, for example from the Maven artifact
#   org.kordamp.ikonli:ikonli-materialdesign2-pack:12.4.0, META-INF/resources/materialdesign2/7.4.47/fonts/
# Needs Python with fontTools (pip install fonttools).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mdi=${1:?usage: $0 MDI_TTF}
codes=$(grep -o '0x[0-9a-fA-F]\{5\}' "$here/../../src/main/java/org/gazettereader/ui/icons/Icon.java" \
    | sed 's/^0x/U+/' | paste -sd, -)
out="$here/gazette-icons.ttf"
tmp=$(mktemp --suffix=.ttf)
trap 'rm -f "$tmp"' EXIT
pyftsubset "$mdi" --unicodes="$codes" --output-file="$tmp" --layout-features='' --no-hinting --name-IDs='*'
python3 - "$tmp" "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
names = {1: 'Gazette Reader Icons', 3: 'Gazette Reader Icons 7.4.47 subset', 4: 'Gazette Reader Icons',
         6: 'GazetteReaderIcons', 16: 'Gazette Reader Icons'}
for r in f['name'].names:
    if r.nameID in names:
        r.string = names[r.nameID]
f.save(sys.argv[2])
PY
echo "$out: $(wc -c < "$out") bytes, $(tr ',' '\n' <<<"$codes" | wc -l) glyphs"
