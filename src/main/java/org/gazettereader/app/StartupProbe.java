// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * For {@code bench startup}: when {@value #REPORT} names a file, the moment the window became
 * usable is written there, in milliseconds since the epoch, which the bench compares with the moment
 * it started the process; a second line holds the time since this JVM finished starting (the
 * parent's, when the window runs in a child), which leaves out the JVM's own start. With {@value
 * #EXIT} the window then closes itself.
 *
 * <p>Usable means: the library is open, its tree is filled, and the window with that tree has been
 * styled and laid out (the end of the first layout after the tree was filled; what is left is to draw
 * that frame, on the render thread).
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
        long now = System.currentTimeMillis();
        long sinceJvm = now - Utf8Relaunch.startTime();
        try {
            Files.writeString(Path.of(file), now + "\n" + sinceJvm + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the start-up report " + file, e);
        }
        if (Boolean.getBoolean(EXIT)) {
            Platform.runLater(Platform::exit);
        }
    }
}
