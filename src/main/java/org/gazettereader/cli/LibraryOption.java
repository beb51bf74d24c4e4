// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gazettereader.config.DataHome;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --library DIR}, shared by every command that works on a library. When opening has to
 * rebuild the search index, its progress goes to stderr, so that {@code --json} output stays clean.
 */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR", descriptionKey = "library")
    Path library;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Opens the library, creating it when the folder holds none (import). */
    Library open() {
        return new Libraries(DataHome.resolve()).open(library, rebuildProgress());
    }

    /** Opens the library for a command that reads: a folder without a library is refused, nothing is created. */
    Library openExisting() {
        return new Libraries(DataHome.resolve()).openExisting(library, rebuildProgress());
    }

    /** Progress of an index rebuild on stderr, about every tenth of the way. */
    ImportListener rebuildProgress() {
        PrintWriter err = command == null ? new PrintWriter(System.err, true) : command.commandLine().getErr();
        return new ImportListener() {
            @Override
            public void progress(int done, int total, Path file) {
                if (total > 0 && (done == total || done % Math.max(1, total / 10) == 0)) {
                    err.printf("rebuilding the search index: %d/%d issues%n", done, total);
                    err.flush();
                }
            }

            @Override
            public void upgrading(int done, int total) {
                // Reported every 256 notices: print about every tenth of the way.
                int step = Math.max(256, total / 10 / 256 * 256);
                if (total > 0 && (done == total || done % step == 0)) {
                    err.printf("upgrading the library's storage: %d/%d notices%n", done, total);
                    err.flush();
                }
            }
        };
    }
}
