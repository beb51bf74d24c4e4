// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.gazettereader.config.Messages;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import org.gazettereader.library.LibraryException;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.ui.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an upgrade whose importer is newer than the one that parsed some issues, parses their kept
 * originals again at start (what {@code import --again} does by hand), with its progress on the
 * status line; bookmarks and reading places stay. Closing the window stops it after the current file.
 */
final class OutdatedIssues {
    private static final Logger LOG = LoggerFactory.getLogger(OutdatedIssues.class);
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final ShellViewModel vm;
    private final Messages messages;
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Reads the open notice again (FX thread): its issue may be among those parsed anew. */
    private final Runnable reloadOpen;

    OutdatedIssues(ShellViewModel vm, Messages messages, Runnable reloadOpen) {
        this.vm = vm;
        this.messages = messages;
        this.reloadOpen = reloadOpen;
    }

    /**
     * Runs on a thread of its own once the window shows the library as it is: the library thread
     * stays free to open notices, which read the issues as they are until each is replaced.
     */
    void reparse(Library lib) {
        List<Path> outdated = lib.outdatedOriginals();
        if (outdated.isEmpty()) {
            return;
        }
        LOG.info("Parsing {} issues again with the newer importer", outdated.size());
        long[] last = {0};
        ImportSummary s;
        try {
            s = lib.reparseOutdated((done, total, file) -> {
                if (file != null && System.nanoTime() - last[0] > PROGRESS_NANOS) {
                    last[0] = System.nanoTime();
                    Platform.runLater(() -> vm.say(messages.get("status.reparsing", done + 1, total)));
                }
            }, closing::get);
        } catch (LibraryException e) {
            // Another program holds the library's writer lock, or the disk refuses: the issues stay as
            // they are and are parsed again at the next start.
            LOG.warn("Parsing again with the newer importer is put off: {}", e.getMessage());
            Platform.runLater(() -> vm.say(messages.get("status.reparseLater", e.getMessage())));
            return;
        }
        if (s.cancelled()) {
            return;
        }
        long failed = s.count(ImportSummary.Outcome.FAILED);
        s.files().stream().filter(f -> f.outcome() == ImportSummary.Outcome.FAILED)
                .forEach(f -> LOG.warn("Not parsed again: {}: {}", f.file(), f.message()));
        List<IssueSummary> issues = lib.issues();
        long done = s.files().size() - failed;
        String message = failed == 0 && s.stopReason() == null ? messages.get("status.reparsed", done)
                : messages.get("status.reparseFailed", done, s.files().size() - done);
        Platform.runLater(() -> {
            vm.libraryOpened(issues);
            vm.say(message);
            if (done > 0) {
                reloadOpen.run();
            }
        });
    }

    /** The window is closing: stop after the file being parsed. */
    void stop() {
        closing.set(true);
    }
}
