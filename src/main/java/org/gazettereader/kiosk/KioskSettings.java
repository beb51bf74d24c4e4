// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.kiosk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a public terminal allows, as read from its kiosk configuration (see the README's "Public
 * terminal" section for each key). One value for the whole session: the window and the command line
 * read it, nothing changes it except the administrator's panel, which makes a new one.
 *
 * @param enabled          whether the window runs as a kiosk at all
 * @param library          the library folder to open read-only, or empty for the default library
 * @param terminalName     printed in the footer of every page printed here
 * @param idleSeconds      quiet time before the idle countdown starts
 * @param warningSeconds   length of the countdown (at least 20 s: WCAG 2.2.1)
 * @param printAllowed     whether patrons may print at all
 * @param pagesPerSession  pages one patron session may print
 * @param pagesPerDay      pages the terminal may print per day
 * @param savePdfAllowed   whether "save as PDF" is offered (only into {@code pdfFolder})
 * @param pdfFolder        the only folder PDFs may be saved to, when allowed
 * @param textScale        scale of the whole interface (1.0 = the desktop size)
 * @param theme            theme name as in the window's preferences, or empty for the default
 * @param language         interface language tag ("zh", "en"), or empty for the system's
 * @param adminPinHash     salted PBKDF2 hash of the administrator's PIN, or empty when no PIN is set
 * @param watchFolder      folder checked at idle time for newer library bundles, or empty
 * @param bundleTrust      the public key line ({@code gzb-ed25519:…}) whose bundles the watch folder may install, or
 *                         empty: then none is installed
 */
public record KioskSettings(boolean enabled, Optional<Path> library, String terminalName, int idleSeconds,
        int warningSeconds, boolean printAllowed, int pagesPerSession, int pagesPerDay, boolean savePdfAllowed,
        Optional<Path> pdfFolder, double textScale, Optional<String> theme, Optional<String> language,
        Optional<String> adminPinHash, Optional<Path> watchFolder, Optional<String> bundleTrust) {

    public static final int DEFAULT_IDLE_SECONDS = 120;
    public static final int MIN_WARNING_SECONDS = 20;
    public static final int DEFAULT_PAGES_PER_SESSION = 20;
    public static final int DEFAULT_PAGES_PER_DAY = 500;
    public static final double DEFAULT_TEXT_SCALE = 1.25;

    public KioskSettings {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(terminalName, "terminalName");
        Objects.requireNonNull(pdfFolder, "pdfFolder");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(adminPinHash, "adminPinHash");
        Objects.requireNonNull(watchFolder, "watchFolder");
        Objects.requireNonNull(bundleTrust, "bundleTrust");
        if (idleSeconds < 1) {
            throw new IllegalArgumentException("idleSeconds must be positive: " + idleSeconds);
        }
        if (warningSeconds < MIN_WARNING_SECONDS) {
            throw new IllegalArgumentException("warningSeconds must be at least " + MIN_WARNING_SECONDS
                    + ": " + warningSeconds);
        }
        if (pagesPerSession < 0 || pagesPerDay < 0) {
            throw new IllegalArgumentException("page quotas must not be negative");
        }
        if (!(textScale >= 0.5 && textScale <= 4)) {
            throw new IllegalArgumentException("textScale must be between 0.5 and 4: " + textScale);
        }
    }

    /** Settings without a trusted bundle key (what the configuration held before {@code bundle.trust}). */
    public KioskSettings(boolean enabled, Optional<Path> library, String terminalName, int idleSeconds, int warningSeconds,
            boolean printAllowed, int pagesPerSession, int pagesPerDay, boolean savePdfAllowed, Optional<Path> pdfFolder,
            double textScale, Optional<String> theme, Optional<String> language, Optional<String> adminPinHash,
            Optional<Path> watchFolder) {
        this(enabled, library, terminalName, idleSeconds, warningSeconds, printAllowed, pagesPerSession, pagesPerDay,
                savePdfAllowed, pdfFolder, textScale, theme, language, adminPinHash, watchFolder, Optional.empty());
    }

    /** These settings with kiosk mode turned on or off ({@code --kiosk} turns it on whatever the file says). */
    public KioskSettings withEnabled(boolean on) {
        return new KioskSettings(on, library, terminalName, idleSeconds, warningSeconds, printAllowed, pagesPerSession,
                pagesPerDay, savePdfAllowed, pdfFolder, textScale, theme, language, adminPinHash, watchFolder, bundleTrust);
    }

    /** The desktop reader: no kiosk. */
    public static KioskSettings off() {
        return defaults(false);
    }

    /** A kiosk with every setting at its default (what {@code --kiosk} alone gives). */
    public static KioskSettings defaults(boolean enabled) {
        return new KioskSettings(enabled, Optional.empty(), "", DEFAULT_IDLE_SECONDS, 30, true,
                DEFAULT_PAGES_PER_SESSION, DEFAULT_PAGES_PER_DAY, false, Optional.empty(), DEFAULT_TEXT_SCALE,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
