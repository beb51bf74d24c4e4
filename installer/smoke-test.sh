#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Smoke test of the packaged reader (CI runs it after `mvn -Pinstaller package`): the app image's
# launcher prints its version, parses the sample (15 notices), imports it into a temporary library
# and checks that library (again with no usable temporary folder: SQLite's native library is loaded
# where it is installed); nothing is written inside the app image (user data lives elsewhere); the
# script the Linux packages' install scripts run makes and deletes the CDS archive in a copy of the
# image; and, where dpkg-deb (rpm) exists and a .deb (.rpm) was made, the package's metadata and
# contents are listed.
set -euo pipefail
cd "$(dirname "$0")/.."
image=target/installer/gazette-reader
launcher=$image/bin/gazette-reader
sample=assets/samples/lvliang-gazette-2023-01.txt
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

[ -x "$launcher" ] || fail "no launcher at $launcher (run mvn -B -Pinstaller package first)"
[ -x "$image/bin/gazette-reader-kiosk" ] || fail "no public-terminal launcher in $image/bin"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GAZETTE_READER_HOME="$tmp/home" LANG=C.UTF-8
touch "$tmp/before"
sleep 1

version=$("$launcher" --version)
echo "--version: $version"
[[ "$version" == gazette-reader\ * ]] || fail "--version printed '$version'"

notices=$("$launcher" parse "$sample" | sed -n 's/^公文 \([0-9]*\) 篇：$/\1/p')
echo "parse: $notices notices"
[ "$notices" = 15 ] || fail "parse of the sample found '$notices' notices, not 15"

"$launcher" import --library "$tmp/lib" "$sample" | tail -1
"$launcher" check --library "$tmp/lib" || fail "check of the new library exited $?"

written=$(find "$image" -newer "$tmp/before" -print)
[ -z "$written" ] || fail "the launcher wrote inside the app image: $written"
[ -d "$GAZETTE_READER_HOME/logs" ] || fail "no logs in the data folder $GAZETTE_READER_HOME"
echo "user data: only under $GAZETTE_READER_HOME and $tmp/lib; nothing written in $image"

# SQLite's native library is loaded from lib/app, never copied into the temporary folder first: with
# the temporary folder impossible (under a file), the library still opens and sqlite-jdbc logs nothing.
[ -f "$image/lib/app/libsqlitejdbc.so" ] || fail "the image has no lib/app/libsqlitejdbc.so"
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$tmp/before/no-folder" "$launcher" check --library "$tmp/lib" >/dev/null 2>"$tmp/sqlite.err" \
    || fail "with no usable temporary folder, check exited $?: $(cat "$tmp/sqlite.err")"
! grep -rq 'SQLiteJDBCLoader' "$GAZETTE_READER_HOME/logs" || fail "sqlite-jdbc logged about its temporary folder: $(grep -rh -A2 SQLiteJDBCLoader "$GAZETTE_READER_HOME/logs" | head -5)"
echo "SQLite: native library loaded from lib/app, no temporary copy needed"

# JavaFX's native libraries are files in the runtime, never copied into ~/.openjfx/cache at start.
for so in libglass.so libglassgtk3.so libprism_es2.so libprism_sw.so libjavafx_font.so; do
  [ -f "$image/lib/runtime/lib/$so" ] || fail "the runtime has no lib/$so"
done
if command -v jimage >/dev/null && jimage list "$image/lib/runtime/lib/modules" | grep -q 'libglass\.so'; then
  fail "the runtime's modules still hold JavaFX's native libraries as resources"
fi
if command -v xvfb-run >/dev/null; then
  # The window with no usable cache folder: it must not need one.
  JAVA_TOOL_OPTIONS="-Djavafx.cachedir=$tmp/before/no-folder -Djava.io.tmpdir=$tmp/before/no-folder -Dgazette.exitAfterStartup=true -Dgazette.startupReport=$tmp/window-up" \
      xvfb-run -a -s "-screen 0 1024x768x24" "$launcher" --library "$tmp/lib" >"$tmp/window.log" 2>&1 \
      || fail "the window did not start without a cache folder: $(tail -5 "$tmp/window.log")"
  [ -s "$tmp/window-up" ] || fail "the window never became usable without a cache folder: $(tail -5 "$tmp/window.log")"
  echo "window: started under Xvfb with no usable cache or temporary folder"
