// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import org.gazettereader.config.Preferences;
import org.gazettereader.ui.ShellViewModel;
import org.slf4j.LoggerFactory;

/**
 * The reader's own settings (window place and size, theme, text size), kept current in memory as they
 * change and written when the window closes, or when the JVM ends without that close: a logout or a
 * shutdown sends SIGTERM, which runs the JVM's shutdown hooks but not JavaFX's {@code stop}, and a
 * tester's dark theme was gone at the next start. A public terminal keeps none (it never makes one).
 */
final class WindowPreferences {
    private final Preferences prefs;
    private final Stage stage;
    private final ShellViewModel vm;
    private final Thread atExit = new Thread(this::write, "gazette-preferences-at-exit");

    WindowPreferences(Preferences prefs, Stage stage, ShellViewModel vm) {
        this.prefs = prefs;
        this.stage = stage;
        this.vm = vm;
    }

    /** From now on (FX thread, the window restored to its place) follows the window, and writes at the JVM's end. */
    void follow() {
        InvalidationListener changed = o -> take();
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        stage.maximizedProperty().addListener(changed);
        vm.themeProperty().addListener(changed);
        vm.fontSizeProperty().addListener(changed);
        take();
        Runtime.getRuntime().addShutdownHook(atExit);
    }

    /** The window closes (FX thread): its last state is written, and the JVM's end has nothing left to do. */
    void close() {
        take();
        write();
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is ending already, or the hook was never added: it writes the same state once more
        }
    }

    /** What a shutdown hook runs (tests call it to stand for a signal). */
    Thread atExit() {
        return atExit;
    }

    private void take() {
        WindowGeometry.store(stage, prefs);
        prefs.put("theme", vm.themeProperty().get().name());
        prefs.put("reader.fontSize", vm.fontSizeProperty().get());
    }

    private void write() {
        try {
            prefs.save();
        } catch (java.io.UncheckedIOException e) {
            // A read-only or full data folder: the window closes as asked; the next start uses the defaults.
            LoggerFactory.getLogger(WindowPreferences.class).warn("The window's settings were not kept", e);
        }
    }
}
