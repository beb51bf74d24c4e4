// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.util.Duration;
import org.gazettereader.importing.Samples;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The window hears of changes another program made to the library (real SQLite files). */
class LibraryWatcherTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the watcher's timeline needs the JavaFX toolkit
    }

    @Test
    void runsChangedOnceWhenTheLibraryVersionMovesAndNotBefore() throws Exception {
        Path lib = dir.resolve("lib");
        Path in = Files.createDirectories(dir.resolve("in"));
        AtomicInteger changed = new AtomicInteger();
        try (Library window = Library.open(lib)) {
            AtomicReference<Library> shown = new AtomicReference<>(window);
            LibraryWatcher watcher = new LibraryWatcher(new SameThreadBackground(), shown::get, changed::incrementAndGet,
                    Duration.seconds(60));
            watcher.poll();
            watcher.poll();
            assertThat(changed).hasValue(0);

            // Another program (here another handle on the same folder) imports an issue.
            try (Library admin = Library.open(lib)) {
                admin.importPaths(List.of(Samples.copy(Samples.SAMPLE, in)), ImportListener.NONE, () -> false);
            }
            watcher.poll();
            assertThat(changed).hasValue(1);
            watcher.poll();
            assertThat(changed).as("no change since").hasValue(1);

            shown.set(null); // no library shown (closed): nothing to ask
            watcher.poll();
            assertThat(changed).hasValue(1);
        }
    }

    @Test
    void opensTheFolderAgainWhenABundleWasInstalledOverIt() throws Exception {
        Path lib = dir.resolve("lib");
        Path other = dir.resolve("other");
        Path in = Files.createDirectories(dir.resolve("in2"));
        try (Library l = Library.open(other)) {
            l.importPaths(List.of(Samples.copy(Samples.SAMPLE, in)), ImportListener.NONE, () -> false);
        }
        Path bundle = dir.resolve("other.gzb");
        try (Library l = Library.openExisting(other, ImportListener.NONE)) {
            org.gazettereader.bundle.BundleWriter.create(l, bundle, org.gazettereader.bundle.BundleWriter.Options.all(),
                    org.gazettereader.bundle.BundleListener.NONE, () -> false);
        }
        AtomicInteger changed = new AtomicInteger();
        Library window = Library.open(lib);
        AtomicReference<Library> shown = new AtomicReference<>(window);
        LibraryWatcher watcher = new LibraryWatcher(new SameThreadBackground(), shown::get, changed::incrementAndGet,
                Duration.seconds(60));
        watcher.onReplaced(shown::set);
        watcher.poll();
        assertThat(window.isEmpty()).isTrue();

        org.gazettereader.bundle.BundleInstaller.install(bundle, lib, java.util.Optional.empty(),
                org.gazettereader.bundle.BundleListener.NONE);
        watcher.poll();
        assertThat(changed).hasValue(1);
        assertThat(shown.get()).isNotSameAs(window);
        assertThat(shown.get().issues()).hasSize(1);
        watcher.poll();
        assertThat(changed).as("no change since").hasValue(1);
        shown.get().close();
    }
}