fi

if command -v gcc >/dev/null; then
  [ -f "$image/lib/app/libgazette-env.so" ] || fail "gcc is here but the image has no lib/app/libgazette-env.so"
fi

# What postinst / %post and prerm / %preun run, on a copy of the image in another folder.
cp -a "$image" "$tmp/installed"
rm -f "$tmp/installed/lib/app/gazette-reader.jsa"
"$tmp/installed/lib/app/cds-archive.sh" make
[ -s "$tmp/installed/lib/app/gazette-reader.jsa" ] || fail "cds-archive.sh make made no archive"
"$tmp/installed/lib/runtime/bin/java" -XX:SharedArchiveFile="$tmp/installed/lib/app/gazette-reader.jsa" -Xshare:on \
    -Djava.class.path="$(sed -n 's|^app\.classpath=\$APPDIR|'"$tmp/installed/lib/app"'|p' "$tmp/installed/lib/app/gazette-reader.cfg" | paste -sd: -)" \
    org.gazettereader.app.Main --version >/dev/null || fail "the JVM refuses the archive cds-archive.sh made"
"$tmp/installed/lib/app/cds-archive.sh" remove
[ ! -e "$tmp/installed/lib/app/gazette-reader.jsa" ] || fail "cds-archive.sh remove left the archive"
echo "cds-archive.sh: made an archive the JVM takes (-Xshare:on) in another folder, and removed it"
rm -rf "$tmp/installed"

du -sh "$image"
if command -v dpkg-deb >/dev/null; then
  shopt -s nullglob
  debs=(target/installer/*.deb)
  if [ ${#debs[@]} -eq 0 ]; then
    echo "no .deb was made (fakeroot missing?): nothing to list"
  else
    for deb in "${debs[@]}"; do
      ls -l "$deb"
      dpkg-deb --info "$deb"
      depends=$(dpkg-deb --field "$deb" Depends)
      for d in libgtk-3-0 libgl1 gzip; do
        grep -qw -- "$d" <<<"$depends" || fail "$deb does not depend on $d (Depends: $depends)"
      done
      contents=$(dpkg-deb --contents "$deb")
      grep -v '/lib/runtime/legal/' <<<"$contents"
      for f in bin/gazette-reader bin/gazette-reader-kiosk lib/app/gazette-reader.classlist.gz lib/app/cds-archive.sh lib/app/has-menu.sh \
               lib/gazette-reader-gazette-reader.desktop lib/gazette-reader-gazette-reader-kiosk.desktop; do
        grep -q " \./opt/gazette-reader/$f\$" <<<"$contents" || fail "$deb holds no $f"
      done
      if grep -q 'gazette-reader\.jsa$' <<<"$contents"; then
        fail "$deb holds a CDS archive made for another folder (its postinst makes it)"
      fi
    done
  fi
else
  echo "dpkg-deb not installed: no .deb to list"
fi
if command -v rpm >/dev/null; then
  shopt -s nullglob
  for r in target/installer/*.rpm; do
    ls -l "$r"
    rpm -qpi "$r"
    requires=$(rpm -qpR "$r")
    echo "$requires"
    for d in gtk3 mesa-libGL gzip; do
      grep -qx -- "$d" <<<"$requires" || fail "$r does not require $d"
    done
    rpm -qpl "$r" | grep -v '/lib/runtime/'
    scripts=$(rpm -qp --scripts "$r")
    grep -q 'cds-archive.sh make' <<<"$scripts" || fail "$r does not make the CDS archive after install"
    ! rpm -qpl "$r" | grep -q 'gazette-reader\.jsa$' || fail "$r holds a CDS archive made for another folder"
  done
fi
echo "smoke test passed"
