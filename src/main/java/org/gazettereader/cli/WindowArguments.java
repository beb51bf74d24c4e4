// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command lines that only open the window ({@code --library DIR}, {@code --kiosk},
 * {@code --kiosk-config FILE}, each at most once, in any order, or nothing at all), recognised
 * without building picocli's model of every command: that model took a third of a second of
 * every start of the window. Anything else (a command, a bundle, help, every mistake) is left to
 * picocli, which also says what is wrong.
 */
public final class WindowArguments {
    private WindowArguments() {
    }

    /** The window these arguments ask for, or empty when picocli is to read them. */
    static Optional<WindowRequest> plain(String... args) {
        return parse(args, false);
    }

    /**
     * True when these arguments start the window and nothing else: the window's own options, and
     * library bundles to install (a .gzb opened from the desktop) where a word may stand.
     */
    public static boolean opensWindow(String... args) {
        return parse(args, true).isPresent();
    }

    private static Optional<WindowRequest> parse(String[] args, boolean bundles) {
        String library = null;
        String config = null;
        boolean kiosk = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (bundles && GazetteCommand.looksLikeBundle(a)) {
                continue;
            }
            if (a.equals("--kiosk")) {
                if (kiosk) {
                    return Optional.empty();
                }
                kiosk = true;
                continue;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (name.equals("--library") && library == null) {
                library = value;
            } else if (name.equals("--kiosk-config") && config == null) {
                config = value;
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new WindowRequest(library == null ? null : Path.of(library), kiosk,
                    Optional.ofNullable(config).map(Path::of), Optional.empty()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
