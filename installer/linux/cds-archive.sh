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
        if ! rm -f "$archive" 2>/dev/null; then
            echo "gazette-reader: the class-data-sharing archive could not be made: $appdir cannot be written; the reader starts without it" >&2
            exit 0
        fi
        # The class list is shipped compressed: unpacked beside the archive for the moment it is made.
        list="$appdir/gazette-reader.classlist"
        if [ ! -f "$list" ]; then
            unpacked="$appdir/.gazette-reader.classlist.$$"
            trap 'rm -f "$unpacked"' EXIT
            trap 'rm -f "$unpacked"; exit 1' HUP INT TERM
            if ! { gzip -dc "$list.gz" > "$unpacked"; } 2>/dev/null; then
                echo "gazette-reader: the class-data-sharing archive could not be made: $list.gz is missing or damaged, or $appdir cannot be written; the reader starts without it" >&2
                exit 0
            fi
            list=$unpacked
        fi
        # shellcheck disable=SC2086 # the options hold no spaces; one word each
        if "$java" $opts -XX:-UsePerfData -Xshare:dump -XX:SharedClassListFile="$list" \
                -XX:SharedArchiveFile="$archive" -Djava.class.path="$cp" >/dev/null 2>&1; then
            chmod 644 "$archive"
        else
            rm -f "$archive"
            echo "gazette-reader: the class-data-sharing archive could not be made; the reader starts without it" >&2
        fi
        ;;
    remove)
        # With it, the class list of a make that was killed. Never fails a package's removal.
        rm -f "$archive" "$appdir"/.gazette-reader.classlist.* 2>/dev/null \
            || echo "gazette-reader: $archive could not be deleted" >&2
        ;;
    *)
        echo "usage: $0 make|remove" >&2
        exit 2
        ;;
esac
