// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.util.Objects;
import java.util.Set;

/**
 * The one list that decides which of the window's actions a public terminal allows. Action ids are
 * those of the window's action layer ({@code ui/action/AppAction}, made in {@code ShellActions}).
 * In a kiosk only the reading surface's actions are allowed and everything else is denied,
 * including any id not named here, so that an action added later stays off in a kiosk until it is
 * added on purpose. Outside a kiosk every action is allowed.
 */
public final class KioskPolicy {
    /** Reading, finding, session bookmarks, panes, zoom and themes: allowed in every kiosk. */
    public static final Set<String> READING = Set.of(
            "read-find", "read-find-next", "read-find-previous", "read-bookmark",
            "view-library", "view-search", "view-bookmarks",
            "view-zoom-in", "view-zoom-out", "view-zoom-reset",
            "view-theme-light", "view-theme-dark", "view-theme-high-contrast");
    /** Allowed when the terminal prints ({@code print.allowed}). */
    public static final Set<String> PRINTING = Set.of("file-print", "file-basket");
    /**
     * Never allowed in a kiosk, listed so that a reader of this class sees what is meant: importing
     * browses the disks, quitting and leaving full screen leave the kiosk, About shows paths; library
     * bundles are exported and installed from the window only (a terminal installs them from its watch folder).
     */
    public static final Set<String> NEVER = Set.of("file-import", "file-import-folder", "file-bundle-export",
            "file-bundle-install", "file-exit",
            "view-full-screen", "help-about");

    private final KioskSettings settings;

    public KioskPolicy(KioskSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Whether the action {@code actionId} may run; in a kiosk, false for every id not allowed above. */
    public boolean allows(String actionId) {
        if (!settings.enabled()) {
            return true;
        }
        if (actionId == null || NEVER.contains(actionId)) {
            return false;
        }
        return READING.contains(actionId) || settings.printAllowed() && PRINTING.contains(actionId);
    }
}
