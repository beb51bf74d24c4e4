// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.gazettereader.config.Messages;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.ShellViewModel;

/**
 * The library of a public terminal: open for reading only while patrons read. The administrator
 * may load it again (after another program imported) or import a folder into it: then, and only
 * then, it is opened for writing, on the library's thread, and read-only again afterwards.
 */
public final class KioskLibrary {
    private final Path folder;
    private final Background work;
    private final Supplier<Library> current;
    private final Consumer<Library> install;
    private final ShellViewModel shell;
    private final Messages m;

    /** {@code install} makes a newly opened library the one the window reads ({@code current} answers it). */
    public KioskLibrary(Path folder, Background work, Supplier<Library> current, Consumer<Library> install,
                        ShellViewModel shell, Messages m) {
        this.folder = folder;
        this.work = work;
        this.current = current;
        this.install = install;
        this.shell = shell;
        this.m = m;
    }

    public Path folder() {
        return folder;
    }

    /** The library's thread: work on the library's files waits its turn there. */
    public Background background() {
        return work;
    }

    /**
     * Runs {@code change} on the library's thread with the read-only library closed (it changes the
     * folder: a bundle install), then opens it read-only again whatever happened and shows its
     * issues; {@code done} hears the result, {@code failed} the failure (after the reopen).
     */
    public <T> void withReaderClosed(java.util.concurrent.Callable<T> change, Consumer<T> done, Consumer<Throwable> failed) {
        work.submit(() -> {
            T result;
            closeReader();
            try {
                result = change.call();
            } finally {
                reopen();
            }
            return new Changed<>(result, current.get().issues());
        }, changed -> {
            shell.libraryOpened(changed.issues());
            done.accept(changed.result());
        }, failed);
    }

    private record Changed<T>(T result, List<org.gazettereader.model.IssueSummary> issues) {
    }

    /** Closes the library and opens it again, read-only; {@code said} hears how it went. */
    public void reload(Consumer<String> said) {
        work.submit(() -> {
            reopen();
            return current.get().issues();
        }, issues -> {
            shell.libraryOpened(issues);
            said.accept(m.get("kiosk.admin.reloaded", issues.size()));
        }, e -> said.accept(m.get("kiosk.admin.failed", e.getMessage())));
    }

    private void reopen() {
        closeReader();
        install.accept(Library.openReadOnly(folder));
    }

    /** The read-only library sees nothing a writer commits: it is closed while one works. */
    private void closeReader() {
        Library old = current.get();
        install.accept(null);
        if (old != null) {
            old.close();
        }
    }

    /**
     * Imports {@code source} (a folder, a USB stick) into the library, reporting each file to
     * {@code progress} and the summary (or the failure) to {@code done}; {@code cancelled} stops it
     * between files. The read-only library is opened again afterwards, whatever happened.
     */
    public void importFolder(Path source, Consumer<String> progress, Consumer<String> done, BooleanSupplier cancelled) {
        // Progress posted before the end may arrive after it: the summary is the last word.
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(int done, int total, Path file) {
                String text = file == null ? m.get("import.finishing") : m.get("import.file", done + 1, total, file.getFileName());
                Platform.runLater(() -> {
                    if (!over.get()) {
                        progress.accept(text);
                    }
                });
            }
        };
        work.submit(() -> {
            ImportSummary summary;
            closeReader();
            try (Library writable = Library.openExisting(folder, ImportListener.NONE)) {
                summary = writable.importPaths(List.of(source), listener, cancelled);
            } finally {
                reopen();
            }
            return new Imported(summary, current.get().issues());
        }, result -> {
            over.set(true);
            shell.libraryOpened(result.issues());
            ImportSummary s = result.summary();
            done.accept(m.get(s.cancelled() ? "import.summaryCancelled" : "import.summary",
                    s.count(ImportSummary.Outcome.IMPORTED) + s.count(ImportSummary.Outcome.REPLACED),
                    s.count(ImportSummary.Outcome.DUPLICATE), s.count(ImportSummary.Outcome.FAILED), s.notices()));
        }, e -> {
            over.set(true);
            done.accept(m.get("kiosk.admin.failed", e.getMessage()));
        });
    }

    private record Imported(ImportSummary summary, List<org.gazettereader.model.IssueSummary> issues) {
    }
}
