// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.nio.file.Path;

/** Progress of an import: called before each file and once more at the end ({@code file} null). */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (done, total, file) -> { };

    void progress(int done, int total, Path file);

    /** Called after each file with what became of it, so that a report can be written as the import goes. */
    default void finished(ImportSummary.FileOutcome outcome) {
    }

    /**
     * Pages of a long PDF read so far (after each page), from the thread that reads files ahead of
     * the import: a 20,000-page file shows that it is moving.
     */
    default void pages(Path file, int done, int total) {
    }

    /**
     * Notices whose storage has been rewritten so far, when opening a library written by an older
     * version changes how it keeps them (once, before anything else can be read).
     */
    default void upgrading(int done, int total) {
    }
}
