// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;

/**
 * Notices when another program (an administrator's import on the same library) has changed the
 * library: reads the library version in the background every few seconds and runs
 * {@code changed} on the JavaFX thread when it moved, so the window shows new issues without a restart.
 * When a bundle was installed over the library (the folder holds another library file now), the
 * folder is opened again and handed to {@link #onReplaced(Consumer)}, then {@code changed} runs.
 */
public final class LibraryWatcher {
    private final Background work;
    private final Supplier<Library> library;
    private final Runnable changed;
    private final Timeline timeline;
    private long seen = -1;
    private boolean asking;
    private Consumer<Library> replaced;

    public LibraryWatcher(Background work, Supplier<Library> library, Runnable changed, Duration every) {
        this.work = work;
        this.library = library;
        this.changed = changed;
        this.timeline = new Timeline(new KeyFrame(every, e -> poll()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /**
     * Follows a library swapped in by a bundle install: {@code replace} receives the folder opened
     * again (on the JavaFX thread) and makes it the library shown; the old one is closed after it.
     */
    public void onReplaced(Consumer<Library> replace) {
        this.replaced = replace;
    }

    /** What one poll found: the library version, or the folder opened again after a bundle install. */
    private record Found(long version, Library reopened) {
    }

    /** Asks for the library version once; called by the timeline, and by tests. */
    public void poll() {
        Library lib = library.get();
        if (lib == null || asking) {
            return;
        }
        asking = true;
        Consumer<Library> replace = replaced;
        work.submit(() -> replace != null && lib.replacedOnDisk() ? new Found(-1, reopen(lib)) : new Found(lib.version(), null),
                found -> {
                    asking = false;
                    if (found.reopened() != null) {
                        replace.accept(found.reopened());
                        seen = -1;
                        work.submit(() -> {
                            lib.close(); // after the window has moved to the new library
                            return true;
                        }, closed -> { }, e -> { });
                        changed.run();
                        return;
                    }
                    boolean moved = seen != -1 && found.version() != seen;
                    seen = found.version();
                    if (moved) {
                        changed.run();
                    }
                }, e -> asking = false);
    }

    private static Library reopen(Library lib) {
        return lib.readOnly() ? Library.openReadOnly(lib.folder()) : Library.openExisting(lib.folder(), ImportListener.NONE);
    }
}
