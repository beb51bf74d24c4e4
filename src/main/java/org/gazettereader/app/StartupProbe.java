// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * For {@code bench startup}: when {@value #REPORT} names a file, the time from JVM start (the
 * parent's, when the window runs in a child) to a
 * usable window (library open, tree filled) is written there, and with {@value #EXIT} the window
 * then closes itself.
 */
final class StartupProbe {
    static final String REPORT = "gazette.startupReport";
    static final String EXIT = "gazette.exitAfterStartup";

    private StartupProbe() {
    }

    /** Called on the FX thread once the window is usable. */
    static void report() {
        String file = System.getProperty(REPORT);
        if (file == null) {
            return;
        }
        long ms = System.currentTimeMillis() - Utf8Relaunch.startTime();
        try {
            Files.writeString(Path.of(file), Long.toString(ms), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the start-up report " + file, e);
        }
        if (Boolean.getBoolean(EXIT)) {
            Platform.runLater(Platform::exit);
        }
    }
}
