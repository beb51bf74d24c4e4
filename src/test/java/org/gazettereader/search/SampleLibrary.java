// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazettereader.importing.Samples;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;

/** A real library (SQLite + Lucene) holding the sample issue, for search tests. */
final class SampleLibrary {
    private SampleLibrary() {
    }

    static Library open(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Library library = Library.open(dir.resolve("lib"));
        library.importPaths(List.of(Samples.copy(Samples.SAMPLE, in)), ImportListener.NONE, () -> false);
        return library;
    }
}
