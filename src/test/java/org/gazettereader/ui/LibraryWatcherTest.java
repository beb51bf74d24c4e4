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
}
