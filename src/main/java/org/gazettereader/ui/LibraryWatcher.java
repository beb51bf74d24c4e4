// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
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

    /** Asks for the library version once; called by the timeline, and by tests. */
    public void poll() {
        Library lib = library.get();
        if (lib == null || asking) {
            return;
        }
        asking = true;
        Consumer<Library> replace = replaced;
        if (replace != null && lib.replacedOnDisk()) {
            work.submit(() -> lib.readOnly() ? Library.openReadOnly(lib.folder()) : Library.openExisting(lib.folder(),
                    org.gazettereader.library.ImportListener.NONE), fresh -> {
                        asking = false;
                        replace.accept(fresh);
                        work.submit(() -> {
                            lib.close();
                            return fresh.version();
                        }, v -> seen = v, e -> { });
                        changed.run();
                    }, e -> asking = false);
            return;
        }
        work.submit(lib::version, v -> {
            asking = false;
            boolean moved = seen != -1 && v != seen;
            seen = v;
            if (moved) {
                changed.run();
            }
        }, e -> asking = false);
    }
}
