// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.nio.file.Path;
import org.gazettereader.config.DataHome;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import picocli.CommandLine.Option;

/** {@code --library DIR}, shared by every command that works on a library. */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR", descriptionKey = "library")
    Path library;

    /** Opens the library, creating it when the folder holds none (import). */
    Library open() {
        return new Libraries(DataHome.resolve()).open(library);
    }

    /** Opens the library for a command that reads: a folder without a library is refused, nothing is created. */
    Library openExisting() {
        return new Libraries(DataHome.resolve()).openExisting(library);
    }
}
