#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Exits 0 when this system has the folders xdg-desktop-menu installs menu entries into, else 1.
# xdg-desktop-menu fails (exit 3) where they are missing (a minimal or kiosk image without a
# desktop menu): there the packages install without menu entries instead of failing. The .deb's
# postinst/prerm and the .rpm's %post/%preun call it from lib/app.
has_dir() {
    for d in $(echo "$1" | tr ':' ' '); do
        [ -d "$d/$2" ] && [ -w "$d/$2" ] && return 0
    done
    return 1
}
has_dir "${XDG_CONFIG_DIRS:-/etc/xdg}" menus \
    && has_dir "${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" desktop-directories \
    && has_dir "${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" applications
