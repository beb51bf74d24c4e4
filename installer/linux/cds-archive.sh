#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Makes (make) or deletes (remove) the class-data-sharing archive of the reader installed in the
# folder above this one's parent (/opt/gazette-reader). The .deb's postinst/prerm and the .rpm's
# %post/%preun call it. On JDK 17 an archive holds the absolute class path it was made with, so it
# is made where the package is installed, from the class list the packaging's training run wrote.
# Without it the reader only starts more slowly.
set -e
appdir=$(cd "$(dirname "$0")" && pwd -P)
archive="$appdir/gazette-reader.jsa"
case "$1" in
    make)
        java="$appdir/../runtime/bin/java"
        cfg="$appdir/gazette-reader.cfg"
        cp=$(sed -n 's|^app\.classpath=\$APPDIR|'"$appdir"'|p' "$cfg" | paste -sd: -)
        opts=$(sed -n 's|^java-options=||p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xshare:' || true)
        rm -f "$archive"
        # The class list is shipped compressed: unpacked beside the archive for the moment it is made.
        list="$appdir/gazette-reader.classlist"
        unpacked=
        if [ ! -f "$list" ]; then
            unpacked="$appdir/.gazette-reader.classlist.$$"
            trap 'rm -f "$unpacked"' EXIT
            gzip -dc "$list.gz" > "$unpacked" || rm -f "$unpacked"
            list=$unpacked
        fi
        # shellcheck disable=SC2086 # the options hold no spaces; one word each
        if [ -f "$list" ] && "$java" $opts -XX:-UsePerfData -Xshare:dump -XX:SharedClassListFile="$list" \
                -XX:SharedArchiveFile="$archive" -Djava.class.path="$cp" >/dev/null 2>&1; then
            chmod 644 "$archive"
        else
            rm -f "$archive"
            echo "gazette-reader: the class-data-sharing archive could not be made; the reader starts without it" >&2
        fi
        if [ -n "$unpacked" ]; then
            rm -f "$unpacked"
        fi
        ;;
    remove)
        rm -f "$archive"
        ;;
    *)
        echo "usage: $0 make|remove" >&2
        exit 2
        ;;
esac
